/**
 * Reading messages. Every query here is served by one index of the initial migration; filters that
 * must match a partial index's predicate are written as SQL literals, because a planner cannot
 * prove that a bound parameter equals the index's constant.
 */
import { sql } from 'kysely';
import type { Channel, StoredMessage } from '../message';
import { toMessage } from './row-mappers';
import type { StoreContext, StoreDb } from './store-context';

/** Outbound replies to one inbound message, in the order they were written. */
export async function selectReplies(db: StoreDb, inboundId: string): Promise<StoredMessage[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('in_reply_to', '=', inboundId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMessage);
}

/** The message read side of the store. */
export class MessageQueries {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  repliesTo(inboundId: string): Promise<StoredMessage[]> {
    return selectReplies(this.#ctx.db, inboundId);
  }

  async unprocessedInbound(limit: number): Promise<StoredMessage[]> {
    const rows = await this.#ctx.db
      .selectFrom('messages')
      .selectAll()
      .where(sql<boolean>`direction = 'in' and processed_at is null`)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }

  async get(id: string): Promise<StoredMessage | null> {
    const row = await this.#ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toMessage(row);
  }

  async listConversation(conversationId: string): Promise<StoredMessage[]> {
    const rows = await this.#ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toMessage);
  }

  /**
   * The latest `limit` messages of the customer and of every customer merged into it (merges can
   * chain, hence the recursive walk down `merged_into`), returned oldest first.
   */
  async customerTimeline(customerId: string, limit: number): Promise<StoredMessage[]> {
    const rows = await this.#ctx.db
      .withRecursive('family(id)', (db) =>
        db
          .selectFrom('customers')
          .select('id')
          .where('id', '=', customerId)
          .union((qb) =>
            qb.selectFrom('customers as c').innerJoin('family as f', 'f.id', 'c.merged_into').select('c.id'),
          ),
      )
      .selectFrom('messages')
      .selectAll('messages')
      .where('customer_id', 'in', (qb) => qb.selectFrom('family').select('family.id'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.reverse().map(toMessage);
  }

  /**
   * Both directions on one channel address, oldest first. With `afterId`, only messages after that
   * one; an `afterId` that names no message yields an empty list rather than the whole history.
   */
  async byAddress(
    channel: Channel,
    address: string,
    afterId: string | null,
    limit: number,
  ): Promise<StoredMessage[]> {
    const rows = await this.#ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('channel', '=', channel)
      .where('address', '=', address)
      .$if(afterId !== null, (qb) =>
        qb.where((eb) => {
          const anchor = eb
            .selectFrom('messages as a')
            .select('a.created_at')
            .where('a.id', '=', afterId ?? '');
          return eb.or([
            eb('created_at', '>', anchor),
            eb.and([eb('created_at', '=', anchor), eb('id', '>', afterId ?? '')]),
          ]);
        }),
      )
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }
}
