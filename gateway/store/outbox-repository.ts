/**
 * The outbox: durable outbound delivery with leases. A row is due when it is pending, failed and
 * past its retry time, or sending with an expired lease; claiming writes the lease expiry into
 * `next_attempt_at`, so all three cases are one range scan of the `outbox_due` partial index.
 * Every operation is one statement: the outbound message's delivery status is read from this
 * table rather than copied, so nothing else needs updating alongside.
 */
import { sql } from 'kysely';
import { LimitedQuery, PreparedQuery } from './prepared-query';
import { toOutboxItem } from './row-mappers';
import type { OutboxTable } from './schema';
import { notFound, type StoreContext } from './store-context';
import type { OutboxItem } from './types';

// A literal, not a parameter, so planners match the outbox_due partial index predicate.
const UNSENT = sql<boolean>`status in ('pending', 'sending', 'failed')`;

type NoRows = unknown;

/** Claims, completes and inspects outbox rows. */
export class OutboxRepository {
  readonly #ctx: StoreContext;
  readonly #claim: LimitedQuery<{ now: number; lease_until: number }, OutboxTable>;
  readonly #markSent: PreparedQuery<
    { id: string; status: string; provider_id: string | null; at: number },
    Pick<OutboxTable, 'channel' | 'message_id'>
  >;
  readonly #markFailed: PreparedQuery<
    { id: string; status: string; error: string; next: number | null; at: number },
    NoRows
  >;
  readonly #release: PreparedQuery<{ id: string; next: number; at: number }, NoRows>;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    const { db } = ctx;
    // PostgreSQL: the sub-select locks its rows with FOR UPDATE SKIP LOCKED, so two workers claim
    // disjoint rows without waiting on each other. SQLite: one UPDATE runs under the database
    // write lock, which makes it atomic as is.
    this.#claim = new LimitedQuery((p, limit) =>
      db
        .updateTable('outbox')
        .set({
          status: 'sending',
          lease_until: p.lease_until,
          next_attempt_at: p.lease_until,
          updated_at: p.now,
        })
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('outbox')
            .select('id')
            .where(UNSENT)
            .where('next_attempt_at', '<=', p.now)
            .orderBy('next_attempt_at')
            .orderBy('id')
            .limit(limit)
            .$if(ctx.kind === 'postgres', (qb) => qb.forUpdate().skipLocked()),
        )
        .returningAll(),
    );
    this.#markSent = new PreparedQuery((p) =>
      db
        .updateTable('outbox')
        .set({
          status: p.status as 'sent',
          // `attempts` counts every finished delivery attempt, the successful one included; a
          // later receipt (`sent` → `delivered`) is not an attempt.
          attempts: sql<number>`attempts + case when status = 'sending' then 1 else 0 end`,
          provider_message_id: p.provider_id,
          sent_at: p.at,
          lease_until: null,
          updated_at: p.at,
        })
        .where('id', '=', p.id)
        .returning(['channel', 'message_id']),
    );
    // Claiming does not count an attempt, and neither does a release: finishing one does.
    this.#markFailed = new PreparedQuery((p) =>
      db
        .updateTable('outbox')
        .set((eb) => ({
          status: p.status as 'failed',
          attempts: eb('attempts', '+', 1),
          last_error: p.error,
          // A dead row keeps its last due time: it leaves the due index by its status alone.
          next_attempt_at: eb.fn.coalesce(eb.val(p.next), 'next_attempt_at'),
          lease_until: null,
          updated_at: p.at,
        }))
        .where('id', '=', p.id),
    );
    this.#release = new PreparedQuery((p) =>
      db
        .updateTable('outbox')
        .set({ status: 'pending', next_attempt_at: p.next, lease_until: null, updated_at: p.at })
        .where('id', '=', p.id),
    );
  }

  async claim(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const nowMs = now.getTime();
    const { rows } = await this.#claim.execute(this.#ctx.db, limit, {
      now: nowMs,
      lease_until: nowMs + leaseMs,
    });
    // RETURNING has no defined order: hand rows out oldest first.
    return rows.map(toOutboxItem).sort(byCreation);
  }

  /** Records the send; returns the row's channel and message id. */
  async markSent(
    id: string,
    providerMessageId: string | null,
    status: 'sent' | 'delivered',
    at: Date,
  ): Promise<{ channel: string; messageId: string }> {
    const row = await this.#markSent.first(this.#ctx.db, {
      id,
      status,
      provider_id: providerMessageId,
      at: at.getTime(),
    });
    if (row === undefined) throw notFound('outbox item', id);
    return { channel: row.channel, messageId: row.message_id };
  }

  async markFailed(id: string, error: string, nextAttemptAt: Date | null, at: Date): Promise<void> {
    const result = await this.#markFailed.execute(this.#ctx.db, {
      id,
      status: nextAttemptAt === null ? 'dead' : 'failed',
      error,
      next: nextAttemptAt?.getTime() ?? null,
      at: at.getTime(),
    });
    if (result.numAffectedRows === 0n) throw notFound('outbox item', id);
  }

  /** Back to pending without counting an attempt: the row waited behind an earlier failure. */
  async release(id: string, nextAttemptAt: Date, at: Date): Promise<void> {
    const result = await this.#release.execute(this.#ctx.db, {
      id,
      next: nextAttemptAt.getTime(),
      at: at.getTime(),
    });
    if (result.numAffectedRows === 0n) throw notFound('outbox item', id);
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
