/**
 * Set-based writes for a group-committed batch of turns: a handful of multi-row statements per
 * batch instead of several statements per turn — on PostgreSQL each statement is a round trip, on
 * SQLite a program run. Batches this cannot express exactly (a conversation twice, a resolving
 * turn, a replayed turn) return null, and the caller writes them turn by turn instead.
 */
import { sql, type RawBuilder } from 'kysely';
import { newId } from '../ids';
import type { StoredMessage } from '../message';
import { freshMessage, inboundRow, outboundRow, outboxRow } from './row-mappers';
import type { MessagesTable } from './schema';
import { toJson, type StoreDb } from './store-context';
import type { CompleteTurn, NewInboundMessage } from './types';

/** `case id when a then x when b then y end`, cast so both dialects agree on the type. */
function caseById(pairs: [string, unknown][], type: 'text' | 'bigint'): RawBuilder<unknown> {
  const whens = pairs.map(([id, value]) => sql`when ${id} then cast(${value} as ${sql.raw(type)})`);
  return sql`case id ${sql.join(whens, sql` `)} end`;
}

/** Insert many inbound rows; returns the ids that were new (the rest already existed). */
export async function insertInboundRows(
  trx: StoreDb,
  messages: readonly NewInboundMessage[],
): Promise<Set<string>> {
  const rows = messages.map(inboundRow);
  const inserted = await trx
    .insertInto('messages')
    .values(rows)
    .onConflict((oc) => oc.columns(['channel', 'direction', 'external_id']).doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((row) => row.id));
}

/**
 * Store a batch of turn outcomes with four statements, or return null when the batch needs the
 * turn-by-turn path. Runs inside the caller's transaction.
 */
export async function completeTurnRows(
  trx: StoreDb,
  turns: readonly CompleteTurn[],
): Promise<StoredMessage[][] | null> {
  const conversations = new Set(turns.map((turn) => turn.conversationId));
  if (conversations.size !== turns.length || turns.some((turn) => turn.state === 'resolved')) return null;
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
    .where('direction', '=', 'in')
    .where('processed_at', 'is', null)
    .returning('id')
    .execute();
  // A turn stored before (a replay) makes the whole batch take the careful path; the claim above
  // is undone with the transaction.
  if (claimed.length !== turns.length) throw new ReplayInBatch();
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
    await trx
      .insertInto('outbox')
      .values(replies.map((reply) => outboxRow(newId('obx', reply.createdAt.getTime()), reply)))
      .execute();
  }
  const updated = await trx
    .updateTable('conversations')
    .set({
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
    })
    .where('id', 'in', [...conversations])
    .executeTakeFirst();
  // A missing conversation: the turn-by-turn path names it.
  if (Number(updated.numUpdatedRows) !== conversations.size) throw new ReplayInBatch();
  return turns.map((turn) =>
    turn.replies.map((reply) => freshMessage(outboundRow(reply), reply.deliveredInline === true)),
  );
}

/** Thrown to roll a set-based batch back so it is redone turn by turn. */
export class ReplayInBatch extends Error {
  constructor() {
    super('a turn in the batch was stored before; redo the batch turn by turn');
  }
}
