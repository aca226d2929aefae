/**
 * The `web` channel: the customer chat page, its widget, and its HTTP + WebSocket API. Sessions are
 * server-issued signed tokens; every message goes through the gateway sink, and outbound messages
 * are pushed live to every open tab of the session (offline tabs catch up from history).
 */
import type { FastifyPluginAsync } from 'fastify';
import type {
  ChannelAdapter,
  ChannelCapabilities,
  InboundSink,
  SendContext,
  SendReceipt,
} from '../../gateway/adapter';
import type { OutboundMessage } from '../../gateway/message';
import { WebChatService, type HistoryReader } from './chat-service';
import { LiveConnectionHub } from './live-connection-hub';
import { silentLogger, type WebChatLogger } from './logger';
import { createWebChatRoutes } from './routes';
import { SessionTokenSigner } from './session-tokens';
import { splitText } from '../shared/text-splitter';
import { toOutboundView } from './wire-format';

/** Construction options of {@link WebChatAdapter}. */
export interface WebChatAdapterOptions {
  /** Signs session ids (≥ 16 bytes; pass the configured SECRET_KEY). Required. */
  secretKey: Buffer | string;
  /** A session's stored messages, oldest first (the store's `listByAddress('web', …)`). Required. */
  history: HistoryReader;
  /** Largest customer message in UTF-8 bytes; bigger ones get 413. Default 65536. */
  maxTextBytes?: number;
  /** Longest outbound text the gateway should send in one message (characters). Default 4096. */
  maxTextLength?: number;
  /** Most messages returned by one history read. Default 200. */
  historyLimit?: number;
  /** WebSocket ping interval; a socket that missed the previous ping is dropped. Default 30000. */
  pingIntervalMs?: number;
  /** Frames one socket may have waiting before new ones are refused. Default 32. */
  maxQueuedFrames?: number;
  /** CSP `frame-ancestors` of the page: which sites may embed the widget. Default `*`. */
  frameAncestors?: string;
  /** Folder of the browser files. Default: this folder's `public/`. */
  publicDir?: URL;
  /** Logger. Default: silent. */
  logger?: WebChatLogger;
  /** Clock for live pushes of sent messages. Default `() => new Date()`. */
  clock?: () => Date;
}

/** Close code for a server going away (RFC 6455). */
const CLOSE_GOING_AWAY = 1001;

/**
 * Bytes allowed for a JSON body or frame: the text limit plus room for JSON escaping (quotes,
 * newlines) and the other fields. Anything larger is refused before parsing.
 */
function envelopeLimit(maxTextBytes: number): number {
  return Math.ceil(maxTextBytes * 1.25) + 4096;
}

/** Web chat as a ChannelAdapter. */
export class WebChatAdapter implements ChannelAdapter {
  readonly channel = 'web' as const;
  readonly capabilities: ChannelCapabilities;
  readonly routes: FastifyPluginAsync;
  readonly #hub = new LiveConnectionHub();
  readonly #clock: () => Date;
  readonly #pingIntervalMs: number;
  #sink: InboundSink | null = null;
  #pingTimer: NodeJS.Timeout | null = null;

  constructor(options: WebChatAdapterOptions) {
    const maxTextBytes = options.maxTextBytes ?? 65536;
    const logger = options.logger ?? silentLogger();
    this.#clock = options.clock ?? (() => new Date());
    this.#pingIntervalMs = options.pingIntervalMs ?? 30_000;
    this.capabilities = {
      maxTextLength: options.maxTextLength ?? 4096,
      richText: false,
      attachments: false,
      quickReplies: true,
      synchronousReplyWindowMs: 0,
      // The chat service returns a live turn's replies in the HTTP response and pushes them to the
      // session's sockets itself.
      inlineReplies: true,
    };
    const service = new WebChatService({
      signer: new SessionTokenSigner(options.secretKey),
      hub: this.#hub,
      history: options.history,
      sink: () => this.#sink,
      maxTextBytes,
      historyLimit: options.historyLimit ?? 200,
    });
    this.routes = createWebChatRoutes({
      service,
      hub: this.#hub,
      logger,
      bodyLimit: envelopeLimit(maxTextBytes),
      maxFrameBytes: envelopeLimit(maxTextBytes),
      maxQueuedFrames: options.maxQueuedFrames ?? 32,
      frameAncestors: options.frameAncestors ?? '*',
      publicDir: options.publicDir ?? new URL('./public/', import.meta.url),
    });
  }

  start(sink: InboundSink): Promise<void> {
    this.#sink = sink;
    if (this.#pingTimer === null && this.#pingIntervalMs > 0) {
      this.#pingTimer = setInterval(() => this.#hub.heartbeat(), this.#pingIntervalMs);
      // Keep-alive alone must not hold the process open at shutdown.
      this.#pingTimer.unref();
    }
    return Promise.resolve();
  }

  stop(): Promise<void> {
    this.#sink = null;
    if (this.#pingTimer !== null) clearInterval(this.#pingTimer);
    this.#pingTimer = null;
    this.#hub.closeAll(CLOSE_GOING_AWAY, 'server shutting down');
    return Promise.resolve();
  }

  /**
   * Push a stored outbound message to every open tab of the session, split into parts of at most
   * `maxTextLength`. Tabs that are offline load it from history (whole) when they come back, so there
   * is nothing to retry: the receipt is always `sent`.
   */
  send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt> {
    const now = this.#clock();
    const parts = splitText(outbound.text, this.capabilities.maxTextLength);
    parts.forEach((text, index) => {
      const last = index === parts.length - 1;
      // Parts after the first get derived ids (`<id>.2`, …) so browsers dedupe each part on its own;
      // options belong under the last part, where the customer reads the question.
      const id = index === 0 ? context.messageId : `${context.messageId}.${index + 1}`;
      const part: OutboundMessage = { ...outbound, text, options: last ? outbound.options : undefined };
      this.#hub.deliver(address, () => toOutboundView(part, id, now));
    });
    return Promise.resolve({ status: 'sent' });
  }

  /** Open sockets of one session address (for health pages and tests). */
  liveConnections(address: string): number {
    return this.#hub.count(address);
  }
}
