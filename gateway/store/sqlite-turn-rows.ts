/**
 * Whole web chat turns stored row by row on SQLite. The set-based statements of turn-batch.ts save
 * round trips, which SQLite does not have: there a multi-row `insert … on conflict … returning` costs
 * more than the same rows inserted one by one through statements compiled once, and Kysely
 * building a 25-row insert per batch costs more again. Plain inserts: a row that already exists
 * (a replayed message) fails its statement, and the caller's transaction is redone turn by turn,
 * exactly as a replay found by the set-based path is.
 */
import { newId } from '../ids';
import type { StoredMessage } from '../message';
import { PreparedQuery, slotRow } from './prepared-query';
import { outboundRow, outboxRow, processedInboundRow, writtenInbound, writtenOutbound } from './row-mappers';
import { COLUMNS, type ConversationsTable, type MessagesTable, type OutboxTable } from './schema';
import type { StoreDb } from './store-context';
import { setBased } from './turn-batch';
import type { RecordedTurn, RecordTurn } from './types';

type ConversationChange = Pick<
  ConversationsTable,
  'id' | 'state' | 'bot_state' | 'last_message_at' | 'updated_at'
>;

export class SqliteTurnRows {
  readonly #insertMessage: PreparedQuery<MessagesTable, unknown>;
  readonly #insertOutbox: PreparedQuery<OutboxTable, unknown>;
  readonly #updateConversation: PreparedQuery<ConversationChange, unknown>;

  constructor(db: StoreDb) {
    this.#insertMessage = new PreparedQuery((p: MessagesTable) =>
      db.insertInto('messages').values(slotRow(p, COLUMNS.messages)),
    );
    this.#insertOutbox = new PreparedQuery((p: OutboxTable) =>
      db.insertInto('outbox').values(slotRow(p, COLUMNS.outbox)),
    );
    this.#updateConversation = new PreparedQuery((p: ConversationChange) =>
      db
        .updateTable('conversations')
        .set({
          state: p.state,
          bot_state: p.bot_state,
          last_message_at: p.last_message_at,
          updated_at: p.updated_at,
          resolved_at: null,
        })
        .where('id', '=', p.id),
    );
  }

  /**
   * Stores a batch of whole turns inside the caller's transaction, or returns null when the batch
   * needs the turn-by-turn path (a conversation twice, a resolving turn). Throws on a row that
   * exists already or a conversation that does not, so the caller redoes the batch turn by turn.
   */
  async record(trx: StoreDb, turns: readonly RecordTurn[]): Promise<RecordedTurn[] | null> {
    if (!setBased(turns)) return null;
    const at = Math.max(...turns.map((turn) => turn.at.getTime()));
    const recorded: RecordedTurn[] = [];
    for (const turn of turns) {
      const inbound = processedInboundRow(turn);
      await this.#insertMessage.execute(trx, inbound);
      const replies: StoredMessage[] = [];
      for (const reply of turn.replies) {
        const row = outboundRow(reply);
        await this.#insertMessage.execute(trx, row);
        // Replies delivered inline are sent already: only the others wait in the outbox.
        if (reply.deliveredInline !== true) {
          await this.#insertOutbox.execute(trx, outboxRow(newId('obx', reply.createdAt.getTime()), reply));
        }
        replies.push(writtenOutbound(reply));
      }
      const updated = await this.#updateConversation.execute(trx, {
        id: turn.conversationId,
        state: turn.state,
        bot_state: JSON.stringify(turn.botState),
        last_message_at: turn.at.getTime(),
        updated_at: at,
      });
      if (Number(updated.numAffectedRows ?? 0) !== 1) throw new MissingConversation(turn.conversationId);
      recorded.push({ message: writtenInbound(turn.inbound, turn), inserted: true, replies });
    }
    return recorded;
  }
}

/** A turn for a conversation the store does not hold: the turn-by-turn path names it. */
class MissingConversation extends Error {
  constructor(id: string) {
    super(`conversation ${id} does not exist; redo the batch turn by turn`);
  }
}
