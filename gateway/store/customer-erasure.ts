/**
 * `SqlCustomerErasure`: erasing a customer's personal data, irreversibly, in one transaction
 * (migration 0008's `customers.erased_at`). What goes: the name and tags, every identity (so the
 * same address later becomes a new customer), message texts, attachments, quick replies, metadata
 * and raw provider payloads, the addresses on conversations, messages and outbox rows, the bot's
 * per-conversation state, outbound messages not yet sent (cancelled), agents' case notes (free text
 * about the person), and addresses kept in the identity audit. What stays, so counts and KPIs keep
 * their meaning: the customer row as a tombstone, conversations, messages (empty), cases with their
 * times and audit, SLA records, CSAT scores, and SMS opt-outs (a STOP must keep being honoured).
 * Customers merged into the erased one are the same person and are erased with it.
 */
import type { Kysely } from 'kysely';
import { AuditLog } from './audit-log';
import type { CaseDatabase } from './case-tables';
import type { CustomersTable } from './schema';
import { conflict, notFound, type StoreContext } from './store-context';
import { storeError } from './store-errors';

/** What an erasure removed. */
export interface ErasureReport {
  customerId: string;
  /** The customer and those merged into it. */
  customerIds: string[];
  identities: number;
  messages: number;
  conversations: number;
  notes: number;
  /** Outbound messages not yet sent that will never be. */
  cancelledOutbound: number;
  erasedAt: Date;
}

/** Erasure on the store. */
export interface CustomerErasureRepository {
  /**
   * Erase the customer's personal data. 404 for an unknown customer, 409 when it was merged into
   * another (erase that one), is already erased, or has an open case (close it first).
   */
  erase(customerId: string, actor: string, at: Date): Promise<ErasureReport>;
  /** When the customer was erased; null when not (or unknown). */
  erasedAt(customerId: string): Promise<Date | null>;
}

interface ErasureDatabase extends CaseDatabase {
  customers: CustomersTable & { erased_at: number | null };
  case_notes: { id: string; case_id: string; author: string; text: string; at: number };
}

type Db = Kysely<ErasureDatabase>;

/** What an erased text or address reads as. */
export const ERASED = '[erased]';

/** Audit detail keys holding personal data: identity addresses; names and tags of profile changes. */
const PERSONAL_AUDIT_KEYS = ['address', 'displayName', 'tags'] as const;

/** Erasure over the store's Kysely instance. */
export class SqlCustomerErasure implements CustomerErasureRepository {
  readonly #db: Db;
  readonly #audit: AuditLog;
  readonly #describe: () => string;

  constructor(ctx: StoreContext, describe: () => string) {
    this.#db = ctx.db;
    this.#audit = new AuditLog(ctx);
    this.#describe = describe;
  }

