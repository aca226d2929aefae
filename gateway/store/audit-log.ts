/**
 * The audit trail of identity changes. Entries are written by the repository that makes the change,
 * inside the same transaction, so a change and its record never exist without each other.
 */
import { newId } from '../ids';
import { PreparedQuery, slotRow } from './prepared-query';
import { toAuditEntry } from './row-mappers';
import { COLUMNS, type AuditLogTable } from './schema';
import type { StoreContext, StoreDb } from './store-context';
import type { AuditAction, AuditEntry } from './types';

/** What a repository records; the id is assigned here. */
export interface AuditRecord {
  action: AuditAction;
  customerId: string;
  otherCustomerId?: string | null;
  identityId?: string | null;
  actor: string;
  detail?: Record<string, unknown>;
  at: number;
}

/** Appends and lists audit entries. */
export class AuditLog {
  readonly #ctx: StoreContext;
  readonly #insert: PreparedQuery<AuditLogTable, unknown>;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    this.#insert = new PreparedQuery((p) =>
      ctx.db.insertInto('audit_log').values(slotRow(p, COLUMNS.audit_log)),
    );
  }

  /** Appends one entry (pass the transaction that makes the change). */
  async append(trx: StoreDb, record: AuditRecord): Promise<void> {
    await this.#insert.execute(trx, {
      id: newId('aud', record.at),
      action: record.action,
      customer_id: record.customerId,
      other_customer_id: record.otherCustomerId ?? null,
      identity_id: record.identityId ?? null,
      actor: record.actor,
      detail: JSON.stringify(record.detail ?? {}),
      at: record.at,
    });
  }

  /** Entries where the customer is either side, oldest first. */
  async list(customerId: string): Promise<AuditEntry[]> {
    const rows = await this.#ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) => eb.or([eb('customer_id', '=', customerId), eb('other_customer_id', '=', customerId)]))
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map(toAuditEntry);
  }
}
