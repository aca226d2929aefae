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
}
