/**
 * Conversations: one timeline per customer, numbered 1, 2, 3…. Concurrent creation is settled by
 * UNIQUE(customer_id, seq): every caller that lost the insert reads the winner's row.
 */
import type { Channel } from '../message';
import { newId } from '../ids';
import type { ConversationState } from '../turn';
import { toConversation } from './row-mappers';
import { PreparedQuery, slotRow } from './prepared-query';
import { COLUMNS, type ConversationsTable } from './schema';
import { conflict, notFound, type StoreContext } from './store-context';
import type { Conversation } from './types';

/** Finds, opens and updates conversations. */
export class ConversationRepository {
  readonly #ctx: StoreContext;
  readonly #latest: PreparedQuery<{ customer_id: string }, ConversationsTable>;
  readonly #insert: PreparedQuery<ConversationsTable, { id: string }>;
  readonly #byId: PreparedQuery<{ id: string }, ConversationsTable>;

  constructor(ctx: StoreContext) {
    this.#ctx = ctx;
    const { db } = ctx;
    this.#latest = new PreparedQuery((p) =>
      db
        .selectFrom('conversations')
        .selectAll()
        .where('customer_id', '=', p.customer_id)
        .orderBy('seq', 'desc')
        .limit(1),
    );
    this.#insert = new PreparedQuery((p) =>
      db
        .insertInto('conversations')
        .values(slotRow(p, COLUMNS.conversations))
        .onConflict((oc) => oc.columns(['customer_id', 'seq']).doNothing())
        .returning('id'),
    );
    this.#byId = new PreparedQuery((p) => db.selectFrom('conversations').selectAll().where('id', '=', p.id));
  }

  async current(
    customerId: string,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<Conversation> {
    const now = at.getTime();
    // A lost insert means another caller just opened the conversation: the next read finds it.
    for (let attempt = 0; attempt < 3; attempt++) {
      const latest = await this.#latest.first(this.#ctx.db, { customer_id: customerId });
      if (latest !== undefined && !expired(latest, now, reopenWindowMs)) {
        return this.#retarget(latest, channel, address, now);
      }
      const row: ConversationsTable = {
        id: newId('cnv', now),
        customer_id: customerId,
        seq: (latest === undefined ? 0 : Number(latest.seq)) + 1,
        state: 'bot',
        channel,
        address,
        bot_state: '{}',
        created_at: now,
        updated_at: now,
        last_message_at: now,
        resolved_at: null,
      };
      const inserted = await this.#insert.first(this.#ctx.db, row);
      if (inserted !== undefined) return toConversation(row);
    }
    throw conflict(`Conversation of customer ${customerId} kept changing while being opened; retry.`);
  }

  /** Points replies at the channel the customer last wrote on; writes only when it changed. */
  async #retarget(
    row: ConversationsTable,
    channel: Channel,
    address: string,
    now: number,
  ): Promise<Conversation> {
    if (row.channel === channel && row.address === address) return toConversation(row);
    const updated = await this.#ctx.db
      .updateTable('conversations')
      .set({ channel, address, updated_at: now })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toConversation(updated);
  }

  async get(id: string): Promise<Conversation | null> {
    const row = await this.#byId.first(this.#ctx.db, { id });
    return row === undefined ? null : toConversation(row);
  }

  async setState(id: string, state: ConversationState, at: Date): Promise<void> {
    const now = at.getTime();
    const result = await this.#ctx.db
      .updateTable('conversations')
      .set({ state, updated_at: now, resolved_at: state === 'resolved' ? now : null })
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('conversation', id);
  }
}

/** Resolved for longer than the reopen window: the customer's next message opens a new conversation. */
function expired(row: ConversationsTable, now: number, reopenWindowMs: number): boolean {
  if (row.state !== 'resolved') return false;
  return row.resolved_at === null || now - Number(row.resolved_at) > reopenWindowMs;
}
