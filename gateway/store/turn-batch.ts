/**
 * Set-based writes for a group-committed batch of turns: a handful of multi-row statements per
 * batch instead of several statements per turn — on PostgreSQL each statement is a round trip, on
 * SQLite a program run. Batches this cannot express exactly (a conversation twice, a resolving
 * turn, a replayed turn) return null, and the caller writes them turn by turn instead.
 */
import { sql, type RawBuilder } from 'kysely';
import { newId } from '../ids';
import type { StoredMessage } from '../message';
import {
  inboundRow,
  outboundRow,
  outboxRow,
  processedInboundRow,
  writtenInbound,
  writtenOutbound,
} from './row-mappers';
import { INBOUND, type MessagesTable } from './schema';
import { toJson, type StoreDb } from './store-context';
import type { CompleteTurn, NewInboundMessage, RecordedTurn, RecordTurn } from './types';

/** `case id when a then x when b then y end`, cast so both dialects agree on the type. */
function caseById(pairs: [string, unknown][], type: 'text' | 'bigint'): RawBuilder<unknown> {
  const whens = pairs.map(([id, value]) => sql`when ${id} then cast(${value} as ${sql.raw(type)})`);
  return sql`case id ${sql.join(whens, sql` `)} end`;
}

/** Insert many inbound messages; returns the ids that were new (the rest already existed). */
export function insertInboundRows(
  trx: StoreDb,
  messages: readonly NewInboundMessage[],
): Promise<Set<string>> {
  return insertNewRows(trx, messages.map(inboundRow));
}

/** Insert inbound rows, skipping those whose (channel, direction, external id) exists; new ids. */
async function insertNewRows(trx: StoreDb, rows: MessagesTable[]): Promise<Set<string>> {
  const inserted = await trx
    .insertInto('messages')
    .values(rows)
    .onConflict((oc) => oc.columns(['channel', 'direction', 'external_id']).doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((row) => row.id));
}

/** True when one batch can hold these turns: each conversation once, none resolving (see the header). */
export function setBased(turns: readonly Omit<CompleteTurn, 'inboundId'>[]): boolean {
  const conversations = new Set(turns.map((turn) => turn.conversationId));
  return conversations.size === turns.length && turns.every((turn) => turn.state !== 'resolved');
}

/**
 * Store a batch of turn outcomes with four statements, or return null when the batch needs the
 * turn-by-turn path. Runs inside the caller's transaction.
 */
export async function completeTurnRows(
  trx: StoreDb,
  turns: readonly CompleteTurn[],
): Promise<StoredMessage[][] | null> {
  if (!setBased(turns)) return null;
  const at = Math.max(...turns.map((turn) => turn.at.getTime()));
  const ids = turns.map((turn) => turn.inboundId);
  const claimed = await trx
    .updateTable('messages')
    .set({
      processed_at: at,
      decision: caseById(
        turns.map((turn) => [turn.inboundId, toJson(turn.decision ?? undefined)]),
        'text',
      ) as RawBuilder<string | null>,
    })
    .where('id', 'in', ids)
    .where('direction', '=', INBOUND)
    .where('processed_at', 'is', null)
    .returning('id')
    .execute();
  // A turn stored before (a replay) makes the whole batch take the careful path; the claim above
  // is undone with the transaction.
  if (claimed.length !== turns.length) throw new ReplayInBatch();
  return storeOutcomes(trx, turns);
}

/**
 * Stores a batch of whole turns — each inbound message already processed, with its outcome — as
 * one PostgreSQL statement (SQLite has no data-modifying CTEs), run on its own: a statement is
 * atomic, so it needs no transaction and none of its round trips. The inbound rows and replies,
 * the replies' outbox rows and the conversations' new state go in as CTEs, with no "on conflict
 * do nothing": a replayed turn breaks a unique constraint and a vanished conversation the
 * messages' foreign key, either fails the whole statement, and the caller redoes the batch turn
 * by turn. Returns null for a batch {@link setBased} refuses.
 */
