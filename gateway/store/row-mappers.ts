/**
 * Row ⇄ domain conversions: epoch milliseconds become `Date`s, JSON text becomes values, and the
 * domain's insert shapes become rows. Pure functions, so every repository maps the same way.
 */
import type { Attachment, Channel, OutboundMessage, QuickReply, StoredMessage } from '../message';
import type { ConversationState } from '../turn';
import type {
  AuditAction,
  AuditEntry,
  Conversation,
  Customer,
  Identity,
  IdentityChannel,
  NewInboundMessage,
  NewOutboundMessage,
  OutboxItem,
  RecordTurn,
} from './types';
import type {
  AuditLogTable,
  ConversationsTable,
  CustomersTable,
  IdentitiesTable,
  MessageRow,
  MessagesTable,
  OutboxTable,
} from './schema';
import { parseJson, toDate, toJson } from './store-context';

export function toCustomer(row: CustomersTable): Customer {
  return {
    id: row.id,
    displayName: row.display_name,
    tier: row.tier,
    locale: row.locale,
    tags: parseJson<string[]>(row.tags, []),
    mergedInto: row.merged_into,
    createdAt: new Date(row.created_at),
  };
}

export function toIdentity(row: IdentitiesTable): Identity {
  return {
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel as IdentityChannel,
    address: row.address,
    createdAt: new Date(row.created_at),
  };
}

export function toAuditEntry(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    action: row.action as AuditAction,
    customerId: row.customer_id,
    otherCustomerId: row.other_customer_id,
    identityId: row.identity_id,
    actor: row.actor,
    detail: parseJson<Record<string, unknown>>(row.detail, {}),
    at: new Date(row.at),
  };
}

export function toConversation(row: ConversationsTable): Conversation {
  return {
    id: row.id,
    customerId: row.customer_id,
    seq: Number(row.seq),
    state: row.state as ConversationState,
    channel: row.channel as Channel,
    address: row.address,
    botState: parseJson<Record<string, unknown>>(row.bot_state, {}),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    lastMessageAt: new Date(row.last_message_at),
    resolvedAt: toDate(row.resolved_at),
  };
}

/** A message as read, with its outbox status. */
export function toMessage(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    customerId: row.customer_id,
    channel: row.channel as Channel,
    direction: row.direction === 'out' ? 'out' : 'in',
    externalId: row.external_id,
    threadKey: row.thread_key,
    address: row.address,
    text: row.text,
    options: parseJson<QuickReply[]>(row.options, []),
    attachments: parseJson<Attachment[]>(row.attachments, []),
    locale: row.locale,
    metadata: parseJson<Record<string, unknown>>(row.metadata, {}),
    raw: parseJson<unknown>(row.raw, null),
    author: row.author as StoredMessage['author'],
    inReplyTo: row.in_reply_to,
    sentAt: toDate(row.sent_at ?? row.delivered_at),
    createdAt: new Date(row.created_at),
    processedAt: toDate(row.processed_at),
    decision: parseJson<Record<string, unknown> | null>(row.decision, null),
    deliveryStatus: row.delivery_status ?? (row.direction === 'out' && row.sent_at !== null ? 'sent' : null),
  };
}

export function toOutboxItem(row: OutboxTable): OutboxItem {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    messageId: row.message_id,
    conversationId: row.conversation_id,
    channel: row.channel as Channel,
    address: row.address,
    payload: parseJson<OutboundMessage>(row.payload, { text: '' }),
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(row.next_attempt_at),
    leaseUntil: toDate(row.lease_until),
    lastError: row.last_error,
    providerMessageId: row.provider_message_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sentAt: toDate(row.sent_at),
  };
}

/**
 * The stored message for an inbound message this store just inserted (with `processed`: written
 * already processed, as `processedInboundRow`), what `toMessage` reads back for its row. Built from
 * the message's own values, so no JSON is parsed back; its JSON values are shared, not copied.
 */
export function writtenInbound(
  message: NewInboundMessage,
  processed?: Pick<RecordTurn, 'at' | 'decision'>,
): StoredMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    customerId: message.customerId,
    channel: message.channel,
    direction: 'in',
    externalId: message.externalId,
    threadKey: message.threadKey,
    address: message.address,
    text: message.text,
    options: [],
    attachments: message.attachments,
    locale: message.locale,
    metadata: message.metadata,
    raw: message.raw ?? null,
    author: 'customer',
    inReplyTo: null,
    sentAt: message.sentAt === null ? null : new Date(message.sentAt.getTime()),
    createdAt: new Date(message.createdAt.getTime()),
    processedAt: processed ? new Date(processed.at.getTime()) : null,
    decision: processed?.decision ?? null,
    deliveryStatus: null,
  };
}

