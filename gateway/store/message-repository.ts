/**
 * Writing messages: inbound rows deduplicated by the provider's id, and turn outcomes stored in one
 * transaction (replies + their outbox rows + the inbound marked processed + conversation state), so
 * a crash leaves either the whole turn or none of it. Hot statements are prepared once per store.
 */
import { sql } from 'kysely';
import { newId } from '../ids';
import type { StoredMessage } from '../message';
import { selectMessages, selectReplies } from './message-queries';
import { PreparedQuery, slotRow } from './prepared-query';
import {
  inboundRow,
  outboundRow,
  outboxRow,
  toMessage,
  writtenInbound,
  writtenOutbound,
} from './row-mappers';
import { COLUMNS, INBOUND, type MessageRow, type MessagesTable, type OutboxTable } from './schema';
import { notFound, toJson, type StoreContext, type StoreDb } from './store-context';
import type { CompleteTurn, NewInboundMessage, NewOutboundMessage, RecordedTurn, RecordTurn } from './types';

/** Inserts inbound messages and stores what a turn produced. */
export class MessageRepository {
  readonly #ctx: StoreContext;
  readonly #insertInbound: PreparedQuery<MessagesTable, { id: string }>;
  readonly #findInbound: PreparedQuery<{ channel: string; external_id: string }, MessageRow>;
  readonly #claimInbound: PreparedQuery<{ id: string; at: number; decision: string | null }, { id: string }>;
  readonly #updateConversation: PreparedQuery<
    { id: string; state: string; bot_state: string; at: number },
    unknown
  >;
  readonly #outbound: OutboundWriter;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    const { db } = ctx;
    this.#insertInbound = new PreparedQuery((p) =>
      db
        .insertInto('messages')
        .values(slotRow(p, COLUMNS.messages))
        .onConflict((oc) => oc.columns(['channel', 'direction', 'external_id']).doNothing())
        .returning('id'),
    );
    this.#findInbound = new PreparedQuery((p) =>
      selectMessages(db)
        .where('m.channel', '=', p.channel)
        .where('m.direction', '=', INBOUND)
        .where('m.external_id', '=', p.external_id),
    );
    this.#claimInbound = new PreparedQuery((p) =>
      db
        .updateTable('messages')
        .set({ processed_at: p.at, decision: p.decision })
        .where('id', '=', p.id)
        .where('direction', '=', INBOUND)
        .where('processed_at', 'is', null)
        .returning('id'),
    );
    this.#updateConversation = new PreparedQuery((p) =>
      db
        .updateTable('conversations')
        .set({
          state: p.state,
          bot_state: p.bot_state,
          last_message_at: p.at,
          updated_at: p.at,
          // Resolving keeps the first resolution time; any other state clears it.
          resolved_at: sql<
            number | null
          >`case when ${p.state} = 'resolved' then coalesce(resolved_at, ${p.at}) else null end`,
        })
        .where('id', '=', p.id),
    );
    this.#outbound = new OutboundWriter(ctx);
  }

  /** Insert on the store's database or inside a transaction (group commit batches them). */
  async insertInbound(
    message: NewInboundMessage,
    db: StoreDb = this.#ctx.db,
  ): Promise<{ message: StoredMessage; inserted: boolean }> {
    const row = inboundRow(message);
    const inserted = await this.#insertInbound.first(db, row);
    if (inserted !== undefined) return { message: writtenInbound(message), inserted: true };
    // A duplicate delivery: whoever inserted first owns the row; hand it back unchanged.
    const existing = await this.#findInbound.first(db, {
      channel: message.channel,
      external_id: message.externalId,
    });
    if (existing === undefined)
      throw new Error(`Inbound ${message.channel}:${message.externalId} conflicted but is missing`);
    return { message: toMessage(existing), inserted: false };
  }

  /** Store a turn's outcome; inside the caller's transaction, which must be atomic for the turn. */
  async completeTurn(turn: CompleteTurn, trx: StoreDb): Promise<StoredMessage[]> {
    const at = turn.at.getTime();
    // Claiming the inbound row first makes a replayed or concurrent turn for the same message
    // find it processed (on PostgreSQL it waits on the row lock until the first one commits).
    const decision = toJson(turn.decision ?? undefined);
    const claimed = await this.#claimInbound.first(trx, { id: turn.inboundId, at, decision });
    if (claimed === undefined) return this.#replayed(trx, turn.inboundId);
    const replies = await this.#outbound.insert(trx, turn.replies);
    const updated = await this.#updateConversation.execute(trx, {
      id: turn.conversationId,
      state: turn.state,
      bot_state: JSON.stringify(turn.botState),
      at,
    });
    if (updated.numAffectedRows === 0n) throw notFound('conversation', turn.conversationId);
    return replies;
  }

  /** A whole turn, inside the caller's transaction: a duplicate inbound message writes nothing. */
  async recordTurn(turn: RecordTurn, trx: StoreDb): Promise<RecordedTurn> {
    const { message, inserted } = await this.insertInbound(turn.inbound, trx);
    if (!inserted) return { message, inserted, replies: [] };
    const replies = await this.completeTurn({ ...turn, inboundId: message.id }, trx);
    return { message: writtenInbound(turn.inbound, turn), inserted, replies };
  }

  /** The outcome of a turn stored before: its replies, unchanged. */
  async #replayed(trx: StoreDb, inboundId: string): Promise<StoredMessage[]> {
    const replies = await selectReplies(trx, inboundId);
    if (replies.length > 0) return replies;
    const inbound = await trx
      .selectFrom('messages')
      .select('id')
      .where('id', '=', inboundId)
      .executeTakeFirst();
    if (inbound === undefined) throw notFound('inbound message', inboundId);
    return [];
  }

  async enqueueOutbound(messages: NewOutboundMessage[]): Promise<StoredMessage[]> {
    if (messages.length === 0) return [];
    return this.#ctx.db.transaction().execute(async (trx) => {
      const stored = await this.#outbound.insert(trx, messages);
      const latest = new Map<string, number>();
      for (const message of messages) {
        const at = message.createdAt.getTime();
        latest.set(message.conversationId, Math.max(at, latest.get(message.conversationId) ?? at));
      }
      for (const [conversationId, at] of latest) {
        await trx
          .updateTable('conversations')
          .set({ last_message_at: at, updated_at: at })
          .where('id', '=', conversationId)
          .where('last_message_at', '<', at)
          .execute();
      }
      return stored;
    });
  }
}

