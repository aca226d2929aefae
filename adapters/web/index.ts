/**
 * adapters/web owns the `web` channel: the customer chat page and embeddable widget (public/), the
 * JSON + WebSocket API under /webchat, signed session ids, and live delivery of outbound messages.
 */
export { WebChatAdapter, type WebChatAdapterOptions } from './web-chat-adapter';
export type { HistoryReader } from './chat-service';
export type { WebChatLogger } from './logger';
export { SessionTokenSigner, type WebChatSession } from './session-tokens';
export { toInboundMessage, type WebChatInboundInput } from './inbound-mapper';
export type { ServerFrame, WebChatMessageView, WebChatReplyView } from './wire-format';
