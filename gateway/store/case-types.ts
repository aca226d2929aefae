/**
 * Handoff cases as the store keeps them: the domain types and the repository seam. They live in the
 * gateway's store (not in handoff/) so the Store interface depends on no component; handoff/ builds
 * the queue, SLA timers and context on top of this repository.
 */
import type { Channel } from '../message';

/** `queued` → `assigned` → `resolved`; `returned` when an agent hands the conversation back to the bot. */
export type CaseState = 'queued' | 'assigned' | 'resolved' | 'returned';

/** How urgently a person must look: the queue serves urgent, then high, then normal. */
export type CasePriority = 'urgent' | 'high' | 'normal';

/** Why the conversation went to a person (the bot's reasons, or `agent` when an agent opened it). */
export type CaseReason = 'urgent' | 'human-request' | 'repeated-fallback' | 'sensitive' | 'vip' | 'agent';

/** One handoff of one conversation to a person. */
export interface Case {
  id: string;
  conversationId: string;
  customerId: string;
  state: CaseState;
  priority: CasePriority;
  reason: CaseReason;
  /** The customer's channel when the case opened (replies follow the conversation's current one). */
  channel: Channel;
  locale: string | null;
  /** The customer's tier when the case opened (SLA policies match on it). */
  tier: string;
  /** Topic tags for routing by skill. */
  tags: string[];
  /** `bot` or `agent:<id>`. */
  openedBy: string;
  /** The customer message that led to the handoff. */
  triggerMessageId: string | null;
  assigneeId: string | null;
  /** Set once an SLA breach escalated the case to supervisors. */
  escalated: boolean;
  openedAt: Date;
  /** Since when the customer waits for a person (queue order within a priority). */
  waitingSince: Date;
  assignedAt: Date | null;
  firstResponseAt: Date | null;
  lastAgentResponseAt: Date | null;
  /** The first customer message after the latest agent reply (next-response SLA). */
  customerWaitingSince: Date | null;
  resolvedAt: Date | null;
  /** When the case left the queue for good (resolved or returned). */
  closedAt: Date | null;
  /** Stretches the case waited on the customer (they stop the resolution clock), oldest first. */
  pauses: CasePause[];
  /** The expected wait the customer was last told while queued, and when. */
  waitNotice: { waitMs: number; at: Date } | null;
  updatedAt: Date;
}

/** A stretch during which an agent waited on the customer's answer; `to` null while it lasts. */
export interface CasePause {
  from: Date;
  to: Date | null;
}

/** Most pauses kept per case; a case that asked the customer more often stops pausing. */
export const MAX_CASE_PAUSES = 100;

/** One page of the queue listing; `after` is the previous page's last case. */
export interface CasePageQuery {
  states: readonly CaseState[];
  priority?: CasePriority;
  limit: number;
  after?: { priorityRank: number; waitingSince: number; id: string };
}

/** What opens a case: who, why, how urgently; the rest starts empty (state `queued`). */
export type NewCase = Pick<
  Case,
  | 'conversationId'
  | 'customerId'
  | 'priority'
  | 'reason'
  | 'channel'
  | 'locale'
  | 'tier'
  | 'tags'
  | 'openedBy'
  | 'triggerMessageId'
> & { at: Date };

/** Kinds of entries in a case's audit trail. */
export type CaseEventType =
  | 'opened'
  | 'assigned'
  | 'agent-message'
  | 'customer-message'
  | 'priority-raised'
  | 'escalated'
  | 'resolved'
  | 'returned'
  | 'requeued'
  | 'reassigned';

/** One audited transition or message of a case. */
export interface CaseEvent {
  id: string;
  caseId: string;
  type: CaseEventType;
  /** `system`, `bot`, `customer`, `agent:<id>`. */
  actor: string;
  messageId: string | null;
  detail: Record<string, unknown>;
  at: Date;
}

/** An SLA warning or breach to record for a case; `key` is the SLA engine's unique event key. */
export interface CaseSlaRecord {
  key: string;
  type: 'sla.warning' | 'sla.breached';
  target: string;
  dueAt: Date;
}

