/**
 * The statements a case open and its context packet run for every case, built and compiled once
 * per store (see prepared-query.ts): opening a case at 50 per second made Kysely's query building
 * a tenth of the server's CPU. Rarer reads and writes stay ordinary Kysely queries.
 */
import { sql, type Kysely } from 'kysely';
import type { ConversationState } from '../turn';
import type { CaseDatabase, CaseEventsTable, CasesTable } from './case-tables';
import { PreparedQuery, slotRow, type QueryRunner } from './prepared-query';

/** Every column of `cases`, for the prepared whole-row insert. */
const CASE_COLUMNS = Object.keys({
  id: 1,
  conversation_id: 1,
  customer_id: 1,
  state: 1,
  priority: 1,
  priority_rank: 1,
  reason: 1,
  channel: 1,
  locale: 1,
  tier: 1,
  tags: 1,
  opened_by: 1,
  trigger_message_id: 1,
  assignee_id: 1,
  escalated: 1,
  opened_at: 1,
  waiting_since: 1,
  assigned_at: 1,
  first_response_at: 1,
  last_agent_response_at: 1,
  customer_waiting_since: 1,
  resolved_at: 1,
  closed_at: 1,
  pauses: 1,
  wait_notice_ms: 1,
  wait_noticed_at: 1,
  updated_at: 1,
} satisfies Record<keyof CasesTable, 1>) as (keyof CasesTable)[];

const EVENT_COLUMNS = Object.keys({
  id: 1,
  case_id: 1,
  type: 1,
  actor: 1,
  message_id: 1,
  detail: 1,
  at: 1,
} satisfies Record<keyof CaseEventsTable, 1>) as (keyof CaseEventsTable)[];

/** Where a queued case stands: the values its place in service order is counted from. */
export interface QueueSpot {
  id: string;
  rank: number;
  since: number;
}

interface ConversationMove {
  id: string;
  state: ConversationState;
  at: number;
  resolved_at: number | null;
}

/** The compiled hot statements over the handoff tables of one store. */
export class CaseStatements {
  readonly #byId: PreparedQuery<{ id: string }, CasesTable>;
  readonly #openByConversation: PreparedQuery<{ conversation_id: string }, CasesTable>;
  readonly #ahead: PreparedQuery<QueueSpot, { n: number | string }>;
  readonly #slaKeys: PreparedQuery<{ case_id: string }, { event_key: string }>;
  readonly #insertCase: PreparedQuery<CasesTable, CasesTable>;
  readonly #insertEvent: PreparedQuery<CaseEventsTable, unknown>;
  readonly #moveConversation: PreparedQuery<ConversationMove, unknown>;

  constructor(db: Kysely<CaseDatabase>) {
    this.#byId = new PreparedQuery((p) => db.selectFrom('cases').selectAll().where('id', '=', p.id));
    this.#openByConversation = new PreparedQuery((p) =>
      db
        .selectFrom('cases')
        .selectAll()
        .where('conversation_id', '=', p.conversation_id)
        .where('state', 'in', ['queued', 'assigned']),
    );
    this.#ahead = new PreparedQuery((p) =>
      db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'queued')
        .where((eb) =>
          eb.or([
            eb('priority_rank', '<', p.rank),
            eb.and([eb('priority_rank', '=', p.rank), eb('waiting_since', '<', p.since)]),
            eb.and([
              eb('priority_rank', '=', p.rank),
              eb('waiting_since', '=', p.since),
              eb('id', '<', p.id),
            ]),
          ]),
        ),
    );
    this.#slaKeys = new PreparedQuery((p) =>
      db.selectFrom('case_sla_events').select('event_key').where('case_id', '=', p.case_id),
    );
    this.#insertCase = new PreparedQuery((p) =>
      db
        .insertInto('cases')
        .values(slotRow(p, CASE_COLUMNS))
        .onConflict((oc) =>
          oc
            .column('conversation_id')
            // Literal, not bound: SQLite matches the partial index by the text of its WHERE.
            .where(sql<boolean>`state in ('queued', 'assigned')`)
            .doNothing(),
        )
        .returningAll(),
    );
    this.#insertEvent = new PreparedQuery((p) =>
      db.insertInto('case_events').values(slotRow(p, EVENT_COLUMNS)),
    );
    this.#moveConversation = new PreparedQuery((p) =>
      db
        .updateTable('conversations')
        .set({ state: p.state, updated_at: p.at, resolved_at: p.resolved_at })
        .where('id', '=', p.id),
    );
  }

  byId(db: QueryRunner, id: string): Promise<CasesTable | undefined> {
    return this.#byId.first(db, { id });
  }

  openByConversation(db: QueryRunner, conversationId: string): Promise<CasesTable | undefined> {
    return this.#openByConversation.first(db, { conversation_id: conversationId });
  }

  /** 1-based place in service order of a queued case standing at `spot`. */
  async position(db: QueryRunner, spot: QueueSpot): Promise<number> {
    const row = await this.#ahead.first(db, spot);
    return Number(row?.n ?? 0) + 1;
  }

  async slaKeys(db: QueryRunner, caseId: string): Promise<string[]> {
    const { rows } = await this.#slaKeys.execute(db, { case_id: caseId });
    return rows.map((row) => row.event_key);
  }

  /** The new row, or undefined when the conversation already has an open case. */
  insertCase(db: QueryRunner, row: CasesTable): Promise<CasesTable | undefined> {
    return this.#insertCase.first(db, row);
  }

  async insertEvent(db: QueryRunner, row: CaseEventsTable): Promise<void> {
    await this.#insertEvent.execute(db, row);
  }

  /** The conversation's state follows its case; `resolved_at` is set only when it is resolved. */
  async moveConversation(db: QueryRunner, id: string, state: ConversationState, at: number): Promise<void> {
    await this.#moveConversation.execute(db, {
      id,
      state,
      at,
      resolved_at: state === 'resolved' ? at : null,
    });
  }
}

/** The queue spot of a case row. */
export function spotOf(row: CasesTable): QueueSpot {
  return { id: row.id, rank: Number(row.priority_rank), since: Number(row.waiting_since) };
}
