/**
 * `CsatAwareBot`: the bot, preceded by the CSAT check. When the customer has an open satisfaction
 * question and the message is a 1–5 answer, the answer is recorded and thanked instead of reaching
 * the bot; any other message goes to the bot untouched. Recording is the one effect beyond the
 * decision (see `Bot.respond`): it is idempotent per case, so a duplicate's discarded decision
 * records nothing new.
 */
import type { Anticipation, Bot, BotDecision, BotTurn } from '../bot/types';
import { csatThanks, parseCsatAnswer } from './csat-answer';
import type { CsatService } from './csat-service';
import { prefersChinese } from './queue-notice';

/** A {@link Bot} decorator that takes CSAT answers first. */
export class CsatAwareBot implements Bot {
  readonly #inner: Bot;
  readonly #csat: CsatService;

  constructor(inner: Bot, csat: CsatService) {
    this.#inner = inner;
    this.#csat = csat;
  }

  /** The inner bot begins on the text: most messages are not CSAT answers, and for one that is, nothing is lost. */
  anticipate(text: string, locale?: string): Anticipation | undefined {
    return this.#inner.anticipate?.(text, locale);
  }

  async respond(turn: BotTurn): Promise<BotDecision> {
    const score = parseCsatAnswer(turn.text);
    if (score === null) return this.#inner.respond(turn);
    const pending = await this.#csat.pending(turn.customer.id);
    if (pending === null) return this.#inner.respond(turn);
    await this.#csat.record(pending.caseId, score);
    return {
      kind: 'answer',
      replies: [{ text: csatThanks(prefersChinese(turn.locale ?? null, turn.text)) }],
      candidates: [],
      signals: [`csat:${pending.caseId}:${score}`],
      nextState: turn.state,
    };
  }
}
