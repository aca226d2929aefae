/**
 * Whole web chat turns stored row by row on SQLite. The set-based statements of turn-batch.ts save
 * round trips, which SQLite does not have: there a multi-row `insert … on conflict … returning` costs
 * more than the same rows inserted one by one through statements compiled once, and Kysely
 * building a 25-row insert per batch costs more again. Plain inserts: a row that already exists
 * (a replayed message) fails its statement, and the caller's transaction is redone turn by turn,
 * exactly as a replay found by the set-based path is.
 *
 * The statements run straight on the better-sqlite3 connection, synchronously, inside the
 * transaction Kysely opened on that same connection (it holds the connection until it commits):
 * going through Kysely's executor cost a chain of promises per row.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Compilable } from 'kysely';
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

/**
 * A query compiled by Kysely once, prepared on the connection at its first run (the store is built
 * before its migrations create the tables), run synchronously.
 */
class ConnectionStatement<P extends object> {
  readonly #connection: Pick<Database, 'prepare'>;
  readonly #query: PreparedQuery<P, unknown>;
  #statement: Statement | undefined;

  constructor(connection: Pick<Database, 'prepare'>, query: PreparedQuery<P, unknown>) {
    this.#connection = connection;
    this.#query = query;
  }

  /** Runs it; returns how many rows it changed. */
  run(values: P): number {
    this.#statement ??= this.#connection.prepare(this.#query.sql);
    return this.#statement.run(this.#query.parameters(values)).changes;
  }
}

export class SqliteTurnRows {
  readonly #insertMessage: ConnectionStatement<MessagesTable>;
  readonly #insertOutbox: ConnectionStatement<OutboxTable>;
  readonly #updateConversation: ConnectionStatement<ConversationChange>;

  /**
   * @param db builds the statements.
   * @param connection the better-sqlite3 connection under `db`'s dialect, which runs them.
   */
  constructor(db: StoreDb, connection: Pick<Database, 'prepare'>) {
    const statement = <P extends object>(build: (p: P) => Compilable<unknown>) =>
      new ConnectionStatement(connection, new PreparedQuery(build));
    this.#insertMessage = statement((p: MessagesTable) =>
      db.insertInto('messages').values(slotRow(p, COLUMNS.messages)),
    );
    this.#insertOutbox = statement((p: OutboxTable) =>
      db.insertInto('outbox').values(slotRow(p, COLUMNS.outbox)),
    );
    this.#updateConversation = statement((p: ConversationChange) =>
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
   * Only inside a transaction Kysely holds open on this connection.
   */
  record(turns: readonly RecordTurn[]): RecordedTurn[] | null {
    if (!setBased(turns)) return null;
    const at = Math.max(...turns.map((turn) => turn.at.getTime()));
    const recorded: RecordedTurn[] = [];
    for (const turn of turns) {
      const inbound = processedInboundRow(turn);
      this.#insertMessage.run(inbound);
      const replies: StoredMessage[] = [];
      for (const reply of turn.replies) {
        const row = outboundRow(reply);
        this.#insertMessage.run(row);
        // Replies delivered inline are sent already: only the others wait in the outbox.
        if (reply.deliveredInline !== true) {
          this.#insertOutbox.run(outboxRow(newId('obx', reply.createdAt.getTime()), reply));
        }
        replies.push(writtenOutbound(reply));
      }
      const updated = this.#updateConversation.run({
        id: turn.conversationId,
        state: turn.state,
        bot_state: JSON.stringify(turn.botState),
        last_message_at: turn.at.getTime(),
        updated_at: at,
      });
      if (updated !== 1) throw new MissingConversation(turn.conversationId);
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
