/**
 * The answer gate: how likely the intent matcher's first candidate is what a few-shot knowledge
 * base's customer asked about, from evidence that does not depend on the domain — how the SVM and
 * the BM25 member agree, how much the built-in chatter label took, how much of the text the
 * knowledge base's vocabulary knows, how long the text is. A logistic model over that evidence,
 * fitted on the bot-eval sets' validation, fresh and chatter rows (`test/bot/fit-answer-gate.ts`),
 * so the bot can tell a customer's long, story-laden question the right entry ranks first at a
 * low score from chatter that shares one word with an entry at the same score.
 *
 * Why not the top score alone: over the ten bot-eval sets, each judged by a gate fitted on the
 * other nine, at the threshold that falls back on 80 % of out-of-scope rows on average, the fresh
 * rows (customers' own words) are answered right 0.579 of the time against 0.475 with the top
 * score's threshold, and the validation rows 0.777 against 0.766 (the fitting script prints these).
 */
import { CJK_CHAR } from '../text-normalize';
import { ANSWER_GATE_MODEL } from './answer-gate-weights';

/** What the matcher saw of one text, for the gate. Probabilities and coverages are in [0, 1]. */
export interface AnswerEvidence {
  /** The mixed (SVM and BM25) probability of the first and the second candidate. */
  top: number;
  second: number;
  /** The SVM's own probability of the first candidate, before the BM25 member was mixed in. */
  topSvm: number;
  /** The BM25 member's coverage of the text by the first candidate, and by the best label. */
  topCoverage: number;
  maxCoverage: number;
  /** The SVM's probability of the built-in chatter label, and its BM25 coverage. */
  chatterSvm: number;
  chatterCoverage: number;
  /** Shares of the text's word and character features the knowledge base's vocabulary has. */
  knownWords: number;
  knownChars: number;
  /** Word features of the text, and its length in UTF-16 units. */
  words: number;
  length: number;
  /** Whether the SVM alone, and the BM25 member alone, would rank the first candidate first. */
  svmAgrees: boolean;
  coverageAgrees: boolean;
  /** Whether the text holds Chinese characters. */
  cjk: boolean;
}

/** A fitted logistic model over {@link gateFeatures}. */
export interface AnswerGateModel {
  /** Feature names, in {@link GATE_FEATURE_NAMES} order; a model fitted on others is refused. */
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

/** Names of {@link gateFeatures}' values, in order. */
export const GATE_FEATURE_NAMES: readonly string[] = [
  'top',
  'log-top',
  'second',
  'margin',
  'log-ratio',
  'top-svm',
  'log-top-svm',
  'top-coverage',
  'max-coverage',
  'chatter-svm',
  'log-chatter-svm',
  'chatter-coverage',
  'known-words',
  'known-chars',
  'log-words',
  'log-length',
  'svm-agrees',
  'coverage-agrees',
  'cjk',
  'cjk-log-top',
];

/** What a matcher holds of one scored text, from which {@link evidenceOf} reads the evidence. */
export interface ScoredText {
  text: string;
  /** Mixed probabilities, SVM probabilities and BM25 coverages, all in the same label order. */
  mixed: ArrayLike<number>;
  svm: ArrayLike<number>;
  coverage: ArrayLike<number>;
  /** The chatter label's index in that order, or -1; it is never a candidate. */
  chatterIndex: number;
  known: { words: number; chars: number };
  /** Word features of the text. */
  words: number;
}

/** The gate's evidence for `scored`, or undefined when there is no candidate at all. */
export function evidenceOf(scored: ScoredText): AnswerEvidence | undefined {
  const { mixed, svm, coverage, chatterIndex } = scored;
  const [first, second] = bestTwo(mixed, chatterIndex);
  if (first < 0) return undefined;
  let maxCoverage = 0;
  for (let c = 0; c < coverage.length; c += 1) maxCoverage = Math.max(maxCoverage, coverage[c]!);
  return {
    top: mixed[first]!,
    second: second < 0 ? 0 : mixed[second]!,
    topSvm: svm[first]!,
    topCoverage: coverage[first]!,
    maxCoverage,
    chatterSvm: chatterIndex < 0 ? 0 : svm[chatterIndex]!,
    chatterCoverage: chatterIndex < 0 ? 0 : coverage[chatterIndex]!,
    knownWords: scored.known.words,
    knownChars: scored.known.chars,
    words: scored.words,
    length: scored.text.length,
    svmAgrees: bestTwo(svm, chatterIndex)[0] === first,
    coverageAgrees: bestTwo(coverage, chatterIndex)[0] === first,
    cjk: CJK_CHAR.test(scored.text),
  };
}

/** Indices of the two highest values but `skip`'s (-1 where there is none); ties go to the lower index. */
function bestTwo(values: ArrayLike<number>, skip: number): [number, number] {
  let first = -1;
  let second = -1;
  for (let c = 0; c < values.length; c += 1) {
    if (c === skip) continue;
    if (first < 0 || values[c]! > values[first]!) {
      second = first;
      first = c;
    } else if (second < 0 || values[c]! > values[second]!) second = c;
  }
  return [first, second];
}

/** Keeps logarithms of probabilities finite. */
const FLOOR = 1e-4;

/** The gate's inputs, in {@link GATE_FEATURE_NAMES} order. */
export function gateFeatures(evidence: AnswerEvidence): number[] {
  const logTop = Math.log(evidence.top + FLOOR);
  const cjk = evidence.cjk ? 1 : 0;
  return [
    evidence.top,
    logTop,
    evidence.second,
    evidence.top - evidence.second,
    logTop - Math.log(evidence.second + FLOOR),
    evidence.topSvm,
    Math.log(evidence.topSvm + FLOOR),
    evidence.topCoverage,
    evidence.maxCoverage,
    evidence.chatterSvm,
    Math.log(evidence.chatterSvm + FLOOR),
    evidence.chatterCoverage,
    evidence.knownWords,
    evidence.knownChars,
    Math.log1p(evidence.words),
    Math.log1p(evidence.length),
    evidence.svmAgrees ? 1 : 0,
    evidence.coverageAgrees ? 1 : 0,
    cjk,
    cjk * logTop,
  ];
}

/** The probability, in [0, 1], that the first candidate behind `evidence` is the right answer. */
export function answerConfidence(
  evidence: AnswerEvidence,
  model: AnswerGateModel = ANSWER_GATE_MODEL,
): number {
  const features = gateFeatures(evidence);
  let z = model.bias;
  for (let i = 0; i < features.length; i += 1) z += (model.weights[i] ?? 0) * features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** True when `model` was fitted on the features this module computes, in the same order. */
export function fitsGateFeatures(model: AnswerGateModel): boolean {
  return (
    model.features.length === GATE_FEATURE_NAMES.length &&
    model.features.every((name, i) => name === GATE_FEATURE_NAMES[i]) &&
    model.weights.length === GATE_FEATURE_NAMES.length
  );
}