export async function recordTurnsInOneStatement(
  db: StoreDb,
  turns: readonly RecordTurn[],
): Promise<RecordedTurn[] | null> {
  if (!setBased(turns)) return null;
  const at = Math.max(...turns.map((turn) => turn.at.getTime()));
  const replies = turns.flatMap((turn) => turn.replies);
  const messageRows = [...turns.map(processedInboundRow), ...replies.map(outboundRow)];
  // Replies delivered inline are sent already: only the others wait in the outbox.
  const queued = replies.filter((reply) => reply.deliveredInline !== true);
  const conversations = db
    .updateTable('conversations')
    .set(conversationChanges(turns, at))
    .where(
      'id',
      'in',
      turns.map((turn) => turn.conversationId),
    );
  const base = db
    .with('stored_messages', (cte) => cte.insertInto('messages').values(messageRows))
    .with('changed_conversations', () => conversations);
  const statement =
    queued.length === 0
      ? base
      : base.with('queued_outbox', (cte) =>
          cte
            .insertInto('outbox')
            .values(queued.map((reply) => outboxRow(newId('obx', reply.createdAt.getTime()), reply))),
        );
  await statement.selectNoFrom(sql<number>`1`.as('done')).execute();
  return turns.map((turn) => ({
    message: writtenInbound(turn.inbound, turn),
    inserted: true,
    replies: turn.replies.map(writtenOutbound),
  }));
}

/** The replies, their outbox rows and the conversations of a batch of turns. */
async function storeOutcomes(
  trx: StoreDb,
  turns: readonly Omit<CompleteTurn, 'inboundId'>[],
): Promise<StoredMessage[][]> {
  const conversations = turns.map((turn) => turn.conversationId);
  const at = Math.max(...turns.map((turn) => turn.at.getTime()));
  const replies = turns.flatMap((turn) => turn.replies);
  const rows: MessagesTable[] = replies.map(outboundRow);
  if (rows.length > 0) {
    const inserted = await trx
      .insertInto('messages')
      .values(rows)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .execute();
    if (inserted.length !== rows.length) throw new ReplayInBatch();
  }
  // Replies delivered inline are sent already: only the others wait in the outbox.
  const queued = replies.filter((reply) => reply.deliveredInline !== true);
  if (queued.length > 0) {
    await trx
      .insertInto('outbox')
      .values(queued.map((reply) => outboxRow(newId('obx', reply.createdAt.getTime()), reply)))
      .execute();
  }
  const updated = await trx
    .updateTable('conversations')
    .set(conversationChanges(turns, at))
    .where('id', 'in', conversations)
    .executeTakeFirst();
  // A missing conversation: the turn-by-turn path names it.
  if (Number(updated.numUpdatedRows) !== conversations.length) throw new ReplayInBatch();
  return turns.map((turn) => turn.replies.map(writtenOutbound));
}

/** Each turn's conversation state, bot state and last message time, as one `set` for all of them. */
function conversationChanges(turns: readonly Omit<CompleteTurn, 'inboundId'>[], at: number) {
  return {
    state: caseById(
      turns.map((t) => [t.conversationId, t.state]),
      'text',
    ) as RawBuilder<string>,
    bot_state: caseById(
      turns.map((t) => [t.conversationId, JSON.stringify(t.botState)]),
      'text',
    ) as RawBuilder<string>,
    last_message_at: caseById(
      turns.map((t) => [t.conversationId, t.at.getTime()]),
      'bigint',
    ) as RawBuilder<number>,
    updated_at: at,
    resolved_at: null,
  };
}

/** Thrown to roll a set-based batch back so it is redone turn by turn. */
export class ReplayInBatch extends Error {
  constructor() {
    super('a turn in the batch was stored before; redo the batch turn by turn');
  }
}