/**
 * Inserts outbound messages with their outbox rows, one message at a time: a turn has one or two
 * replies, so a single prepared statement beats building a multi-row insert per call.
 */
class OutboundWriter {
  readonly #insertMessage: PreparedQuery<MessagesTable, { id: string }>;
  readonly #insertOutbox: PreparedQuery<OutboxTable, unknown>;
  readonly #findByKey: PreparedQuery<{ key: string }, MessageRow>;

  constructor(ctx: StoreContext) {
    const { db } = ctx;
    this.#insertMessage = new PreparedQuery((p) =>
      db
        .insertInto('messages')
        .values(slotRow(p, COLUMNS.messages))
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id'),
    );
    this.#insertOutbox = new PreparedQuery((p) =>
      db
        .insertInto('outbox')
        .values(slotRow(p, COLUMNS.outbox))
        .onConflict((oc) => oc.column('idempotency_key').doNothing()),
    );
    this.#findByKey = new PreparedQuery((p) => selectMessages(db).where('m.idempotency_key', '=', p.key));
  }

  /**
   * A message whose idempotency key is already stored is not written again: the stored one is
   * returned in its place, so the result has one message per input, in input order.
   */
  async insert(trx: StoreDb, messages: NewOutboundMessage[]): Promise<StoredMessage[]> {
    const stored: StoredMessage[] = [];
    for (const message of messages) {
      const row = outboundRow(message);
      const inserted = await this.#insertMessage.first(trx, row);
      if (inserted !== undefined) {
        if (message.deliveredInline !== true) {
          await this.#insertOutbox.execute(
            trx,
            outboxRow(newId('obx', message.createdAt.getTime()), message),
          );
        }
        stored.push(writtenOutbound(message));
        continue;
      }
      const existing = await this.#findByKey.first(trx, { key: message.idempotencyKey });
      if (existing === undefined)
        throw new Error(`Outbound key ${message.idempotencyKey} conflicted but is missing`);
      stored.push(toMessage(existing));
    }
    return stored;
  }
}
