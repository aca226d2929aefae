/**
 * The ChannelAdapter seam: one implementation per channel under adapters/. Adapters depend on
 * gateway types only; the composition root wires them to the gateway.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Channel, InboundMessage, OutboundMessage } from './message';
import type { TurnResult } from './turn';

/** What a channel can carry; the bot and agents degrade replies to fit. */
export interface ChannelCapabilities {
  /** Longest text one outbound message may hold (characters); longer text is split or shortened. */
  maxTextLength: number;
  /** Markdown/HTML formatting survives delivery. */
  richText: boolean;
  attachments: boolean;
  /** Tappable options; otherwise options are rendered as a numbered list. */
  quickReplies: boolean;
  /**
   * Milliseconds within which a reply must be rendered into the provider's HTTP response
   * (voice TwiML, WeChat OA passive reply); 0 when replies are always sent asynchronously.
   */
  synchronousReplyWindowMs: number;
  /**
   * The adapter hands a live turn's replies back itself, in its response to the customer's request
   * (web chat: the HTTP response and the session's sockets). The gateway then records them as sent
   * instead of queueing them; a turn finished later (crash recovery) still goes through the outbox.
   */
  inlineReplies?: boolean;
}

/** Where adapters hand inbound messages. Resolves once the turn is stored and decided. */
export interface InboundSink {
  receive(message: InboundMessage): Promise<TurnResult>;
}

/** The provider's acknowledgement of one outbound message. */
export interface SendReceipt {
  /** The provider's id for the sent message, when it gives one. */
  providerMessageId?: string;
  /** `sent` when handed to the provider; `delivered` when delivery is already confirmed. */
  status: 'sent' | 'delivered';
}

/** Details the gateway passes with each send so adapters can stay idempotent. */
export interface SendContext {
  /** Stable across retries of the same outbound message. */
  idempotencyKey: string;
  /** The stored outbound message id. */
  messageId: string;
  conversationId: string;
}

export interface ChannelAdapter {
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities;
  /** Webhook channels register their HTTP routes here (a Fastify plugin). */
  readonly routes?: FastifyPluginAsync;
  /** Begin accepting inbound messages (open sockets, start polling). */
  start(sink: InboundSink): Promise<void>;
  /** Stop accepting inbound messages and release resources. */
  stop(): Promise<void>;
  /**
   * Throws a SwitchboardError when the channel will refuse messages to `address` (an SMS number
   * that opted out), so an agent's reply is refused at once instead of failing in the outbox.
   */
  checkRecipient?(address: string): Promise<void>;
  /** Deliver one message to an address on this channel. Throws a SwitchboardError on failure. */
  send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt>;
}
