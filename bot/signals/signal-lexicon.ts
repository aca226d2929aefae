/**
 * The shape of the data the signal detectors run on: one lexicon per language, each a table of
 * weighted cues for urgent messages and for requests for a person, plus the contexts that cancel
 * a cue (negation before or after it, a question about the service). Tables, not code, so a new
 * language or a new phrasing is a data change with a test row beside it.
 */

/** One weighted phrase pattern. */
export interface Cue {
  /** Stable name recorded in the decision, e.g. `charged-twice`. */
  name: string;
  /**
   * Matched against prepared text: NFKC, lower case, simplified Chinese, apostrophes dropped,
   * clause punctuation as ` | `, other punctuation as spaces, typos of key words corrected.
   */
  pattern: RegExp;
  /** Evidence: 1 decides alone, smaller weights only add up with other cues. */
  weight: number;
  /**
   * Weight of a phrase the message only asks how to go about (如何投诉司机, "how do I make a
   * complaint"), when a knowledge base may well have an entry for the process: see
   * {@link SignalLexicon.askedBefore}. Unset: every phrase counts at `weight`.
   */
  askedWeight?: number;
  /**
   * Weight of a phrase the message speaks of in general rather than as happening to the customer:
   * a hypothetical (如果被盗刷了, "what if my card is stolen"), its prevention (如何防止被骗, "how do
   * you protect me from fraud") or what a policy covers (中风属于重疾吗, "does it cover an
   * ambulance"): see {@link SignalLexicon.generalBefore}. Unset: such phrases count at `weight`.
   * Threats (我就报警, "if you don't refund I'll sue") are demands, never general.
   */
  generalWeight?: number;
  /**
   * Time pressure, not a topic (急急急, "need the money today"): exclamation marks and capitals
   * add to a message's score only beside a cue without this flag, so a hurried FAQ question
   * ("急急急 包落车上了！！") is answered rather than queued.
   */
  pressure?: boolean;
}

/** A cue for a request for a person. */
export interface PersonCue extends Cue {
  /**
   * `strong`: a request in itself ("transfer me", 转人工). `weak`: a mention of a person ("live
   * agent", 人工客服) that is a request unless the message asks about the service (hours, phone).
   */
  strength: 'strong' | 'weak';
}

/** Everything one language contributes to the detectors. */
export interface SignalLexicon {
  /** The language the tables are written for (`zh`, `en`). */
  language: string;
  /** Urgent topics: fraud, money taken twice, safety, stranded, complaints, legal threats, anger. */
  urgent: readonly Cue[];
  /** Requests to be served by a person, and rejections of the bot. */
  person: readonly PersonCue[];
  /** Questions about the service (hours, phone numbers) that turn a weak person cue into an FAQ question. */
  serviceQuestion: RegExp;
  /**
   * The head of a question about the service ("what hours can I…", "when can I…"): it keeps even
   * a strong person cue from counting ("what hours can I speak to someone on the phone?").
   */
  serviceQuestionHead?: RegExp;
  /** Text just before a cue that negates it (anchored at its end: a negator, then only filler words). */
  negationBefore: RegExp;
  /** Text just after a cue that negates it (anchored at its start: "人工就不用了"). */
  negationAfter?: RegExp;
  /**
   * Text just before a phrase that asks how, where or through what to do it (anchored at its end:
   * 怎么, 在哪里可以, "how do i make a"); a cue's phrase so asked counts at its `askedWeight`.
   */
  askedBefore?: RegExp;
  /** Text just after a phrase that asks about its process (anchored at its start: 的流程, 电话, "procedure"). */
  askedAfter?: RegExp;
  /**
   * Text just before a phrase that makes it general (anchored at its end, within its clause: 如果,
   * 万一, 如何防止, "if my", "protect me from"); a cue's phrase so framed counts at its `generalWeight`.
   */
  generalBefore?: RegExp;
  /**
   * Text just before a phrase that threatens it (anchored at its end: "i will", "or else we"): a
   * phrase so threatened is never general, even in a hypothetical. Unset: {@link SignalLexicon.demandBefore}.
   */
  threatBefore?: RegExp;
  /** Text just after a phrase that asks what a policy covers (anchored at its start: 能报销吗, 属于重疾吗, "cover"). */
  generalAfter?: RegExp;
  /**
   * Text just before a phrase that demands it (anchored at its end: 我要, "i want to"): a phrase so
   * demanded counts at its full weight even inside a question (我要投诉，在哪投诉？).
   */
  demandBefore?: RegExp;
  /** Key words whose misspellings are corrected before matching (Latin scripts). */
  fuzzyWords?: readonly string[];
  /** Real words that look like a misspelt key word and must be left alone ("changed" ≠ "charged"). */
  protectedWords?: readonly string[];
}
