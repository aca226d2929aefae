/**
 * `SqlCaseRepository`: handoff cases on SQLite and PostgreSQL. Every transition is a conditional
 * update (`where state = 'queued'`, …) in one transaction with the conversation's state and an
 * audit entry, so two agents or two processes can never both own a case: the loser's update
 * matches no row and it is told so. SLA events are settled by the (case, key) primary key.
 */
import { sql, type Kysely } from 'kysely';
import { newId } from '../ids';
import type { ConversationState } from '../turn';
import { CaseQueries } from './case-queries';
import { spotOf } from './case-statements';
import {
  caseRow,
  parsePauses,
  pausesJson,
  PRIORITY_RANK,
  toCase,
  type CaseDatabase,
  type CasesTable,
} from './case-tables';
import type {
  Case,
  CaseEvent,
  CaseEventType,
  CasePause,
  CasePriority,
  CaseRepository,
  CaseSlaRecord,
  CaseState,
  NewCase,
} from './case-types';
import { MAX_CASE_PAUSES } from './case-types';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';

type Db = Kysely<CaseDatabase>;
type Changes = Partial<Omit<CasesTable, 'id'>>;

/** One conditional transition: which states it leaves, what it writes, the audit entry. */
interface Transition {
  caseId: string;
  from: readonly CaseState[];
  set: Changes;
  /** Extra condition on the row (e.g. the priority it must still have). */
  where?: Partial<Pick<CasesTable, 'priority' | 'assignee_id'>>;
  event: { type: CaseEventType; actor: string; messageId?: string; detail?: Record<string, unknown> };
  /** The conversation's new state, when it changes. */
  conversation?: ConversationState;
  at: Date;
}

const OPEN: readonly CaseState[] = ['queued', 'assigned'];

/** Queued → assigned to `agentId`. */
function claimOf(caseId: string, agentId: string, at: Date, actor: string): Transition {
  return {
    caseId,
    from: ['queued'],
    set: { state: 'assigned', assignee_id: agentId, assigned_at: at.getTime() },
    event: { type: 'assigned', actor, detail: { to: agentId } },
    conversation: 'assigned',
    at,
  };
}

/** Cases, their audit trail and SLA records over the store's Kysely instance. */
export class SqlCaseRepository extends CaseQueries implements CaseRepository {
  readonly #kind: StoreContext['kind'];

