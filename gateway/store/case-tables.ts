/**
 * Row types of the handoff tables (migration 0004) and their mapping to the domain types of
 * case-types.ts. Kept apart from schema.ts, like the accounts' and knowledge base's tables.
 */
import type { Channel } from '../message';
import type {
  Case,
  CaseEvent,
  CaseEventType,
  CasePause,
  CasePriority,
  CaseReason,
  CaseState,
  NewCase,
} from './case-types';
import type { StoreDatabase } from './schema';
import { toDate } from './store-context';

/** One handoff case. */
export interface CasesTable {
  id: string;
  conversation_id: string;
  customer_id: string;
  state: string;
  priority: string;
  priority_rank: number;
  reason: string;
  channel: string;
  locale: string | null;
  tier: string;
  /** JSON array of strings. */
  tags: string;
  opened_by: string;
  trigger_message_id: string | null;
  assignee_id: string | null;
  escalated: number;
  opened_at: number;
  waiting_since: number;
  assigned_at: number | null;
  first_response_at: number | null;
  last_agent_response_at: number | null;
  customer_waiting_since: number | null;
  resolved_at: number | null;
  closed_at: number | null;
  /** JSON array of `[fromMs, toMs | null]` (migration 0008). */
  pauses: string;
  wait_notice_ms: number | null;
  wait_noticed_at: number | null;
  updated_at: number;
}

/** One audited transition or message of a case. */
export interface CaseEventsTable {
  id: string;
  case_id: string;
  type: string;
  actor: string;
  message_id: string | null;
  /** JSON object. */
  detail: string;
  at: number;
}

/** One SLA warning or breach, stored once per (case, key). */
export interface CaseSlaEventsTable {
  case_id: string;
  event_key: string;
  type: string;
  target: string;
  due_at: number;
  recorded_at: number;
}

/** The store's tables plus the handoff tables: cases move conversations in the same transaction. */
export interface CaseDatabase extends StoreDatabase {
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_sla_events: CaseSlaEventsTable;
}

/** Queue order: the lower the rank, the sooner served. */
export const PRIORITY_RANK: Record<CasePriority, number> = { urgent: 0, high: 1, normal: 2 };

/** A case row as the domain sees it. */
export function toCase(row: CasesTable): Case {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    customerId: row.customer_id,
    state: row.state as CaseState,
    priority: row.priority as CasePriority,
    reason: row.reason as CaseReason,
    channel: row.channel as Channel,
    locale: row.locale,
    tier: row.tier,
    tags: JSON.parse(row.tags) as string[],
    openedBy: row.opened_by,
    triggerMessageId: row.trigger_message_id,
    assigneeId: row.assignee_id,
    escalated: Number(row.escalated) === 1,
    openedAt: new Date(Number(row.opened_at)),
    waitingSince: new Date(Number(row.waiting_since)),
    assignedAt: toDate(row.assigned_at),
    firstResponseAt: toDate(row.first_response_at),
    lastAgentResponseAt: toDate(row.last_agent_response_at),
    customerWaitingSince: toDate(row.customer_waiting_since),
    resolvedAt: toDate(row.resolved_at),
    closedAt: toDate(row.closed_at),
    pauses: parsePauses(row.pauses),
    waitNotice:
      row.wait_notice_ms === null || row.wait_noticed_at === null
        ? null
        : { waitMs: Number(row.wait_notice_ms), at: new Date(Number(row.wait_noticed_at)) },
    updatedAt: new Date(Number(row.updated_at)),
  };
}

/** The row a new case is stored as. */
export function caseRow(id: string, input: NewCase): CasesTable {
  const at = input.at.getTime();
  return {
    id,
    conversation_id: input.conversationId,
    customer_id: input.customerId,
    state: 'queued',
    priority: input.priority,
    priority_rank: PRIORITY_RANK[input.priority],
    reason: input.reason,
    channel: input.channel,
    locale: input.locale,
    tier: input.tier,
    tags: JSON.stringify(input.tags),
    opened_by: input.openedBy,
    trigger_message_id: input.triggerMessageId,
    assignee_id: null,
    escalated: 0,
    opened_at: at,
    waiting_since: at,
    assigned_at: null,
    first_response_at: null,
    last_agent_response_at: null,
    customer_waiting_since: null,
    resolved_at: null,
    closed_at: null,
    pauses: '[]',
    wait_notice_ms: null,
    wait_noticed_at: null,
    updated_at: at,
  };
}

/** The `pauses` column as the domain sees it. */
export function parsePauses(text: string): CasePause[] {
  const pairs = JSON.parse(text) as Array<[number, number | null]>;
  return pairs.map(([from, to]) => ({ from: new Date(from), to: to === null ? null : new Date(to) }));
}

/** Pauses as the `pauses` column stores them. */
export function pausesJson(pauses: readonly CasePause[]): string {
  return JSON.stringify(pauses.map((p) => [p.from.getTime(), p.to?.getTime() ?? null]));
}

/** A case event row as the domain sees it. */
export function toCaseEvent(row: CaseEventsTable): CaseEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type as CaseEventType,
    actor: row.actor,
    messageId: row.message_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    at: new Date(Number(row.at)),
  };
}
