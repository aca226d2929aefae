/**
 * Knowledge types: FAQ entries as editors write them (see the knowledge file format in DESIGN.md)
 * and the Matcher seam that ranks entries for a customer's text.
 */

/** Answer variants by channel; `default` is used where a channel has no variant of its own. */
export interface AnswerVariants {
  default: string;
  sms?: string;
  voice?: string;
  email?: string;
  web?: string;
  wechat?: string;
  [channel: string]: string | undefined;
}

export interface KnowledgeEntry {
  /** Stable id, `[a-z0-9-]+`, unique across the knowledge base. */
  id: string;
  /** How customers ask: 1..n phrasings. */
  questions: string[];
  answer: AnswerVariants;
  tags: string[];
  /** BCP 47 locale of the entry (`zh-CN`, `en`). */
  locale: string;
  /** Where the entry was read from, for line-precise messages. */
  source?: { file: string; line: number };
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
}

/** One training row: a text and the label (entry id or intent) it belongs to. */
export interface LabelledText {
  text: string;
  label: string;
  locale?: string;
  /**
   * Training weight relative to a question as written (default 1). Rows made from an entry's
   * answer or tags carry less; matchers that cannot weigh rows may skip rows below 1.
   */
  weight?: number;
}

export interface MatchCandidate {
  /** Entry id or intent label. */
  label: string;
  /** Calibrated confidence in [0, 1]. */
  score: number;
  /**
   * On the first candidate only, where the matcher can tell: the probability, in [0, 1], that it
   * is what the text asks about and should be answered — a judgement over more than the score
   * (the few-shot intent matcher's answer gate, `knowledge/nlu/answer-gate.ts`). The bot then
   * answers on it instead of on the score.
   */
  answerConfidence?: number;
}

/** Ranks labels for a text. Implementations must be deterministic for the same training rows. */
export interface Matcher {
  /**
   * True when training honours {@link LabelledText.weight}: such a matcher is also given an
   * entry's answer sentences and tags as down-weighted rows; others get the questions alone.
   */
  readonly weighsRows?: boolean;
  train(rows: readonly LabelledText[]): Promise<void>;
  /** Candidates best first (at most `limit`, default 5). Never throws on odd input. */
  match(text: string, locale?: string, limit?: number): MatchCandidate[];
  /**
   * The same candidates as {@link match}, computed off this thread when the matcher can (a worker
   * thread), so the caller's thread serves other work meanwhile. Absent: use `match`.
   */
  matchAsync?(text: string, locale?: string, limit?: number): Promise<MatchCandidate[]>;
  /**
   * Gets `step` ready in the matcher's other threads now (they load its module), so the first
   * {@link runStepAsync} of it does not wait for that: call it once a step's owner is built, before
   * its first turn. A thread started later, or that dropped the step, is sent it with a run.
   * Optional even where `runStepAsync` exists; it never changes what a run resolves to.
   */
  prepareStep?(step: MatchStep<unknown>): void;
  /**
   * Runs `step` on `text` in another thread that holds this matcher's model (a worker thread), the
   * match there at hand, and resolves to the step's result: lets a caller move its own work on the
   * text off its thread together with the match. Resolves `undefined` when no other thread ran it
   * (none, the model or the step not there, the step failing to load or throwing): the caller then
   * does the same work in its own thread with its own objects (its `match` or `matchAsync`), never
   * with a step rebuilt from the options, so what it finds is what it would have found with no
   * matcher thread at all. A step's result is therefore never `undefined`. Absent: always run here.
   */
  runStepAsync?<T>(step: MatchStep<T>, text: string, locale?: string, limit?: number): Promise<T | undefined>;
}

/** What a step gets besides the text: this thread's match of a text (limit and locale as asked). */
export type StepMatch = (text: string) => MatchCandidate[];

/**
 * A step built once per thread from its options: text in, a structured-cloneable result out (not
 * `undefined`). Built from the same options, it must find in any thread what its caller finds with
 * its own objects.
 */
export type MatchStepFactory<T> = (options: unknown) => (text: string, match: StepMatch) => T;

/**
 * A step a matcher may run beside its match, in another thread: named by module and export, not
 * passed as a function, since a function cannot cross threads. Keep one object per step: a
 * matcher's threads build it once per object they see. The caller keeps its own way of doing the
 * same work, for turns no other thread runs (see {@link Matcher.runStepAsync}).
 */
export interface MatchStep<T> {
  /** `file:` URL of the module exporting the {@link MatchStepFactory}. */
  readonly module: string;
  /** The factory's export name. */
  readonly exportName: string;
  /** The factory's options; structured-cloneable (plain data, RegExps, arrays, maps). */
  readonly options: unknown;
  /**
   * The factory the module exports as `exportName`, which ties the step's result type to it. A
   * matcher builds steps only in its other threads, never in the caller's.
   */
  readonly factory: MatchStepFactory<T>;
}
