/** Options for {@link FaqBot}: every field documented and defaulted. */
import type { KnowledgeEntry, Matcher } from '../knowledge/index';
import { DEFAULT_BOT_MESSAGES, type BotMessages } from './bot-messages';
import type { BotLanguage } from './reply-language';
import { SignalDetector } from './signals/signal-detector';

export interface FaqBotOptions {
  /** A matcher already trained on the entries' questions, labels = entry ids. Required. */
  matcher: Matcher;
  /** The entries answers come from. Required. */
  entries: readonly KnowledgeEntry[];
  /**
   * Lowest matcher score answered (default 0.125). Tuned with the intent matcher on the validation
   * halves of test/fixtures/bot-eval/{zh,en}, the demo rows and the chatter rows with
   * test/bot/tune-policy.ts: best answer accuracy at a fallback rate ≥ 0.80 on every set, once the
   * matcher's chatter label takes its share of the probability from out-of-scope messages.
   */
  answerThreshold?: number;
  /**
   * Lowest `answerConfidence` answered, where the matcher gives its first candidate one (the
   * few-shot intent matcher's answer gate); it then stands in for `answerThreshold` (default
   * 0.47). With `ungatedAnswerThreshold`, chosen on the ten bot-eval sets' validation, fresh and
   * fresh2 rows as the most right answers that keep their mean fallback rate at least where
   * `answerThreshold` alone has it (0.797, with 0.598 of answer rows right; here 0.801, with 0.645;
   * replay with test/bot/tune-policy.ts `--gates`, and `--matcher intent-ungated` for the score alone).
   */
  answerConfidenceThreshold?: number;
  /**
   * Top score from which the answer confidence is not consulted and `answerThreshold` decides, as
   * for a matcher that does not judge (default 0.25). The gate was fitted mostly on low-scored
   * rows; from 0.25 up the score alone did better on the eight first sets' tuning rows
   * (validation answers 0.753 → 0.770 at a fallback rate of 0.940 → 0.934, fresh and fresh2 a
   * little better too).
   */
  ungatedAnswerThreshold?: number;
  /**
   * Lowest top score answered even when a runner-up is close (default 0.7). Scores are
   * calibrated probabilities, so a confident top has already out-weighed its runners-up; below
   * this level a close runner-up makes the question ambiguous.
   */
  confidentThreshold?: number;
  /**
   * Below `confidentThreshold`, candidates scoring within this fraction of the top score hold a
   * real share of the evidence and lead to a clarifying question (default 0.2: within 20 %).
   */
  clarifyMargin?: number;
  /** Lowest score for a candidate to be offered as a clarifying option (default 0.15). */
  clarifyThreshold?: number;
  /** Most options in one clarifying question or one fallback's suggestions (default 3). */
  maxOptions?: number;
  /**
   * Lowest score for a candidate to be suggested when the bot falls back (default 0.02): the
   * fallback then lists the candidates from this score up as options to tap or pick by number,
   * beside its request to rephrase. Below it a candidate is mostly noise.
   */
  suggestThreshold?: number;
  /** Fallbacks in a row that hand the conversation to a person (default 2). */
  maxConsecutiveFallbacks?: number;
  /** Candidates recorded in each decision (default 5). */
  candidateLimit?: number;
  /** Customer tiers served as VIP: handed off on the first miss, at least `high` (default `['vip']`). */
  vipTiers?: readonly string[];
  /**
   * The entry tag of sensitive entries: below `confidentThreshold` the bot hands them to a person
   * instead of answering, offering or guessing (default `sensitive`).
   */
  sensitiveTag?: string;
  /**
   * Detects urgent messages and requests for a person before any FAQ matching (default: a
   * {@link SignalDetector} over the Chinese and English cue tables).
   */
  signalDetector?: SignalDetector;
  /** The bot's own messages per language (default {@link DEFAULT_BOT_MESSAGES}). */
  messages?: Record<BotLanguage, BotMessages>;
}

/** {@link FaqBotOptions} with every default applied. */
export type ResolvedFaqBotOptions = Required<FaqBotOptions>;

/** Defaults of the tunable fields (see test/bot/tune-policy.ts for how they were checked). */
export const FAQ_BOT_DEFAULTS = {
  answerThreshold: 0.125,
  answerConfidenceThreshold: 0.47,
  ungatedAnswerThreshold: 0.25,
  confidentThreshold: 0.7,
  clarifyMargin: 0.2,
  clarifyThreshold: 0.15,
  maxOptions: 3,
  suggestThreshold: 0.02,
  maxConsecutiveFallbacks: 2,
  candidateLimit: 5,
  vipTiers: ['vip'],
  sensitiveTag: 'sensitive',
} as const;

/** Applies the defaults. */
export function resolveFaqBotOptions(options: FaqBotOptions): ResolvedFaqBotOptions {
  return {
    ...FAQ_BOT_DEFAULTS,
    signalDetector: options.signalDetector ?? new SignalDetector(),
    messages: DEFAULT_BOT_MESSAGES,
    ...withoutUndefined(options),
    matcher: options.matcher,
    entries: options.entries,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
