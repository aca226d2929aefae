/**
 * The outbox: durable outbound delivery with leases. A row is due when it is pending, failed and
 * past its retry time, or sending with an expired lease; claiming writes the lease expiry into
 * `next_attempt_at`, so all three cases are one range scan of the `outbox_due` partial index.
 */
import { sql } from 'kysely';
import { toOutboxItem } from './row-mappers';
import { notFound, type StoreContext } from './store-context';
import type { OutboxItem } from './types';

// A literal, not a parameter, so planners match the outbox_due partial index predicate.
const UNSENT = sql<boolean>`status in ('pending', 'sending', 'failed')`;

/** Claims, completes and inspects outbox rows. */
export class OutboxRepository {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  /**
   * One statement on both dialects. PostgreSQL: the sub-select locks its rows with
   * `FOR UPDATE SKIP LOCKED`, so two workers claim disjoint rows without waiting on each other.
   * SQLite: a single UPDATE runs under the database write lock, which makes it atomic as is.
   * Claiming does not count an attempt: `attempts` counts finished attempts (`markSent`, `markFailed`).
   */
  async claim(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const nowMs = now.getTime();
    const leaseUntil = nowMs + leaseMs;
    const db = this.#ctx.db;
    const due = db
      .selectFrom('outbox')
      .select('id')
      .where(UNSENT)
      .where('next_attempt_at', '<=', nowMs)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .$if(this.#ctx.kind === 'postgres', (qb) => qb.forUpdate().skipLocked());
    const rows = await db
      .updateTable('outbox')
      .set({
        status: 'sending',
        lease_until: leaseUntil,
        next_attempt_at: leaseUntil,
        updated_at: nowMs,
      })
      .where('id', 'in', due)
      .returningAll()
      .execute();
    // RETURNING has no defined order: hand rows out oldest first.
    return rows.map(toOutboxItem).sort(byCreation);
  }

  async markSent(
    id: string,
    providerMessageId: string | null,
    status: 'sent' | 'delivered',
    at: Date,
  ): Promise<void> {
    const atMs = at.getTime();
    await this.#ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('outbox')
        .set((eb) => ({
          status,
          // `attempts` counts every delivery attempt, the successful one included.
          attempts: eb('attempts', '+', 1),
          provider_message_id: providerMessageId,
          sent_at: atMs,
          lease_until: null,
          updated_at: atMs,
        }))
        .where('id', '=', id)
        .returning('message_id')
        .executeTakeFirst();
      if (row === undefined) throw notFound('outbox item', id);
      await trx
        .updateTable('messages')
        .set({ delivery_status: status, sent_at: atMs })
        .where('id', '=', row.message_id)
        .execute();
    });
  }

  async markFailed(id: string, error: string, nextAttemptAt: Date | null, at: Date): Promise<void> {
    const atMs = at.getTime();
    const status = nextAttemptAt === null ? 'dead' : 'failed';
    await this.#ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('outbox')
        .set((eb) => ({
          status,
          attempts: eb('attempts', '+', 1),
          last_error: error,
          lease_until: null,
          updated_at: atMs,
        }))
        // A dead row keeps its last due time: it leaves the due index by its status alone.
        .$if(nextAttemptAt !== null, (qb) => qb.set({ next_attempt_at: nextAttemptAt?.getTime() ?? atMs }))
        .where('id', '=', id)
        .returning('message_id')
        .executeTakeFirst();
      if (row === undefined) throw notFound('outbox item', id);
      await trx
        .updateTable('messages')
        .set({ delivery_status: status })
        .where('id', '=', row.message_id)
        .execute();
    });
  }

  /** Back to pending without counting an attempt: the row waited behind an earlier failure. */
  async release(id: string, nextAttemptAt: Date, at: Date): Promise<void> {
    const result = await this.#ctx.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        next_attempt_at: nextAttemptAt.getTime(),
        lease_until: null,
        updated_at: at.getTime(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('outbox item', id);
  }

  async getByMessage(messageId: string): Promise<OutboxItem | null> {
    const row = await this.#ctx.db
      .selectFrom('outbox')
      .selectAll()
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    return row === undefined ? null : toOutboxItem(row);
  }

  async backlog(): Promise<number> {
    const row = await this.#ctx.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(UNSENT)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function byCreation(a: OutboxItem, b: OutboxItem): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