/**
 * The stored message for an outbound message this store just inserted: `pending`, or `sent` when it
 * was delivered inline (its row carries `sent_at`). Built from the message's own values.
 */
export function writtenOutbound(message: NewOutboundMessage): StoredMessage {
  const inline = message.deliveredInline === true;
  return {
    id: message.id,
    conversationId: message.conversationId,
    customerId: message.customerId,
    channel: message.channel,
    direction: 'out',
    externalId: message.idempotencyKey,
    threadKey: message.threadKey,
    address: message.address,
    text: message.text,
    options: message.options,
    attachments: message.attachments,
    locale: message.locale,
    metadata: message.metadata,
    raw: null,
    author: message.author,
    inReplyTo: message.inReplyTo,
    sentAt: inline ? new Date(message.createdAt.getTime()) : null,
    createdAt: new Date(message.createdAt.getTime()),
    processedAt: null,
    decision: null,
    deliveryStatus: inline ? 'sent' : 'pending',
  };
}

/** The row for a new inbound message (not yet processed). */
export function inboundRow(message: NewInboundMessage): MessagesTable {
  return {
    id: message.id,
    conversation_id: message.conversationId,
    customer_id: message.customerId,
    channel: message.channel,
    direction: 'in',
    external_id: message.externalId,
    thread_key: message.threadKey,
    address: message.address,
    text: message.text,
    options: '[]',
    attachments: JSON.stringify(message.attachments),
    locale: message.locale,
    metadata: JSON.stringify(message.metadata),
    raw: toJson(message.raw ?? undefined),
    author: 'customer',
    in_reply_to: null,
    idempotency_key: null,
    decision: null,
    processed_at: null,
    sent_at: message.sentAt?.getTime() ?? null,
    created_at: message.createdAt.getTime(),
  };
}

/** The inbound row of a whole turn, written already processed with the bot's decision. */
export function processedInboundRow(turn: RecordTurn): MessagesTable {
  return {
    ...inboundRow(turn.inbound),
    processed_at: turn.at.getTime(),
    decision: toJson(turn.decision ?? undefined),
  };
}

/**
 * The row for a new outbound message. Its external id is the idempotency key until a provider
 * assigns one (kept on the outbox row), so outbound rows are unique on both columns.
 */
export function outboundRow(message: NewOutboundMessage): MessagesTable {
  return {
    id: message.id,
    conversation_id: message.conversationId,
    customer_id: message.customerId,
    channel: message.channel,
    direction: 'out',
    external_id: message.idempotencyKey,
    thread_key: message.threadKey,
    address: message.address,
    text: message.text,
    options: JSON.stringify(message.options),
    attachments: JSON.stringify(message.attachments),
    locale: message.locale,
    metadata: JSON.stringify(message.metadata),
    raw: null,
    author: message.author,
    in_reply_to: message.inReplyTo,
    idempotency_key: message.idempotencyKey,
    decision: null,
    processed_at: null,
    // A reply delivered in the response to the customer's request is sent when it is written; it
    // never gets an outbox row, so this column is where its delivery is recorded.
    sent_at: message.deliveredInline === true ? message.createdAt.getTime() : null,
    created_at: message.createdAt.getTime(),
  };
}

/** What the adapter will be asked to deliver: only the fields a channel needs. */
export function outboundPayload(message: NewOutboundMessage): OutboundMessage {
  const payload: OutboundMessage = { text: message.text };
  if (message.options.length > 0) payload.options = message.options;
  if (message.attachments.length > 0) payload.attachments = message.attachments;
  if (message.locale !== null) payload.locale = message.locale;
  if (message.threadKey !== null) payload.threadKey = message.threadKey;
  if (Object.keys(message.metadata).length > 0) payload.metadata = message.metadata;
  return payload;
}

/** The outbox row that delivers `message`, due at once. */
export function outboxRow(id: string, message: NewOutboundMessage): OutboxTable {
  const at = message.createdAt.getTime();
  return {
    id,
    idempotency_key: message.idempotencyKey,
    message_id: message.id,
    conversation_id: message.conversationId,
    channel: message.channel,
    address: message.address,
    payload: JSON.stringify(outboundPayload(message)),
    status: 'pending',
    attempts: 0,
    next_attempt_at: at,
    lease_until: null,
    last_error: null,
    provider_message_id: null,
    created_at: at,
    updated_at: at,
    sent_at: null,
  };
}
