/**
 * The Store seam: the database is the source of truth for customers, identities, conversations,
 * messages and the outbox. Two implementations share one schema: SQLite (embedded default) and
 * PostgreSQL. Operations are shaped after what the ingest pipeline needs, so each is one short
 * transaction and races are settled by unique constraints, not by locks in memory.
 */
import type { Attachment, Channel, Direction, OutboundMessage, QuickReply, StoredMessage } from '../message';
import type { ConversationState } from '../turn';
import type { KbRepository } from '../../knowledge/kb-repository';
import type { AccountRepository } from '../auth/types';
import type { AgentRepository } from './agent-repository';
import type { CaseFeedbackRepository } from './case-feedback-repository';
import type { CaseRepository } from './case-types';
import type { CustomerErasureRepository } from './customer-erasure';
import type { SmsRepository } from './sms-repository';
import type { StatsRepository } from './stats-types';

export interface Customer {
  id: string;
  displayName: string | null;
  /** `standard` unless set (e.g. `vip`); routing and SLA read it. */
  tier: string;
  locale: string | null;
  tags: string[];
  /** Set when this customer was merged into another; the survivor answers for it. */
  mergedInto: string | null;
  createdAt: Date;
}

/**
 * What an identity's address is: a channel id, or `phone`, which SMS and voice share so one number
 * is one person on both (see gateway/addresses.ts).
 */
export type IdentityChannel = Channel | 'phone';

export interface Identity {
  id: string;
  customerId: string;
  channel: IdentityChannel;
  /** Normalized address: E.164 phone, lower-cased e-mail, channel user id. Unique per channel. */
  address: string;
  createdAt: Date;
}

export type AuditAction =
  | 'identity.created'
  | 'identity.linked'
  | 'identity.unlinked'
  | 'customer.merged'
  | 'customer.unmerged'
  | 'customer.erased'
  | 'customer.updated';

/** Profile fields agents keep on a customer; absent fields stay as they are. */
export interface CustomerProfileChanges {
  displayName?: string | null;
  tier?: string;
  tags?: string[];
}

export interface AuditEntry {
  id: string;
  action: AuditAction;
  customerId: string;
  /** The other customer in a merge/unmerge. */
  otherCustomerId: string | null;
  identityId: string | null;
  /** Who did it: `system`, `agent:<id>`, … */
  actor: string;
  /** Details needed to undo (e.g. the identity ids a merge moved). */
  detail: Record<string, unknown>;
  at: Date;
}

export interface Conversation {
  id: string;
  customerId: string;
  /** 1, 2, 3… per customer; unique together with customerId (settles concurrent creation). */
  seq: number;
  state: ConversationState;
  /** The channel of the latest inbound message: where replies go. */
  channel: Channel;
  /** The address on that channel. */
  address: string;
  botState: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  lastMessageAt: Date;
  resolvedAt: Date | null;
}

/** An inbound message to store; the external id is the dedupe key per channel. */
export interface NewInboundMessage {
  id: string;
  conversationId: string;
  customerId: string;
  channel: Channel;
  externalId: string;
  threadKey: string | null;
  address: string;
  text: string;
  attachments: Attachment[];
  locale: string | null;
  metadata: Record<string, unknown>;
  raw: unknown;
  sentAt: Date | null;
  createdAt: Date;
}

/** An outbound message and its outbox row, written in one transaction. */
export interface NewOutboundMessage {
  id: string;
  conversationId: string;
  customerId: string;
  channel: Channel;
  address: string;
  author: 'bot' | 'agent' | 'system';
  inReplyTo: string | null;
  text: string;
  options: QuickReply[];
  attachments: Attachment[];
  locale: string | null;
  threadKey: string | null;
  metadata: Record<string, unknown>;
  /** Outbox idempotency key: the same key is never enqueued twice. */
  idempotencyKey: string;
  /**
   * Already delivered in the response to the customer's own request (web chat): recorded as sent,
   * never queued for the outbox worker.
   */
  deliveredInline?: boolean;
  createdAt: Date;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'delivered' | 'failed' | 'dead';

export interface OutboxItem {
  id: string;
  idempotencyKey: string;
  messageId: string;
  conversationId: string;
  channel: Channel;
  address: string;
  payload: OutboundMessage;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  /** While `sending`: the claim expires then, and another worker may retry. */
  leaseUntil: Date | null;
  lastError: string | null;
  providerMessageId: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export interface CompleteTurn {
  inboundId: string;
  /** What the bot decided (kind, candidates with scores, entry, reason), kept for context and audit. */
  decision: Record<string, unknown> | null;
  conversationId: string;
  state: ConversationState;
  botState: Record<string, unknown>;
  replies: NewOutboundMessage[];
  at: Date;
}

/**
 * A whole turn stored at once: the inbound message, already processed, with its outcome. For a
 * customer waiting on the open request (web chat), whose acknowledgement is the answer itself.
 */
export interface RecordTurn extends Omit<CompleteTurn, 'inboundId'> {
  inbound: NewInboundMessage;
}

/** What {@link Store.recordTurn} stored; `inserted: false` is a duplicate, stored before, untouched. */
export interface RecordedTurn {
  message: StoredMessage;
  inserted: boolean;
  /** The replies just stored; empty for a duplicate. */
  replies: StoredMessage[];
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Apply pending migrations. Safe to call concurrently from several processes. */
  migrate(): Promise<void>;
  /** Cheap round trip for health checks. */
  ping(): Promise<void>;
  /** The knowledge base: draft entries, their versions and published snapshots. */
  readonly kb: KbRepository;
  /** Accounts that sign in to the API, and their session and API tokens. */
  readonly accounts: AccountRepository;
  /** Read-only KPI queries (`/api/v1/stats`, the handoff gauges). */
  readonly stats: StatsRepository;
  /** Handoff cases, their audit trail and recorded SLA events. */
  readonly cases: CaseRepository;
  /** Agents' internal notes on cases and customers' CSAT answers. */
  readonly caseFeedback: CaseFeedbackRepository;
  /** SMS opt-outs and provider delivery reports (migration 0006). */
  readonly sms: SmsRepository;
  /** Agents' availability (online / away / offline), skills and capacity for routing. */
  readonly agents: AgentRepository;
  /** Irreversible erasure of a customer's personal data (counts and KPIs stay). */
  readonly erasure: CustomerErasureRepository;
  close(): Promise<void>;