/** Cases on the store; every transition is one transaction that keeps the conversation's state in step. */
export interface CaseRepository {
  /**
   * Open a case unless the conversation has one open; either way the conversation is `queued` (or
   * stays `assigned`). Concurrent opens for one conversation return the same case.
   * `queuePosition`: the new case's place in the queue as it was opened (null when not created).
   */
  open(input: NewCase): Promise<{ case: Case; created: boolean; queuePosition: number | null }>;
  get(id: string): Promise<Case | null>;
  /** The queued or assigned case of a conversation, if any. */
  openFor(conversationId: string): Promise<Case | null>;
  /**
   * Assign a queued case; null when it is no longer queued (another agent took it). `actor`
   * defaults to the agent (`system` when routing assigned it).
   */
  claim(caseId: string, agentId: string, at: Date, actor?: string): Promise<Case | null>;
  /**
   * Routing's claim (actor `system`): null also when the agent is not online or already holds as
   * many cases as their capacity — checked atomically, so routers in several processes never put
   * an agent over capacity.
   */
  claimRouted(caseId: string, agentId: string, at: Date): Promise<Case | null>;
  /**
   * An agent's message went to the customer: first/last response times; `awaitCustomer` starts a
   * pause (the agent asked something and waits on the answer). Null unless assigned.
   */
  recordAgentMessage(
    caseId: string,
    actor: string,
    messageId: string,
    at: Date,
    awaitCustomer?: boolean,
  ): Promise<Case | null>;
  /** A customer message arrived while the case is open (it ends a pause). Null when it is not open. */
  recordCustomerMessage(caseId: string, messageId: string, at: Date): Promise<Case | null>;
  /** Close the case as resolved (conversation `resolved`); null unless it was open. */
  resolve(caseId: string, actor: string, at: Date): Promise<Case | null>;
  /** Close the case and give the conversation back to the bot; null unless it was open. */
  returnToBot(caseId: string, actor: string, at: Date): Promise<Case | null>;
  /**
   * Mark the case escalated to supervisors and raise its priority to `to` (pass `to = from` to flag
   * only) if it still has priority `from`; null when it changed meanwhile or the case is closed.
   */
  escalate(caseId: string, from: CasePriority, to: CasePriority, at: Date): Promise<Case | null>;
  /** Put an agent's assigned case back in the queue (the agent went offline); null unless theirs. */
  requeue(caseId: string, agentId: string, actor: string, at: Date): Promise<Case | null>;
  /** Assign an open case to `agentId`, whoever held it; null when it is closed or already theirs. */
  reassign(caseId: string, agentId: string, actor: string, at: Date): Promise<Case | null>;
  /**
   * Record the wait the customer is told, if the last notice is still the one the caller saw
   * (`previousAt`, null for none); false when another process told them meanwhile.
   */
  recordWaitNotice(caseId: string, waitMs: number, previousAt: Date | null, at: Date): Promise<boolean>;
  /** Store SLA events; returns the keys that were new (each key is stored once per case, ever). */
  recordSlaEvents(caseId: string, events: CaseSlaRecord[], at: Date): Promise<string[]>;
  /** Keys of the SLA events recorded for a case. */
  slaKeys(caseId: string): Promise<string[]>;
  /** Queued and assigned cases. */
  listOpen(): Promise<Case[]>;
  /** Queued cases in service order: priority, then longest waiting. */
  listQueued(limit: number): Promise<Case[]>;
  /** 1-based place of a queued case in service order; null unless queued. */
  queuePosition(caseId: string): Promise<number | null>;
  /** One page of open cases in service order, filtered in SQL. */
  listPage(query: CasePageQuery): Promise<Case[]>;
  /** Cases assigned to an agent and still open. */
  countAssigned(agentId: string): Promise<number>;
  /** Open assigned cases per agent (agents holding none are absent). */
  assignedCounts(): Promise<Map<string, number>>;
  /** The agent's assigned open cases. */
  listAssigned(agentId: string): Promise<Case[]>;
  /** The audit trail of a case, oldest first. */
  events(caseId: string): Promise<CaseEvent[]>;
}
