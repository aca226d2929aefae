/**
 * The normalized message: every channel's inbound payload becomes one of these, and every reply
 * leaves as one. The raw provider payload is kept beside it for audit.
 */

/** Channel ids, stable: they appear in the database, metrics and configuration. */
export const CHANNELS = ['sms', 'voice', 'email', 'wechat', 'wechat-oa', 'web', 'botframework'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Direction = 'in' | 'out';

/** A file or media item attached to a message. Content is referenced, never inlined. */
export interface Attachment {
  /** Where the content can be fetched (provider URL or our own storage URL). */
  url: string;
  /** MIME type, e.g. `image/jpeg`. */
  contentType: string;
  name?: string;
  /** Size in bytes when the provider tells it. */
  size?: number;
}

/** A reply option the customer can tap (or answer by number on text-only channels). */
export interface QuickReply {
  label: string;
  value: string;
}

/**
 * What an adapter hands to the gateway for one inbound message, after verifying the provider's
 * signature. Addresses are already normalized (E.164 phone, lower-cased e-mail, channel user id).
 */
export interface InboundMessage {
  channel: Channel;
  /** The provider's message id: the dedupe key, unique per channel. */
  externalId: string;
  /** Groups messages of one provider thread (e-mail thread, web chat session, call sid). */
  threadKey?: string;
  /** Normalized sender address on this channel. */
  from: string;
  /** Our own address on this channel (our number, mailbox, app id), when there is one. */
  to?: string;
  text: string;
  attachments?: Attachment[];
  /** BCP 47 locale when the channel tells it (`zh-CN`, `en`). */
  locale?: string;
  /** When the customer sent it, by the provider's clock. */
  sentAt?: Date;
  /** Channel-specific extras worth keeping (subject line, call sid, …). */
  metadata?: Record<string, unknown>;
  /** The provider payload exactly as received, for audit. */
  raw?: unknown;
}

/** What the gateway asks an adapter to deliver. */
export interface OutboundMessage {
  text: string;
  options?: QuickReply[];
  attachments?: Attachment[];
  locale?: string;
  /** Thread to reply in (e-mail `In-Reply-To`, web session). */
  threadKey?: string;
  metadata?: Record<string, unknown>;
}

/** A stored message, either direction. */
export interface StoredMessage {
  id: string;
  conversationId: string;
  customerId: string;
  channel: Channel;
  direction: Direction;
  externalId: string;
  threadKey: string | null;
  /** Sender address for inbound, recipient address for outbound. */
  address: string;
  text: string;
  options: QuickReply[];
  attachments: Attachment[];
  locale: string | null;
  metadata: Record<string, unknown>;
  raw: unknown;
  /** Who wrote an outbound message: the bot, an agent, or the system. */
  author: 'customer' | 'bot' | 'agent' | 'system';
  /** For outbound: the inbound message it answers. */
  inReplyTo: string | null;
  sentAt: Date | null;
  createdAt: Date;
  /** Inbound: when the turn for it was completed (null while unprocessed, e.g. after a crash). */
  processedAt: Date | null;
  /** Inbound: what the bot decided (kind, candidates with scores, entry, reason). */
  decision: Record<string, unknown> | null;
  /** Outbound: delivery status mirrored from the outbox (`pending`, `sent`, `delivered`, `failed`, `dead`). */
  deliveryStatus: string | null;
}
