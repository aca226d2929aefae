/**
 * bot/ owns the dialogue policy. FaqBot decides, for one customer turn, in this order:
 * urgent → hand off now; explicit request for a person → hand off; reply to a pending clarifying
 * question → answer the chosen entry; an unsure match on a sensitive entry → hand off; a clear FAQ
 * match → answer; two close matches → clarify; otherwise ask to rephrase, and hand off on the
 * second miss in a row (a VIP's first). A VIP's handoff is queued at least `high`.
 */
import type { QuickReply } from '../gateway/message';
import type { KnowledgeEntry, MatchCandidate, MatchStep } from '../knowledge/index';
import { answerForChannel, fitText, renderOptions } from './answer-rendering';
import { chooseFromCandidates } from './candidate-policy';
import { resolveFaqBotOptions, type FaqBotOptions, type ResolvedFaqBotOptions } from './faq-bot-options';
import { isVip, priorityFor, unsureSensitive } from './handoff-rules';
import { declinesOptions, resolvePendingOption } from './option-resolver';
import { smallTalkOf, type SmallTalk } from './small-talk';
import type { Signal } from './signals/signal-detector';
import {
  understandingOf,
  understandingStepFor,
  understandWith,
  type TurnUnderstanding,
} from './turn-understanding';
import { localeOf, replyLanguage, type BotLanguage } from './reply-language';
import type { Anticipation, Bot, BotDecision, BotState, BotTurn, HandoffReason, Priority } from './types';

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
  /** The understanding step a matcher may run in its own thread. */
  private readonly step: MatchStep<TurnUnderstanding> | undefined;
  /** Understandings begun by {@link FaqBot.anticipate}, by the token handed out for each. */
  private readonly ahead = new WeakMap<Anticipation, Promise<TurnUnderstanding | undefined>>();

  constructor(options: FaqBotOptions) {
    this.options = resolveFaqBotOptions(options);
    this.entries = new Map(options.entries.map((entry) => [entry.id, entry]));
    this.step = understandingStepFor(this.options.signalDetector, this.options.confidentThreshold);
    // Each publish builds a bot: its matcher's threads load the step now, not on its first turn.
    if (this.step !== undefined) this.options.matcher.prepareStep?.(this.step);
  }

  /** Decides one turn. Never throws for odd input; an empty text falls back. */
  async respond(turn: BotTurn): Promise<BotDecision> {
    const ahead = this.takeUp(turn);
    const { candidates, urgency, person } =
      (ahead === undefined ? undefined : await ahead) ?? (await this.understand(turn));
    const context: TurnContext = {
      turn,
      language: replyLanguage(turn.text, turn.locale),
      // Labels the bot has no entry for (a matcher trained on more) can never be answered.
      candidates: candidates.filter((candidate) => this.entries.has(candidate.label)),
    };
    return this.decide(context, { urgency, person });
  }

  /**
   * Begins understanding `text` (the match and the cues, which the turn's state does not change) in
   * the matcher's other thread, so that it runs while the gateway reads the customer and the
   * conversation. Only there: begun in this thread it would only be done sooner, not meanwhile, so
   * a matcher without one is left to the turn.
   */
  anticipate(text: string, locale?: string): Anticipation | undefined {
    const work = this.inOtherThread(text, locale);
    if (work === undefined) return undefined;
    // A token never taken up (a conversation with an agent, a duplicate) drops its failure too;
    // the turn that does take it up sees the failure when it awaits the work.
    work.catch(() => undefined);
    const token: Anticipation = { text, locale };
    this.ahead.set(token, work);
    return token;
  }

  /**
   * The understanding step run in the matcher's other thread: resolves `undefined` when no thread
   * ran it there; none at all when the matcher has no other thread or the step cannot go there.
   */
  private inOtherThread(text: string, locale?: string): Promise<TurnUnderstanding | undefined> | undefined {
    const { matcher, candidateLimit } = this.options;
    if (this.step === undefined || matcher.runStepAsync === undefined) return undefined;
    return matcher.runStepAsync(this.step, text, locale, candidateLimit);
  }

  /**
   * What this bot began for `turn`, when it began it for the same text and locale: resolves to the
   * understanding, or `undefined` when no other thread took it (the turn then understands it here).
   */
  private takeUp(turn: BotTurn): Promise<TurnUnderstanding | undefined> | undefined {
    const token = turn.anticipated;
    if (token === undefined || token.text !== turn.text || token.locale !== turn.locale) return undefined;
    return this.ahead.get(token);
  }

  /**
   * Matches and reads the cues: in the matcher's other thread when it runs the step there, else
   * here, with this bot's own detector.
   */
  private async understand(turn: Pick<BotTurn, 'text' | 'locale'>): Promise<TurnUnderstanding> {
    const { matcher, candidateLimit, signalDetector, confidentThreshold } = this.options;
    const there = this.inOtherThread(turn.text, turn.locale);
    const understood = there === undefined ? undefined : await there;
    if (understood !== undefined) return understood;
    // A matcher serving from a worker thread matches while this thread looks for the cues.
    const { matched, prepared, person } = understandWith(
      signalDetector,
      turn.text,
      (question) =>
        matcher.matchAsync?.(question, turn.locale, candidateLimit) ??
        matcher.match(question, turn.locale, candidateLimit),
    );
    return understandingOf(signalDetector, prepared, person, await matched, confidentThreshold);
  }

  private decide(
    context: TurnContext,
    { urgency, person }: { urgency: Signal; person: Signal },
  ): BotDecision {
    const { text, state } = context.turn;
    if (urgency.detected) return this.handoff(context, 'urgent', 'urgent', urgency.cues);
    if (person.detected) return this.handoff(context, 'human-request', 'normal', person.cues);
    const chosen = resolvePendingOption(text, state.pendingOptions);
    const chosenEntry = chosen === undefined ? undefined : this.entries.get(chosen.value);
    if (chosenEntry !== undefined) return this.answer(context, chosenEntry, 'picked-option');
    // "None of these": ask to rephrase, offering nothing again; it counts as a miss.
    if (declinesOptions(text, state.pendingOptions))
      return this.fallback(context, ['declined-options'], false);
    const social = smallTalkOf(text);
    if (social !== undefined) return this.smallTalk(context, social);
    const sensitive = unsureSensitive(context.candidates, this.entries, this.options);
    if (sensitive !== undefined) return this.handoff(context, 'sensitive', 'normal', [sensitive]);
    return this.fromCandidates(context);
  }

  private fromCandidates(context: TurnContext): BotDecision {
    const choice = chooseFromCandidates(context.candidates, this.options);
    const signals = [choice.rule];
    if (choice.kind === 'answer') {
      const entry = this.entries.get(choice.label);
      if (entry !== undefined) return this.answer(context, entry, ...signals);
    }
    if (choice.kind === 'clarify') return this.clarify(context, choice.labels, signals);
    return this.fallback(context, signals);
  }

  private answer(context: TurnContext, entry: KnowledgeEntry, ...signals: string[]): BotDecision {
    const { channel, capabilities } = context.turn;
    const text = fitText(answerForChannel(entry, channel), capabilities.maxTextLength);
    return {
      kind: 'answer',
      replies: [{ text, locale: entry.locale }],
      entryId: entry.id,
      signals,
      ...this.base(context, { consecutiveFallbacks: 0 }, entry.locale),
    };
  }

  private clarify(context: TurnContext, labels: readonly string[], signals: string[]): BotDecision {
    const options = this.optionsFor(labels);
    return {
      kind: 'clarify',
      replies: [this.offer(context, this.options.messages[context.language].clarifyPrompt, options)],
      signals,
      ...this.base(context, { consecutiveFallbacks: 0, pendingOptions: options }),
    };
  }

  /** One option per entry of `labels` that exists: its first question, its id as the value. */
  private optionsFor(labels: readonly string[]): QuickReply[] {
    return labels.flatMap((value) => {
      const label = this.entries.get(value)?.questions[0];
      return label === undefined ? [] : [{ label, value }];
    });
  }

  /** `prompt` with `options`, as tappable buttons or a numbered list, as the channel allows. */
  private offer(
    context: TurnContext,
    prompt: string,
    options: readonly QuickReply[],
  ): { text: string; options?: QuickReply[]; locale: string } {
    const { clarifyNumberHint } = this.options.messages[context.language];
    const rendered = renderOptions(prompt, clarifyNumberHint, options, context.turn.capabilities);
    return { locale: localeOf(context.language), ...rendered };
  }

  private fallback(context: TurnContext, signals: string[], suggest = true): BotDecision {
    const fallbacks = (context.turn.state.consecutiveFallbacks ?? 0) + 1;
    // A VIP is not asked to rephrase: the first miss goes to a person.
    if (isVip(context.turn.customer.tier, this.options)) {
      return this.handoff(context, 'vip', 'high', [...signals, `tier ${context.turn.customer.tier}`]);
    }
    if (fallbacks >= this.options.maxConsecutiveFallbacks) {
      return this.handoff(context, 'repeated-fallback', 'normal', [
        ...signals,
        `${fallbacks} fallbacks in a row`,
      ]);
    }
    const messages = this.options.messages[context.language];
    // What the bot thought of, offered beside the request to rephrase: picking one answers it.
    const suggested = suggest ? this.suggestions(context) : [];
    if (suggested.length === 0) {
      return {
        kind: 'fallback',
        replies: [this.botReply(context, messages.fallback)],
        signals,
        ...this.base(context, { consecutiveFallbacks: fallbacks }),
      };
    }
    return {
      kind: 'fallback',
      replies: [this.offer(context, messages.fallbackSuggest, suggested)],
      signals: [...signals, `suggested ${suggested.map((option) => option.value).join(', ')}`],
      ...this.base(context, { consecutiveFallbacks: fallbacks, pendingOptions: suggested }),
    };
  }

  /**
   * The candidates worth offering after a miss: from `suggestThreshold` up, in the customer's
   * language, never sensitive entries on such weak evidence (a person answers those).
   */
  private suggestions(context: TurnContext): QuickReply[] {
    const { suggestThreshold, maxOptions, sensitiveTag } = this.options;
    const offered = context.candidates.filter((candidate) => {
      const entry = this.entries.get(candidate.label);
      return (
        candidate.score >= suggestThreshold &&
        entry !== undefined &&
        !entry.tags.includes(sensitiveTag) &&
        entry.locale.toLowerCase().startsWith('zh') === (context.language === 'zh')
      );
    });
    return this.optionsFor(offered.slice(0, maxOptions).map((candidate) => candidate.label));
  }

  /** A greeting, thanks or goodbye answered in kind; the count of fallbacks in a row stands. */
  private smallTalk(context: TurnContext, kind: SmallTalk): BotDecision {
    const text = this.options.messages[context.language].smallTalk[kind];
    const { consecutiveFallbacks } = context.turn.state;
    return {
      kind: 'smalltalk',
      replies: [this.botReply(context, text)],
      signals: [`small talk: ${kind}`],
      ...this.base(context, { consecutiveFallbacks: consecutiveFallbacks ?? 0 }),
    };
  }

  private handoff(
    context: TurnContext,
    reason: HandoffReason,
    priority: Priority,
    signals: string[],
  ): BotDecision {
    const text = this.options.messages[context.language].handoff[reason];
    return {
      kind: 'handoff',
      replies: [this.botReply(context, text)],
      reason,
      priority: priorityFor(priority, isVip(context.turn.customer.tier, this.options)),
      signals,
      ...this.base(context, { consecutiveFallbacks: 0 }),
    };
  }

  private botReply(context: TurnContext, text: string): { text: string; locale: string } {
    return {
      text: fitText(text, context.turn.capabilities.maxTextLength),
      locale: localeOf(context.language),
    };
  }

  /**
   * Fields every decision shares: the candidates, the next state (a pending question lives for
   * exactly one turn) and the reply's locale (the customer's language unless given). Spread last
   * into a decision's literal: V8 (Node 20) adds properties to a spread copy through a slow path,
   * several microseconds and kilobytes a turn.
   */
  private base(
    context: TurnContext,
    changes: Pick<BotState, 'consecutiveFallbacks' | 'pendingOptions'>,
    locale = localeOf(context.language),
  ): Pick<BotDecision, 'candidates' | 'nextState' | 'locale'> {
    const { pendingOptions: _previous, ...kept } = context.turn.state;
    const nextState: BotState = { ...kept, ...changes };
    return { candidates: context.candidates, nextState, locale };
  }
}
