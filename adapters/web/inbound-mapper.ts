/**
 * Turns one customer message from the browser into the gateway's normalized InboundMessage. Pure:
 * everything that varies (the random id, the transport) is passed in, so it is tested directly.
 */
import type { InboundMessage } from '../../gateway/message';

/** What the routes know about one inbound web chat message after validation. */
export interface WebChatInboundInput {
  /** The verified session's address. */
  address: string;
  text: string;
  /** Chosen by the client and reused on retries, so the gateway can deduplicate them. */
  clientMessageId?: string;
  /** An explicit `locale` field from the client; wins over the header. */
  locale?: string;
  /** The locale picked from `Accept-Language`, if any. */
  headerLocale?: string;
  /** A fresh random id, used as the dedupe key when the client sent no clientMessageId. */
  fallbackId: string;
  /** How the message arrived, kept in metadata for support staff debugging a session. */
  transport: 'http' | 'websocket';
  /** The validated body or frame, kept for audit. */
  raw: unknown;
}

/** Map a web chat message to the normalized inbound shape (channel `web`). */
export function toInboundMessage(input: WebChatInboundInput): InboundMessage {
  // Namespacing by address keeps one customer's client ids from colliding with another's.
  const externalId =
    input.clientMessageId === undefined
      ? `${input.address}:srv-${input.fallbackId}`
      : `${input.address}:${input.clientMessageId}`;
  const locale = input.locale ?? input.headerLocale;
  const message: InboundMessage = {
    channel: 'web',
    externalId,
    threadKey: input.address,
    from: input.address,
    text: input.text,
    metadata: { transport: input.transport },
    raw: input.raw,
  };
  if (locale !== undefined) message.locale = locale;
  return message;
}
