/**
 * Row types of the store's tables as Kysely sees them. Timestamps are epoch milliseconds (numbers on
 * both dialects: pg is told to parse int8 as a number), JSON columns are TEXT holding JSON, and ids are
 * TEXT. Conversion to the domain types (Dates, parsed JSON) happens in `row-mappers.ts`.
 */
import { sql } from 'kysely';
import type { DeliveryStatus } from './types';

/** A customer; `merged_into` points at the survivor after a merge. */
export interface CustomersTable {
  id: string;
  display_name: string | null;
  tier: string;
  locale: string | null;
  /** JSON array of strings. */
  tags: string;
  merged_into: string | null;
  created_at: number;
}

/** One (channel, address) pair owned by one customer; unique per channel. */
export interface IdentitiesTable {
  id: string;
  customer_id: string;
  channel: string;
  address: string;
  created_at: number;
}

/** Who linked, unlinked, merged or unmerged what; `detail` (JSON) holds what an undo needs. */
export interface AuditLogTable {
  id: string;
  action: string;
  customer_id: string;
  other_customer_id: string | null;
  identity_id: string | null;
  actor: string;
  detail: string;
  at: number;
}

/** A customer's conversation; `seq` is 1, 2, 3… per customer. */
export interface ConversationsTable {
  id: string;
  customer_id: string;
  seq: number;
  state: string;
  channel: string;
  address: string;
  /** JSON object. */
  bot_state: string;
  created_at: number;
  updated_at: number;
  last_message_at: number;
  resolved_at: number | null;
}

/**
 * Both directions. Inbound rows dedupe on (channel, direction, external_id); outbound on
 * idempotency_key. An outbound message's delivery status is not copied here: it is read from its
 * outbox row (one source of truth, and marking a row sent stays a single-row update).
 */
export interface MessagesTable {
  id: string;
  conversation_id: string;
  customer_id: string;
  channel: string;
  direction: string;
  external_id: string;
  thread_key: string | null;
  address: string;
  text: string;
  /** JSON array of quick replies. */
  options: string;
  /** JSON array of attachments. */
  attachments: string;
  locale: string | null;
  /** JSON object. */
  metadata: string;
  /** JSON of the provider payload, or null when there was none. */
  raw: string | null;
  author: string;
  in_reply_to: string | null;
  /** Outbound only: the outbox idempotency key (unique). */
  idempotency_key: string | null;
  /** Inbound only: the bot's decision (JSON) stored by completeTurn. */
  decision: string | null;
  /** Inbound only: when completeTurn stored the turn's outcome; null means still to process. */
  processed_at: number | null;
  /** Inbound: the provider's send time. Outbound: see the outbox row's `sent_at`. */
  sent_at: number | null;
  created_at: number;
}

/** Durable outbound queue. A row is due when `status` is pending/failed/sending and `next_attempt_at` ≤ now. */
export interface OutboxTable {
  id: string;
  idempotency_key: string;
  message_id: string;
  conversation_id: string;
  channel: string;
  address: string;
  /** JSON of the `OutboundMessage` to deliver. */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  provider_message_id: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
}

/**
 * The conversations each channel address wrote or was written to in, one row per address and
 * conversation, added by a trigger on every message insert (migration 0012).
 */
export interface MessageAddressesTable {
  channel: string;
  address: string;
  conversation_id: string;
}

/** The whole schema, for `Kysely<StoreDatabase>`. */
export interface StoreDatabase {
  customers: CustomersTable;
  identities: IdentitiesTable;
  audit_log: AuditLogTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  message_addresses: MessageAddressesTable;
  outbox: OutboxTable;
}

/** A message as read: the row plus its outbox row's status and send time (outbound only). */
export interface MessageRow extends MessagesTable {
  delivery_status: DeliveryStatus | null;
  delivered_at: number | null;
}

/**
 * The inbound direction written into a statement's SQL rather than bound: `messages` has partial
 * indexes on `direction = 'in'`, and SQLite re-prepares a statement before every run when its planner
 * compared one of the statement's bound values with a partial index's predicate (about 75,000
 * instructions a time). Filter inbound messages with `.where('direction', '=', INBOUND)`.
 */
export const INBOUND = sql.lit('in' as const);

/** Every column of each table, so whole-row inserts can be prepared (see `slotRow`). */
export const COLUMNS = {
  customers: columns<CustomersTable>({
    id: 1,
    display_name: 1,
    tier: 1,
    locale: 1,
    tags: 1,
    merged_into: 1,
    created_at: 1,
  }),
  identities: columns<IdentitiesTable>({ id: 1, customer_id: 1, channel: 1, address: 1, created_at: 1 }),
  audit_log: columns<AuditLogTable>({
    id: 1,
    action: 1,
    customer_id: 1,
    other_customer_id: 1,
    identity_id: 1,
    actor: 1,
    detail: 1,
    at: 1,
  }),
  conversations: columns<ConversationsTable>({
    id: 1,
    customer_id: 1,
    seq: 1,
    state: 1,
    channel: 1,
    address: 1,
    bot_state: 1,
    created_at: 1,
    updated_at: 1,
    last_message_at: 1,
    resolved_at: 1,
  }),
  messages: columns<MessagesTable>({
    id: 1,
    conversation_id: 1,
    customer_id: 1,
    channel: 1,
    direction: 1,
    external_id: 1,
    thread_key: 1,
    address: 1,
    text: 1,
    options: 1,
    attachments: 1,
    locale: 1,
    metadata: 1,
    raw: 1,
    author: 1,
    in_reply_to: 1,
    idempotency_key: 1,
    decision: 1,
    processed_at: 1,
    sent_at: 1,
    created_at: 1,
  }),
  outbox: columns<OutboxTable>({
    id: 1,
    idempotency_key: 1,
    message_id: 1,
    conversation_id: 1,
    channel: 1,
    address: 1,
    payload: 1,
    status: 1,
    attempts: 1,
    next_attempt_at: 1,
    lease_until: 1,
    last_error: 1,
    provider_message_id: 1,
    created_at: 1,
    updated_at: 1,
    sent_at: 1,
  }),
};

// Taking a record keyed by every column makes the compiler reject a list that misses one.
function columns<T>(all: Record<keyof T & string, 1>): (keyof T & string)[] {
  return Object.keys(all) as (keyof T & string)[];
}