  async erasedAt(customerId: string): Promise<Date | null> {
    const row = await this.#guard('erasedAt', () =>
      this.#db.selectFrom('customers').select('erased_at').where('id', '=', customerId).executeTakeFirst(),
    );
    return row?.erased_at == null ? null : new Date(Number(row.erased_at));
  }

  erase(customerId: string, actor: string, at: Date): Promise<ErasureReport> {
    return this.#guard('eraseCustomer', () =>
      this.#db.transaction().execute(async (trx) => {
        const ids = await this.#checkErasable(trx, customerId);
        const now = at.getTime();
        const report = {
          customerId,
          customerIds: ids,
          ...(await this.#eraseContent(trx, ids, now)),
          erasedAt: at,
        };
        await trx
          .updateTable('customers')
          .set({ display_name: null, tags: '[]', erased_at: now })
          .where('id', 'in', ids)
          .execute();
        await this.#scrubAudit(trx, ids);
        const { customerIds: _ids, erasedAt: _at, ...counts } = report;
        await this.#audit.append(trx, {
          action: 'customer.erased',
          customerId,
          actor,
          detail: { ...counts, customerIds: ids },
          at: now,
        });
        return report;
      }),
    );
  }

  /** The customer and those merged into it, or the reason it cannot be erased. */
  async #checkErasable(trx: Db, customerId: string): Promise<string[]> {
    const customer = await trx
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', customerId)
      .executeTakeFirst();
    if (customer === undefined) throw notFound('customer', customerId);
    if (customer.merged_into !== null)
      throw conflict(`Customer ${customerId} was merged into ${customer.merged_into}: erase that customer.`);
    if (customer.erased_at !== null) throw conflict(`Customer ${customerId} is already erased.`);
    const merged = await trx
      .selectFrom('customers')
      .select('id')
      .where('merged_into', '=', customerId)
      .execute();
    const ids = [customerId, ...merged.map((row) => row.id)];
    const open = await trx
      .selectFrom('cases')
      .select('id')
      .where('customer_id', 'in', ids)
      .where('state', 'in', ['queued', 'assigned'])
      .executeTakeFirst();
    if (open !== undefined)
      throw conflict(
        `Customer ${customerId} has open case ${open.id}: resolve it or return it to the bot first.`,
      );
    return ids;
  }

  /** Identities, messages, conversations, outbox rows and notes of the customers. */
  async #eraseContent(trx: Db, ids: string[], now: number) {
    const identities = await trx.deleteFrom('identities').where('customer_id', 'in', ids).executeTakeFirst();
    const messages = await trx
      .updateTable('messages')
      .set({
        text: '',
        options: '[]',
        attachments: '[]',
        metadata: JSON.stringify({ erased: true }),
        raw: null,
        address: ERASED,
        thread_key: null,
      })
      // Found through their conversations (messages_conversation; see migration 0011).
      .where(
        'conversation_id',
        'in',
        trx.selectFrom('conversations').select('id').where('customer_id', 'in', ids),
      )
      .where('customer_id', 'in', ids)
      .executeTakeFirst();
    // The addresses the erased messages were on, found through their conversations.
    await trx
      .deleteFrom('message_addresses')
      .where(
        'conversation_id',
        'in',
        trx.selectFrom('conversations').select('id').where('customer_id', 'in', ids),
      )
      .execute();
    const conversations = await trx
      .updateTable('conversations')
      .set({ address: ERASED, bot_state: '{}' })
      .where('customer_id', 'in', ids)
      .executeTakeFirst();
    const ofCustomers = trx.selectFrom('conversations').select('id').where('customer_id', 'in', ids);
    const cancelled = await trx
      .updateTable('outbox')
      .set({ status: 'dead', last_error: 'customer erased', lease_until: null, updated_at: now })
      .where('conversation_id', 'in', ofCustomers)
      .where('status', 'in', ['pending', 'failed', 'sending'])
      .executeTakeFirst();
    await trx
      .updateTable('outbox')
      .set({ address: ERASED, payload: JSON.stringify({ text: '' }) })
      .where('conversation_id', 'in', ofCustomers)
      .execute();
    const notes = await trx
      .updateTable('case_notes')
      .set({ text: ERASED })
      .where('case_id', 'in', trx.selectFrom('cases').select('id').where('customer_id', 'in', ids))
      .executeTakeFirst();
    return {
      identities: Number(identities.numDeletedRows),
      messages: Number(messages.numUpdatedRows),
      conversations: Number(conversations.numUpdatedRows),
      notes: Number(notes.numUpdatedRows),
      cancelledOutbound: Number(cancelled.numUpdatedRows),
    };
  }

  /** Audit entries keep ids and tiers, never the erased addresses, names or tags. */
  async #scrubAudit(trx: Db, ids: string[]): Promise<void> {
    const rows = await trx
      .selectFrom('audit_log')
      .select(['id', 'detail'])
      .where((eb) => eb.or([eb('customer_id', 'in', ids), eb('other_customer_id', 'in', ids)]))
      .execute();
    for (const row of rows) {
      const detail = JSON.parse(row.detail) as Record<string, unknown>;
      const personal = PERSONAL_AUDIT_KEYS.filter((key) => key in detail);
      if (personal.length === 0) continue;
      const blanked = Object.fromEntries(personal.map((key) => [key, ERASED]));
      await trx
        .updateTable('audit_log')
        .set({ detail: JSON.stringify({ ...detail, ...blanked }) })
        .where('id', '=', row.id)
        .execute();
    }
  }

  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, operation, this.#describe());
    }
  }
}