  /** @param describe names the database in error messages (see `SqlStore.description`). */
  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the handoff tables' types (migration 0004 created them).
    super(ctx.db, describe);
    this.#kind = ctx.kind;
  }

  open(input: NewCase): Promise<{ case: Case; created: boolean; queuePosition: number | null }> {
    return this.guard('openCase', () =>
      this.db.transaction().execute(async (trx) => {
        const row = caseRow(newId('case', input.at.getTime()), input);
        const inserted = await this.statements.insertCase(trx, row);
        if (inserted === undefined) {
          const existing = await this.openRow(trx, input.conversationId);
          if (existing === undefined)
            throw storeError(new Error('open case vanished'), 'openCase', this.describe());
          return { case: toCase(existing), created: false, queuePosition: null };
        }
        await this.#audit(
          trx,
          row.id,
          {
            type: 'opened',
            actor: input.openedBy,
            detail: { reason: input.reason, priority: input.priority },
          },
          input.at,
          input.triggerMessageId,
        );
        await this.#moveConversation(trx, input.conversationId, 'queued', input.at);
        // Counted on the same connection, so the caller need not read the case again for it.
        const queuePosition = await this.statements.position(trx, spotOf(inserted));
        return { case: toCase(inserted), created: true, queuePosition };
      }),
    );
  }

  claim(caseId: string, agentId: string, at: Date, actor = `agent:${agentId}`): Promise<Case | null> {
    return this.#transition('claimCase', claimOf(caseId, agentId, at, actor));
  }

  claimRouted(caseId: string, agentId: string, at: Date): Promise<Case | null> {
    return this.guard('claimRoutedCase', () =>
      this.db.transaction().execute(async (trx) => {
        // PostgreSQL: the presence row stays locked to the commit, so a router in another process
        // waits here and then counts this claim. SQLite transactions already run one at a time.
        const lock = this.#kind === 'postgres' ? sql` for update` : sql``;
        const presence = await sql<{ capacity: number }>`select capacity from agent_presence
          where agent_id = ${agentId} and status = 'online'${lock}`.execute(trx);
        const capacity = presence.rows[0]?.capacity;
        if (capacity === undefined) return null;
        const held = await trx
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('assignee_id', '=', agentId)
          .where('state', '=', 'assigned')
          .executeTakeFirst();
        if (Number(held?.n ?? 0) >= capacity) return null;
        return this.#apply(trx, claimOf(caseId, agentId, at, 'system'));
      }),
    );
  }

  recordAgentMessage(
    caseId: string,
    actor: string,
    messageId: string,
    at: Date,
    awaitCustomer = false,
  ): Promise<Case | null> {
    return this.guard('recordAgentMessage', () =>
      this.db.transaction().execute(async (trx) => {
        const row = await this.rowById(trx, caseId);
        if (row?.state !== 'assigned') return null;
        const now = at.getTime();
        const pauses = awaitCustomer ? startPause(parsePauses(row.pauses), at) : null;
        return this.#apply(trx, {
          caseId,
          from: ['assigned'],
          set: {
            first_response_at: row.first_response_at ?? now,
            last_agent_response_at: now,
            ...(pauses ? { pauses: pausesJson(pauses) } : {}),
          },
          event: {
            type: 'agent-message',
            actor,
            messageId,
            ...(awaitCustomer ? { detail: { awaitCustomer } } : {}),
          },
          at,
        });
      }),
    );
  }

  recordCustomerMessage(caseId: string, messageId: string, at: Date): Promise<Case | null> {
    return this.guard('recordCustomerMessage', () =>
      this.db.transaction().execute(async (trx) => {
        const row = await this.rowById(trx, caseId);
        if (row === undefined || !OPEN.includes(row.state as CaseState)) return null;
        const pauses = parsePauses(row.pauses);
        const open = pauses.at(-1);
        if (open && open.to === null) open.to = at;
        return this.#apply(trx, {
          caseId,
          from: OPEN,
          set: {
            customer_waiting_since: customerWaitingSince(row, at.getTime()),
            ...(open ? { pauses: pausesJson(pauses) } : {}),
          },
          event: { type: 'customer-message', actor: 'customer', messageId },
          at,
        });
      }),
    );
  }

  resolve(caseId: string, actor: string, at: Date): Promise<Case | null> {
    const now = at.getTime();
    return this.#transition('resolveCase', {
      caseId,
      from: OPEN,
      set: { state: 'resolved', resolved_at: now, closed_at: now },
      event: { type: 'resolved', actor },
      conversation: 'resolved',
      at,
    });
  }

  returnToBot(caseId: string, actor: string, at: Date): Promise<Case | null> {
    return this.#transition('returnCase', {
      caseId,
      from: OPEN,
      set: { state: 'returned', closed_at: at.getTime() },
      event: { type: 'returned', actor },
      conversation: 'bot',
      at,
    });
  }

  escalate(caseId: string, from: CasePriority, to: CasePriority, at: Date): Promise<Case | null> {
    return this.#transition('escalateCase', {
      caseId,
      from: OPEN,
      where: { priority: from },
      set: { priority: to, priority_rank: PRIORITY_RANK[to], escalated: 1 },
      event: { type: from === to ? 'escalated' : 'priority-raised', actor: 'system', detail: { from, to } },
      at,
    });
  }

  requeue(caseId: string, agentId: string, actor: string, at: Date): Promise<Case | null> {
    return this.#transition('requeueCase', {
      caseId,
      from: ['assigned'],
      where: { assignee_id: agentId },
      set: { state: 'queued', assignee_id: null, assigned_at: null },
      event: { type: 'requeued', actor, detail: { from: agentId } },
      conversation: 'queued',
      at,
    });
  }

  reassign(caseId: string, agentId: string, actor: string, at: Date): Promise<Case | null> {
    return this.guard('reassignCase', () =>
      this.db.transaction().execute(async (trx) => {
        const row = await this.rowById(trx, caseId);
        if (row === undefined || row.assignee_id === agentId) return null;
        return this.#apply(trx, {
          caseId,
          from: [row.state as CaseState].filter((state) => OPEN.includes(state)),
          where: { assignee_id: row.assignee_id },
          set: { state: 'assigned', assignee_id: agentId, assigned_at: at.getTime() },
          event: { type: 'reassigned', actor, detail: { from: row.assignee_id, to: agentId } },
          conversation: 'assigned',
          at,
        });
      }),
    );
  }

  recordWaitNotice(caseId: string, waitMs: number, previousAt: Date | null, at: Date): Promise<boolean> {
    return this.guard('recordWaitNotice', async () => {
      const previous = previousAt?.getTime() ?? null;
      const updated = await this.db
        .updateTable('cases')
        .set({ wait_notice_ms: Math.round(waitMs), wait_noticed_at: at.getTime() })
        .where('id', '=', caseId)
        .where('state', '=', 'queued')
        .where((eb) =>
          previous === null ? eb('wait_noticed_at', 'is', null) : eb('wait_noticed_at', '=', previous),
        )
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    });
  }

  recordSlaEvents(caseId: string, events: CaseSlaRecord[], at: Date): Promise<string[]> {
    if (events.length === 0) return Promise.resolve([]);
    return this.guard('recordSlaEvents', async () => {
      const rows = await this.db
        .insertInto('case_sla_events')
        .values(
          events.map((event) => ({
            case_id: caseId,
            event_key: event.key,
            type: event.type,
            target: event.target,
            due_at: event.dueAt.getTime(),
            recorded_at: at.getTime(),
          })),
        )
        .onConflict((oc) => oc.columns(['case_id', 'event_key']).doNothing())
        .returning('event_key')
        .execute();
      const fresh = new Set(rows.map((row) => row.event_key));
      return events.map((event) => event.key).filter((key) => fresh.has(key));
    });
  }

  #transition(operation: string, transition: Transition): Promise<Case | null> {
    return this.guard(operation, () => this.db.transaction().execute((trx) => this.#apply(trx, transition)));
  }

  /** The conditional update, its audit entry and the conversation's state, inside `trx`. */
  async #apply(trx: Db, t: Transition): Promise<Case | null> {
    let update = trx
      .updateTable('cases')
      .set({ ...t.set, updated_at: t.at.getTime() })
      .where('id', '=', t.caseId)
      .where('state', 'in', [...t.from]);
    if (t.where?.priority !== undefined) update = update.where('priority', '=', t.where.priority);
    const assignee = t.where?.assignee_id;
    if (assignee !== undefined) {
      update = update.where((eb) =>
        assignee === null ? eb('assignee_id', 'is', null) : eb('assignee_id', '=', assignee),
      );
    }
    if (t.from.length === 0) return null;
    const row = await update.returningAll().executeTakeFirst();
    if (row === undefined) return null;
    await this.#audit(trx, t.caseId, t.event, t.at, t.event.messageId ?? null);
    if (t.conversation) await this.#moveConversation(trx, row.conversation_id, t.conversation, t.at);
    return toCase(row);
  }

  #audit(
    trx: Db,
    caseId: string,
    event: Pick<CaseEvent, 'type' | 'actor'> & { detail?: Record<string, unknown> },
    at: Date,
    messageId: string | null,
  ): Promise<void> {
    return this.statements.insertEvent(trx, {
      id: newId('cev', at.getTime()),
      case_id: caseId,
      type: event.type,
      actor: event.actor,
      message_id: messageId,
      detail: JSON.stringify(event.detail ?? {}),
      at: at.getTime(),
    });
  }

  #moveConversation(trx: Db, id: string, state: ConversationState, at: Date): Promise<void> {
    return this.statements.moveConversation(trx, id, state, at.getTime());
  }
}

/**
 * The next-response clock starts at the first customer message after the latest agent reply and
 * stays there while the customer keeps writing (see SlaCaseFacts.customerWaitingSince).
 */
function customerWaitingSince(row: CasesTable, now: number): number | null {
  const since = row.customer_waiting_since === null ? null : Number(row.customer_waiting_since);
  const replied = row.last_agent_response_at === null ? null : Number(row.last_agent_response_at);
  if (replied === null) return since;
  if (since === null || since < replied) return now;
  return since;
}

/** The pauses with a new open one from `at`, unless one is open already or the cap is reached. */
function startPause(pauses: CasePause[], at: Date): CasePause[] | null {
  const last = pauses.at(-1);
  if ((last && last.to === null) || pauses.length >= MAX_CASE_PAUSES) return null;
  return [...pauses, { from: at, to: null }];
}
