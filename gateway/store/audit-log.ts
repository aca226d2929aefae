/**
 * The audit trail of identity changes. Entries are written by the repository that makes the change,
 * inside the same transaction, so a change and its record never exist without each other.
 */
import { newId } from '../ids';
import type { StoreDb } from './store-context';
import type { AuditAction, AuditEntry } from './types';
import { toAuditEntry } from './row-mappers';

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

/** Appends one entry (call inside the transaction that makes the change). */
export async function appendAudit(db: StoreDb, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId('aud', record.at),
      action: record.action,
      customer_id: record.customerId,
      other_customer_id: record.otherCustomerId ?? null,
      identity_id: record.identityId ?? null,
      actor: record.actor,
      detail: JSON.stringify(record.detail ?? {}),
      at: record.at,
    })
    .execute();
}

/** Entries where the customer is either side, oldest first. */
export async function listAudit(db: StoreDb, customerId: string): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) => eb.or([eb('customer_id', '=', customerId), eb('other_customer_id', '=', customerId)]))
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toAuditEntry);
}
