/**
 * The transport-independent core of web chat: open or resume a session, run one customer message
 * through the gateway, read the transcript. The HTTP routes and the WebSocket both call this, so
 * both behave the same (same checks, same dedupe keys, same live pushes to other tabs).
 */
import type { InboundSink } from '../../gateway/adapter';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import { newId } from '../../gateway/ids';
import type { StoredMessage } from '../../gateway/message';
import type { TurnResult } from '../../gateway/turn';
import { toInboundMessage } from './inbound-mapper';
import type { LiveConnectionHub } from './live-connection-hub';
import type { SessionTokenSigner, WebChatSession } from './session-tokens';
import { checkText } from './validation';
import { toMessageView, type WebChatMessageView } from './wire-format';

/** Reads a session's stored messages (oldest first), after a message id when given. */
export type HistoryReader = (
  address: string,
  afterId: string | null,
  limit: number,
) => Promise<StoredMessage[]>;

/** What {@link WebChatService} needs; the adapter builds it once. */
export interface WebChatServiceOptions {
  signer: SessionTokenSigner;
  hub: LiveConnectionHub;
  history: HistoryReader;
  /** The sink while the adapter is started; null before start() and after stop(). */
  sink: () => InboundSink | null;
  maxTextBytes: number;
  historyLimit: number;
}

/** One customer message as the transports hand it over (already shape-checked). */
export interface CustomerMessageInput {
  text: string;
  clientMessageId?: string;
  locale?: string;
  headerLocale?: string;
  transport: 'http' | 'websocket';
  raw: unknown;
}

/** Sessions, turns and transcripts for the web channel. */
export class WebChatService {
  readonly #options: WebChatServiceOptions;

  constructor(options: WebChatServiceOptions) {
    this.#options = options;
  }

  /** Resume the session a token names (403 if forged), or issue a new one when there is none. */
  openSession(token: string | undefined): WebChatSession {
    return token === undefined ? this.#options.signer.issue() : this.#options.signer.verify(token);
  }

  /** Resume an existing session only (403 if forged). */
  resumeSession(token: string): WebChatSession {
    return this.#options.signer.verify(token);
  }

  /**
   * Check the text, hand the message to the gateway, and push the stored message and its replies
   * to the session's live sockets. Nothing reaches the sink unless every check passed.
   */
  async receive(session: WebChatSession, input: CustomerMessageInput): Promise<TurnResult> {
    const text = checkText(input.text, this.#options.maxTextBytes);
    const sink = this.#options.sink();
    if (sink === null) {
      throw new SwitchboardError(
        ErrorCodes.CHANNEL_OFF,
        'Web chat is not accepting messages right now; try again shortly.',
        {
          statusCode: 503,
        },
      );
    }
    const inbound = toInboundMessage({
      address: session.address,
      text,
      ...(input.clientMessageId === undefined ? {} : { clientMessageId: input.clientMessageId }),
      ...(input.locale === undefined ? {} : { locale: input.locale }),
      ...(input.headerLocale === undefined ? {} : { headerLocale: input.headerLocale }),
      fallbackId: newId('srv'),
      transport: input.transport,
      raw: input.raw,
    });
    const result = await sink.receive(inbound);
    const { hub } = this.#options;
    hub.deliver(session.address, () => toMessageView(result.message), input.clientMessageId);
    for (const reply of result.replies) hub.deliver(session.address, () => toMessageView(reply));
    return result;
  }

  /** The session's transcript, oldest first, after a message id when given. */
  async transcript(address: string, afterId: string | null): Promise<WebChatMessageView[]> {
    const messages = await this.#options.history(address, afterId, this.#options.historyLimit);
    return messages.map(toMessageView);
  }
}
