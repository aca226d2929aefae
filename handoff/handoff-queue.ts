/**
 * The HandoffQueue seam (DESIGN.md "Core seams"): what agents and the agent API do with cases —
 * open, claim, reply, resolve, return to the bot — plus routing and the context packet. The gateway
 * side of handoffs (the bot opened one, a customer wrote) is `HandoffService` in types.ts.
 */
import type { Channel, StoredMessage } from '../gateway/message';
import type { Case, CasePriority } from '../gateway/store/case-types';
import type { KnownCase } from './context-builder';
import type { CaseContext } from './context-packet';
import type { HandoffEventBus } from './event-bus';

/** What routing knows of an agent. An absent skill list means "any". */
export interface AgentProfile {
  id: string;
  /** Language subtags the agent speaks (`zh`, `en`); matched against the case's locale. */
  languages?: string[];
  channels?: Channel[];
  /** Topic tags; a tagged case needs an agent with at least one of its tags. */
  tags?: string[];
  /** Most cases the agent holds at once. */
  capacity: number;
}

/** An agent opens a case on a conversation themselves (e.g. a supervisor spotted a problem). */
export interface AgentOpenRequest {
  conversationId: string;
  agentId: string;
  priority: CasePriority;
  tags?: string[];
}

/** An agent's reply, sent over the customer's current channel through the outbox. */
export interface AgentReply {
  caseId: string;
  /** Who writes: the assignee, or a supervisor stepping in (`asSupervisor`); audited as them. */
  agentId: string;
  /** A supervisor replies on a case assigned to someone else. */
  asSupervisor?: boolean;
  text: string;
  /** Same key → sent once (e.g. the API request id). */
  idempotencyKey?: string;
  /**
   * The agent asked the customer something and waits on the answer: the resolution clock pauses
   * until the customer's next message.
   */
  awaitCustomer?: boolean;
}

/** The queue as agents use it. Errors: SB_ERR_NOT_FOUND, SB_ERR_CASE_TAKEN, SB_ERR_CASE_STATE. */
export interface HandoffQueue {
  /** Case events for the events socket, notifications and metrics. */
  readonly events: HandoffEventBus;
  openByAgent(request: AgentOpenRequest): Promise<Case>;
  /** Take a queued case; SB_ERR_CASE_TAKEN (409) when someone else was first. */
  claim(caseId: string, agentId: string): Promise<Case>;
  /** Reply on a case the agent holds. */
  reply(reply: AgentReply): Promise<StoredMessage>;
  resolve(caseId: string, actor: string): Promise<Case>;
  returnToBot(caseId: string, actor: string): Promise<Case>;
  /** The queued case this agent should take next (without taking it); null when none fits. */
  nextForAgent(agent: AgentProfile): Promise<Case | null>;
  /** `known`: the case as just read, e.g. by `handoff.opened`, so it is not read again (see KnownCase). */
  getCaseWithContext(caseId: string, known?: KnownCase): Promise<CaseContext>;
}
