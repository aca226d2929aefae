/**
 * Writing messages: inbound rows deduplicated by the provider's id, and turn outcomes stored in one
 * transaction (replies + their outbox rows + the inbound marked processed + conversation state), so
 * a crash leaves either the whole turn or none of it.
 */
import { newId } from '../ids';
import type { StoredMessage } from '../message';
import { selectReplies } from './message-queries';
import { inboundRow, outboundRow, outboxRow, toMessage } from './row-mappers';
import { notFound, toJson, type StoreContext, type StoreDb } from './store-context';
import type { CompleteTurn, NewInboundMessage, NewOutboundMessage } from './types';

/** Inserts inbound messages and stores what a turn produced. */
export class MessageRepository {
  readonly #ctx: StoreContext;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
  }

  async insertInbound(message: NewInboundMessage): Promise<{ message: StoredMessage; inserted: boolean }> {
    const row = inboundRow(message);
    const inserted = await this.#ctx.db
      .insertInto('messages')
      .values(row)
      .onConflict((oc) => oc.columns(['channel', 'direction', 'external_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted !== undefined) return { message: toMessage(row), inserted: true };
    // A duplicate delivery: whoever inserted first owns the row; hand it back unchanged.
    const existing = await this.#ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('channel', '=', message.channel)
      .where('direction', '=', 'in')
      .where('external_id', '=', message.externalId)
      .executeTakeFirstOrThrow();
    return { message: toMessage(existing), inserted: false };
  }

  async completeTurn(turn: CompleteTurn): Promise<StoredMessage[]> {
    const at = turn.at.getTime();
    return this.#ctx.db.transaction().execute(async (trx) => {
      // Claiming the inbound row first makes a replayed or concurrent turn for the same message
      // find it processed (on PostgreSQL it waits on the row lock until the first one commits).
      const claimed = await trx
        .updateTable('messages')
        .set({ processed_at: at, decision: toJson(turn.decision ?? undefined) })
        .where('id', '=', turn.inboundId)
        .where('direction', '=', 'in')
        .where('processed_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (claimed === undefined) {
        const replies = await selectReplies(trx, turn.inboundId);
        if (replies.length > 0) return replies;
        const inbound = await trx
          .selectFrom('messages')
          .select('id')
          .where('id', '=', turn.inboundId)
          .executeTakeFirst();
        if (inbound === undefined) throw notFound('inbound message', turn.inboundId);
        return [];
      }
      const replies = await insertOutbound(trx, turn.replies);
      const updated = await trx
        .updateTable('conversations')
        .set((eb) => ({
          state: turn.state,
          bot_state: JSON.stringify(turn.botState),
          last_message_at: at,
          updated_at: at,
          resolved_at: turn.state === 'resolved' ? eb.fn.coalesce('resolved_at', eb.val(at)) : null,
        }))
        .where('id', '=', turn.conversationId)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) throw notFound('conversation', turn.conversationId);
      return replies;
    });
  }

  async enqueueOutbound(messages: NewOutboundMessage[]): Promise<StoredMessage[]> {
    if (messages.length === 0) return [];
    return this.#ctx.db.transaction().execute(async (trx) => {
      const stored = await insertOutbound(trx, messages);
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
 * Inserts outbound messages and their outbox rows. A message whose idempotency key is already
 * stored is not written again; the stored one is returned in its place, in input order.
 */
async function insertOutbound(trx: StoreDb, messages: NewOutboundMessage[]): Promise<StoredMessage[]> {
  if (messages.length === 0) return [];
  const rows = messages.map(outboundRow);
  const inserted = await trx
    .insertInto('messages')
    .values(rows)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .execute();
  const insertedIds = new Set(inserted.map((row) => row.id));
  const fresh = messages.filter((message) => insertedIds.has(message.id));
  if (fresh.length > 0) {
    await trx
      .insertInto('outbox')
      .values(fresh.map((message) => outboxRow(newId('obx', message.createdAt.getTime()), message)))
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute();
  }
  const existing = new Map<string, StoredMessage>();
  if (fresh.length < messages.length) {
    const keys = messages
      .filter((message) => !insertedIds.has(message.id))
      .map((message) => message.idempotencyKey);
    const found = await trx.selectFrom('messages').selectAll().where('idempotency_key', 'in', keys).execute();
    for (const row of found)
      if (row.idempotency_key !== null) existing.set(row.idempotency_key, toMessage(row));
  }
  return rows.map((row, index) => {
    if (insertedIds.has(row.id)) return toMessage(row);
    const key = messages[index]?.idempotencyKey ?? '';
    const stored = existing.get(key);
    if (stored === undefined)
      throw new Error(`Outbound message with idempotency key ${key} vanished during insert`);
    return stored;
  });
}