  // identity
  /** Find the customer owning (channel, address), creating customer + identity when new. */
  resolveIdentity(
    channel: IdentityChannel,
    address: string,
    at: Date,
  ): Promise<{ customer: Customer; identity: Identity; created: boolean }>;
  getCustomer(id: string): Promise<Customer | null>;
  listIdentities(customerId: string): Promise<Identity[]>;
  /** Attach (channel, address) to a customer; moves it if another customer owned it. Audited. */
  linkIdentity(
    customerId: string,
    channel: IdentityChannel,
    address: string,
    actor: string,
  ): Promise<Identity>;
  /** Detach an identity into a new customer of its own. Audited. */
  unlinkIdentity(identityId: string, actor: string): Promise<Customer>;
  /** Merge `mergedId` into `survivorId`: identities move, the merged customer points at the survivor. Audited. */
  mergeCustomers(survivorId: string, mergedId: string, actor: string): Promise<void>;
  /** Undo a merge exactly: the identities the merge moved go back. Audited. */
  unmergeCustomers(survivorId: string, mergedId: string, actor: string): Promise<void>;
  listAudit(customerId: string): Promise<AuditEntry[]>;
  /** Change a customer's name, tier or tags; audited as `customer.updated` when anything changed. */
  updateCustomerProfile(
    customerId: string,
    changes: CustomerProfileChanges,
    actor: string,
  ): Promise<Customer>;

  // conversations
  /**
   * The customer's current conversation: the latest one, unless it is resolved for longer than
   * `reopenWindowMs`, in which case a new one (state `bot`) is created. Updates channel/address.
   */
  currentConversation(
    customerId: string,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<Conversation>;
  /**
   * Who wrote and where it goes, in one step: the customer owning (`identityChannel`, `address`)
   * as {@link Store.resolveIdentity} finds or creates them, and their
   * {@link Store.currentConversation} on (`channel`, `address`). Concurrent calls share the reads of
   * both (one batch, not two in a row), which is what every inbound message starts with.
   */
  resolveSender(
    identityChannel: IdentityChannel,
    channel: Channel,
    address: string,
    at: Date,
    reopenWindowMs: number,
  ): Promise<{ customer: Customer; conversation: Conversation }>;
  getConversation(id: string): Promise<Conversation | null>;
  setConversationState(id: string, state: ConversationState, at: Date): Promise<void>;

  // messages
  /** Insert unless (channel, externalId) exists; returns the stored row and whether it was new. */
  insertInbound(message: NewInboundMessage): Promise<{ message: StoredMessage; inserted: boolean }>;
  /** Store the turn's outcome atomically: outbound messages + outbox rows, inbound marked processed. */
  completeTurn(turn: CompleteTurn): Promise<StoredMessage[]>;
  /**
   * Store the inbound message with its outcome in one transaction. A duplicate (same external id)
   * is not written: the stored message comes back with `inserted: false`.
   */
  recordTurn(turn: RecordTurn): Promise<RecordedTurn>;
  /** Enqueue outbound messages outside a turn (agent replies, notices). A key already enqueued is not enqueued again: the existing message is returned in its place. */
  enqueueOutbound(messages: NewOutboundMessage[]): Promise<StoredMessage[]>;
  /** Outbound messages written in reply to an inbound message, in order. */
  repliesTo(inboundId: string): Promise<StoredMessage[]>;
  /** Inbound messages stored but not yet processed (crash recovery), oldest first. */
  unprocessedInbound(limit: number): Promise<StoredMessage[]>;
  getMessage(id: string): Promise<StoredMessage | null>;
  listConversationMessages(conversationId: string): Promise<StoredMessage[]>;
  /** One timeline across channels: the customer's messages and those of customers merged into it. */
  listCustomerTimeline(customerId: string, limit: number): Promise<StoredMessage[]>;
  /** Messages on one channel address, oldest first, after a message id when given (web chat history). */
  listByAddress(
    channel: Channel,
    address: string,
    afterId: string | null,
    limit: number,
  ): Promise<StoredMessage[]>;

  // outbox
  /** Claim up to `limit` due rows (pending, failed with nextAttemptAt ≤ now, or sending with an expired lease). */
  claimOutbox(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markSent(
    id: string,
    providerMessageId: string | null,
    status: 'sent' | 'delivered',
    at: Date,
  ): Promise<void>;
  /** Record a failed attempt; `nextAttemptAt` null means give up (`dead`). */
  markFailed(id: string, error: string, nextAttemptAt: Date | null, at: Date): Promise<void>;
  /** Put a claimed row back to `pending` without counting an attempt (it waited behind an earlier failure). */
  releaseOutbox(id: string, nextAttemptAt: Date, at: Date): Promise<void>;
  getOutboxByMessage(messageId: string): Promise<OutboxItem | null>;
  /** Rows not yet sent (pending, sending, failed). */
  outboxBacklog(): Promise<number>;
}

export type { Direction };
