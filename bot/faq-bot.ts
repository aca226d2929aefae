/**
 * bot/ owns the dialogue policy. FaqBot decides, for one customer turn, in this order:
 * urgent → hand off now; explicit request for a person → hand off; reply to a pending clarifying
 * question → answer the chosen entry; a clear FAQ match → answer; two close matches → clarify;
 * otherwise ask to rephrase, and hand off on the second miss in a row.
 */
import type { QuickReply } from '../gateway/message';
import type { KnowledgeEntry, MatchCandidate } from '../knowledge/index';
import { answerForChannel, fitText, renderOptions } from './answer-rendering';
import { resolveFaqBotOptions, type FaqBotOptions, type ResolvedFaqBotOptions } from './faq-bot-options';
import { firstMatchingRule } from './intent-rules';
import { resolvePendingOption } from './option-resolver';
import { localeOf, replyLanguage, type BotLanguage } from './reply-language';
import type { Bot, BotDecision, BotState, BotTurn, HandoffReason, Priority } from './types';

/** What every step of the policy needs to know about the current turn. */
interface TurnContext {
  turn: BotTurn;
  language: BotLanguage;
  candidates: MatchCandidate[];
}

/** The FAQ bot: answers from the knowledge base, asks when unsure, hands off when it must. */
export class FaqBot implements Bot {
  private readonly options: ResolvedFaqBotOptions;
  private readonly entries: ReadonlyMap<string, KnowledgeEntry>;

  constructor(options: FaqBotOptions) {
    this.options = resolveFaqBotOptions(options);
    this.entries = new Map(options.entries.map((entry) => [entry.id, entry]));
  }

  /** Decides one turn. Never throws for odd input; an empty text falls back. */
  respond(turn: BotTurn): Promise<BotDecision> {
    const matched = this.options.matcher.match(turn.text, turn.locale, this.options.candidateLimit);
    const context: TurnContext = {
      turn,
      language: replyLanguage(turn.text, turn.locale),
      // Labels the bot has no entry for (a matcher trained on more) can never be answered.
      candidates: matched.filter((candidate) => this.entries.has(candidate.label)),
    };
    return Promise.resolve(this.decide(context));
  }

  private decide(context: TurnContext): BotDecision {
    const { text, state } = context.turn;
    if (firstMatchingRule(this.options.urgentRules, text) !== undefined) {
      return this.handoff(context, 'urgent', 'urgent');
    }
    if (this.isHumanRequest(text)) return this.handoff(context, 'human-request', 'normal');
    const chosen = resolvePendingOption(text, state.pendingOptions);
    const chosenEntry = chosen === undefined ? undefined : this.entries.get(chosen.value);
    if (chosenEntry !== undefined) return this.answer(context, chosenEntry);
    return this.fromCandidates(context);
  }

  private isHumanRequest(text: string): boolean {
    if (firstMatchingRule(this.options.humanRequestRules, text) === undefined) return false;
    return firstMatchingRule(this.options.serviceQuestionRules, text) === undefined;
  }

  private fromCandidates(context: TurnContext): BotDecision {
    const { answerThreshold, clarifyMargin, clarifyThreshold, maxOptions } = this.options;
    const top = context.candidates[0];
    if (top === undefined) return this.fallback(context);
    const close = context.candidates
      .filter(
        (candidate) =>
          candidate.score >= clarifyThreshold && candidate.score > top.score * (1 - clarifyMargin),
      )
      .slice(0, maxOptions);
    const topEntry = this.entries.get(top.label);
    if (top.score >= answerThreshold && close.length <= 1 && topEntry !== undefined) {
      return this.answer(context, topEntry);
    }
    if (close.length >= 2) return this.clarify(context, close);
    return this.fallback(context);
  }

  private answer(context: TurnContext, entry: KnowledgeEntry): BotDecision {
    const { channel, capabilities } = context.turn;
    const text = fitText(answerForChannel(entry, channel), capabilities.maxTextLength);
    return {
      ...this.base(context, { consecutiveFallbacks: 0 }),
      kind: 'answer',
      replies: [{ text, locale: entry.locale }],
      entryId: entry.id,
      locale: entry.locale,
    };
  }

  private clarify(context: TurnContext, close: readonly MatchCandidate[]): BotDecision {
    const messages = this.options.messages[context.language];
    const options: QuickReply[] = close.flatMap((candidate) => {
      const label = this.entries.get(candidate.label)?.questions[0];
      return label === undefined ? [] : [{ label, value: candidate.label }];
    });
    const rendered = renderOptions(
      messages.clarifyPrompt,
      messages.clarifyNumberHint,
      options,
      context.turn.capabilities,
    );
    return {
      ...this.base(context, { consecutiveFallbacks: 0, pendingOptions: options }),
      kind: 'clarify',
      replies: [{ ...rendered, locale: localeOf(context.language) }],
    };
  }

  private fallback(context: TurnContext): BotDecision {
    const fallbacks = (context.turn.state.consecutiveFallbacks ?? 0) + 1;
    if (fallbacks >= this.options.maxConsecutiveFallbacks) {
      return this.handoff(context, 'repeated-fallback', 'normal');
    }
    const text = this.options.messages[context.language].fallback;
    return {
      ...this.base(context, { consecutiveFallbacks: fallbacks }),
      kind: 'fallback',
      replies: [this.botReply(context, text)],
    };
  }

  private handoff(context: TurnContext, reason: HandoffReason, priority: Priority): BotDecision {
    const text = this.options.messages[context.language].handoff[reason];
    return {
      ...this.base(context, { consecutiveFallbacks: 0 }),
      kind: 'handoff',
      replies: [this.botReply(context, text)],
      reason,
      priority,
    };
  }

  private botReply(context: TurnContext, text: string): { text: string; locale: string } {
    return {
      text: fitText(text, context.turn.capabilities.maxTextLength),
      locale: localeOf(context.language),
    };
  }

  /** Fields every decision shares; a pending question lives for exactly one turn. */
  private base(
    context: TurnContext,
    changes: Pick<BotState, 'consecutiveFallbacks' | 'pendingOptions'>,
  ): Pick<BotDecision, 'candidates' | 'nextState' | 'locale'> {
    const { pendingOptions: _previous, ...kept } = context.turn.state;
    const nextState: BotState = { ...kept, ...changes };
    return { candidates: context.candidates, nextState, locale: localeOf(context.language) };
  }
}
