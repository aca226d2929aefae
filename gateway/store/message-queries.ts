/**
 * Reading messages. Every query here is served by an index (`byAddress` by the table
 * `message_addresses` of migration 0012, then `messages_conversation`); filters that must match a
 * partial index's predicate are written as SQL literals, because a planner cannot prove that a
 * bound parameter equals the index's constant.
 */
import { sql } from 'kysely';
import type { Channel, StoredMessage } from '../message';
import { LimitedQuery, PreparedQuery } from './prepared-query';
import { toMessage } from './row-mappers';
import type { MessageRow } from './schema';
import type { StoreContext, StoreDb } from './store-context';

/** Messages joined with their outbox row, whose status is the outbound delivery status. */
export function selectMessages(db: StoreDb) {
  return db
    .selectFrom('messages as m')
    .leftJoin('outbox as o', 'o.message_id', 'm.id')
    .selectAll('m')
    .select(['o.status as delivery_status', 'o.sent_at as delivered_at']);
}

/** Outbound replies to one inbound message, in the order they were written. */
export async function selectReplies(db: StoreDb, inboundId: string): Promise<StoredMessage[]> {
  const rows = await selectMessages(db)
    .where('m.in_reply_to', '=', inboundId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map(toMessage);
}

/** The message read side of the store. */
export class MessageQueries {
  readonly #ctx: StoreContext;
  readonly #byId: PreparedQuery<{ id: string }, MessageRow>;
  readonly #timeline: LimitedQuery<{ customer_id: string }, MessageRow>;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    const { db } = ctx;
    this.#byId = new PreparedQuery((p) => selectMessages(db).where('m.id', '=', p.id));
    // Every context packet reads the timeline; its recursive query is the costliest to build.
    this.#timeline = new LimitedQuery((p, limit) =>
      db
        .withRecursive('family(id)', (qb) =>
          qb
            .selectFrom('customers')
            .select('id')
            .where('id', '=', p.customer_id)
            .union((u) =>
              u.selectFrom('customers as c').innerJoin('family as f', 'f.id', 'c.merged_into').select('c.id'),
            ),
        )
        .selectFrom('messages as m')
        .leftJoin('outbox as o', 'o.message_id', 'm.id')
        .selectAll('m')
        .select(['o.status as delivery_status', 'o.sent_at as delivered_at'])
        // Through the family's conversations (messages_conversation): a message's customer is its
        // conversation's (migration 0011), and the customer filter keeps exactly the family's rows.
        .where('m.conversation_id', 'in', (qb) =>
          qb
            .selectFrom('conversations as fc')
            .select('fc.id')
            .where('fc.customer_id', 'in', (q) => q.selectFrom('family').select('family.id')),
        )
        .where('m.customer_id', 'in', (qb) => qb.selectFrom('family').select('family.id'))
        .orderBy('m.created_at', 'desc')
        .orderBy('m.id', 'desc')
        .limit(limit),
    );
  }

  repliesTo(inboundId: string): Promise<StoredMessage[]> {
    return selectReplies(this.#ctx.db, inboundId);
  }

  async unprocessedInbound(limit: number): Promise<StoredMessage[]> {
    const rows = await selectMessages(this.#ctx.db)
      .where(sql<boolean>`m.direction = 'in' and m.processed_at is null`)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }

  async get(id: string): Promise<StoredMessage | null> {
    const row = await this.#byId.first(this.#ctx.db, { id });
    return row === undefined ? null : toMessage(row);
  }

  async listConversation(conversationId: string): Promise<StoredMessage[]> {
    const rows = await selectMessages(this.#ctx.db)
      .where('m.conversation_id', '=', conversationId)
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute();
    return rows.map(toMessage);
  }

  /**
   * The latest `limit` messages of the customer and of every customer merged into it (merges can
   * chain, hence the recursive walk down `merged_into`), returned oldest first.
   */
  async customerTimeline(customerId: string, limit: number): Promise<StoredMessage[]> {
    const { rows } = await this.#timeline.execute(this.#ctx.db, limit, { customer_id: customerId });
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
    const { db } = this.#ctx;
    const rows = await selectMessages(db)
      // The address's conversations (message_addresses), then their messages on that channel and
      // address (messages_conversation). As one tuple: a separate `m.channel = ?` would tempt
      // SQLite's planner into the dedupe index, whose first column is the channel.
      .where((eb) =>
        eb(
          eb.refTuple('m.conversation_id', 'm.channel', 'm.address'),
          'in',
          eb
            .selectFrom('message_addresses as ma')
            .select(['ma.conversation_id', 'ma.channel', 'ma.address'])
            .where('ma.channel', '=', channel)
            .where('ma.address', '=', address)
            .$asTuple('conversation_id', 'channel', 'address'),
        ),
      )
      .$if(afterId !== null, (qb) =>
        qb.where((eb) => {
          const anchor = eb
            .selectFrom('messages as a')
            .select('a.created_at')
            .where('a.id', '=', afterId ?? '');
          return eb.or([
            eb('m.created_at', '>', anchor),
            eb.and([eb('m.created_at', '=', anchor), eb('m.id', '>', afterId ?? '')]),
          ]);
        }),
      )
      .orderBy('m.created_at')
      .orderBy('m.id')
      .limit(limit)
      .execute();
    return rows.map(toMessage);
  }
}
