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
  /**
   * A fresh, unique, time-ordered id (see gateway/ids.ts), the dedupe key when the client sent no
   * clientMessageId: such a message is never a retry of another.
   */
  fallbackId: string;
  /** How the message arrived, kept in metadata for support staff debugging a session. */
  transport: 'http' | 'websocket';
  /** The validated body or frame, kept for audit. */
  raw: unknown;
}

/** Map a web chat message to the normalized inbound shape (channel `web`). */
export function toInboundMessage(input: WebChatInboundInput): InboundMessage {
  // Namespacing by address keeps one customer's client ids from colliding with another's. A server
  // id is unique alone, and holds no `:`, so it never meets a client's key. Unprefixed, it sorts by
  // time: each new one goes at the end of the dedupe index, on a page the batch shares, instead of
  // in the session's own corner of it, one more page written per turn.
  const externalId =
    input.clientMessageId === undefined ? input.fallbackId : `${input.address}:${input.clientMessageId}`;
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
