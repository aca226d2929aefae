/**
 * CSAT: once a case is resolved the customer is asked, on their current channel, how we did; a
 * 1–5 answer within the window is recorded on the case (store: `caseFeedback`). Asking follows the
 * `handoff.resolved` event; answering is read by {@link CsatAwareBot} before the bot sees the text.
 */
import type { Logger } from 'pino';
import type { ConversationSend } from '../gateway/gateway';
import type { StoredMessage } from '../gateway/message';
import type { CaseCsat } from '../gateway/store/case-feedback-repository';
import type { Case } from '../gateway/store/case-types';
import type { Store } from '../gateway/store/types';
import { csatQuestion } from './csat-answer';
import type { HandoffEventBus } from './event-bus';
import { prefersChinese } from './queue-notice';

/** Options of {@link CsatService}. */
export interface CsatServiceOptions {
  store: Store;
  /** Sends into a conversation over its current channel (the gateway's `send`). */
  send: (request: ConversationSend) => Promise<StoredMessage>;
  logger: Logger;
  /** How long an answer is accepted after the question, ms. Default 24 h. */
  windowMs?: number;
  /** Default `() => new Date()`. */
  clock?: () => Date;
}

/** Asks for and records customer satisfaction after resolution. */
export class CsatService {
  readonly #options: CsatServiceOptions;
  readonly #clock: () => Date;
  readonly #inFlight = new Set<Promise<void>>();

  constructor(options: CsatServiceOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** Ask after every resolution on `bus`; returns the function that stops listening. */
  attach(bus: HandoffEventBus): () => void {
    return bus.on('handoff.resolved', ({ case: item }) => {
      const work = this.ask(item).catch((error: unknown) =>
        this.#options.logger.error({ err: error, caseId: item.id }, 'CSAT question not sent'),
      );
      this.#inFlight.add(work);
      void work.finally(() => this.#inFlight.delete(work));
    });
  }

  /** Wait for questions being sent (shutdown). */
  async settle(): Promise<void> {
    await Promise.all([...this.#inFlight]);
  }

  /** Send the question for a resolved case, once. */
  async ask(item: Case): Promise<void> {
    const { store, send } = this.#options;
    const asked = await store.caseFeedback.askCsat(item.id, item.customerId, this.#clock());
    if (!asked) return;
    const trigger = item.triggerMessageId ? await store.getMessage(item.triggerMessageId) : null;
    await send({
      conversationId: item.conversationId,
      outbound: { text: csatQuestion(prefersChinese(item.locale, trigger?.text ?? '')) },
      author: 'system',
      idempotencyKey: `csat:${item.id}`,
    });
  }

  /** The customer's open question, if asked within the window. */
  pending(customerId: string): Promise<CaseCsat | null> {
    const since = new Date(this.#clock().getTime() - (this.#options.windowMs ?? 86_400_000));
    return this.#options.store.caseFeedback.pendingCsat(customerId, since);
  }

  /** Record a score for a case; false when it was answered before. */
  record(caseId: string, score: number): Promise<boolean> {
    return this.#options.store.caseFeedback.answerCsat(caseId, score, null, this.#clock());
  }
}
