/**
 * The JSON shapes the browser sees. Stored messages carry internal fields (customer id, raw payload,
 * metadata) that must not leak to a client holding only a session token, so everything is mapped
 * through these views.
 */
import type { OutboundMessage, QuickReply, StoredMessage } from '../../gateway/message';

/** One message in a transcript, either direction. */
export interface WebChatMessageView {
  id: string;
  direction: 'in' | 'out';
  author: StoredMessage['author'];
  text: string;
  options?: QuickReply[];
  /** ISO 8601. */
  createdAt: string;
}

/** One reply in the `POST /webchat/messages` response. */
export interface WebChatReplyView {
  id: string;
  author: StoredMessage['author'];
  text: string;
  options?: QuickReply[];
}

/** Frames the server sends over the WebSocket. */
export type ServerFrame =
  | { type: 'session'; sessionId: string; messages: WebChatMessageView[] }
  | { type: 'message'; message: WebChatMessageView; clientMessageId?: string }
  | { type: 'error'; code: string; message: string; clientMessageId?: string }
  | { type: 'pong' };

function copyOptions(options: readonly QuickReply[] | undefined): QuickReply[] | undefined {
  if (options === undefined || options.length === 0) return undefined;
  return options.map((option) => ({ label: option.label, value: option.value }));
}

/** A stored message as the browser sees it. */
export function toMessageView(message: StoredMessage): WebChatMessageView {
  const view: WebChatMessageView = {
    id: message.id,
    direction: message.direction,
    author: message.author,
    text: message.text,
    createdAt: message.createdAt.toISOString(),
  };
  const options = copyOptions(message.options);
  if (options !== undefined) view.options = options;
  return view;
}

/** A turn's reply as returned by `POST /webchat/messages`. */
export function toReplyView(message: StoredMessage): WebChatReplyView {
  const view: WebChatReplyView = { id: message.id, author: message.author, text: message.text };
  const options = copyOptions(message.options);
  if (options !== undefined) view.options = options;
  return view;
}

const AUTHORS: ReadonlySet<string> = new Set(['bot', 'agent', 'system']);

/**
 * An outbound message handed to `send()` as the browser sees it. OutboundMessage has no author
 * field, so the gateway may name one in `metadata.author`; otherwise it shows as the bot's.
 */
export function toOutboundView(outbound: OutboundMessage, messageId: string, now: Date): WebChatMessageView {
  const author = outbound.metadata?.['author'];
  const view: WebChatMessageView = {
    id: messageId,
    direction: 'out',
    author: typeof author === 'string' && AUTHORS.has(author) ? (author as StoredMessage['author']) : 'bot',
    text: outbound.text,
    createdAt: now.toISOString(),
  };
  const options = copyOptions(outbound.options);
  if (options !== undefined) view.options = options;
  return view;
}
