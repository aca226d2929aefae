/**
 * The intent matcher: the {@link Matcher} the bot and `switchboard nlu eval` use. It trains an
 * {@link IntentModel} (TF-IDF words and character n-grams → one-vs-rest linear SVM → temperature-
 * calibrated softmax) on labelled rows, first adding variants of labels that have few examples.
 * Scores are probabilities: they sum to at most 1 over labels, so a low top score means "none of
 * these", which is how out-of-scope text shows.
 */
import { SwitchboardError } from '../../gateway/errors';
import type { LabelledText, MatchCandidate, Matcher } from '../types';
import { augmentFewShot, type AugmentOptions } from './augment';
import { Bm25Scorer, type Bm25ScorerData } from './bm25-scorer';
import { IntentModel, type IntentModelData, type IntentModelOptions, type KnownShares } from './intent-model';
import { CHATTER_LABEL, CHATTER_ROWS } from './chatter-corpus';
import { withoutWordBigrams, type NluFeaturizerOptions } from './nlu-featurizer';
import { isFewShot, mixLexical, type LexicalEnsembleOptions } from './lexical-ensemble';
import {
  answerConfidence,
  evidenceOf,
  fitsGateFeatures,
  type AnswerEvidence,
  type AnswerGateModel,
  type ScoredText,
} from './answer-gate';
import { ANSWER_GATE_MODEL } from './answer-gate-weights';

/** Options of {@link IntentMatcher}; every field has a default. */
export interface IntentMatcherOptions {
  /** Candidates returned when `match` is called without a limit (default 5). */
  defaultLimit?: number;
  model?: IntentModelOptions;
  augment?: AugmentOptions;
  /** The BM25 member mixed in for few-shot label sets (see {@link mixLexical}). */
  lexical?: LexicalEnsembleOptions;
  /**
   * Training weight of the built-in chatter rows added to few-shot label sets as a label `match`
   * never returns (default 0.5; 0 leaves them out; see {@link CHATTER_LABEL}).
   */
  chatterWeight?: number;
  /**
   * The answer gate that gives a few-shot label set's first candidate its `answerConfidence`
   * (default the fitted {@link ANSWER_GATE_MODEL}; `false` leaves it out, and so does a model
   * fitted on other features than this version computes).
   */
  answerGate?: AnswerGateModel | false;
}

/** What the last training cost, for reports. */
export interface IntentMatcherStats {
  trainMs: number;
  rows: number;
  /** Rows after augmentation. */
  trainedRows: number;
  labels: number;
  features: number;
  /** Bytes of the weight matrix (the bulk of the model's memory). */
  modelBytes: number;
}

/** Plain data of a trained matcher ({@link IntentMatcher.toJSON} / {@link IntentMatcher.fromJSON}). */
export interface IntentMatcherData {
  model: IntentModelData;
  /** The BM25 member, present when the training rows were few-shot. */
  lexical?: Bm25ScorerData;
  stats: IntentMatcherStats;
}

/**
 * SVM cost for label sets with many rows per label. Dozens of phrasings per label can be fitted more
 * closely than the default 1 allows: validation accuracy without a threshold, C = 1 → 2: CLINC150
 * in-scope 93.43 → 93.67 %, SMP2017 91.17 → 91.56 %, BANKING77 92.22 % either way (1.5 and 3 are
 * no better on any of the three).
 */
const MANY_SHOT_COST = 2;

/**
 * SVM cost for few-shot label sets, which also train without word bigrams: with three phrasings
 * per entry a bigram mostly remembers how its editor framed the question ("change my", "can i"),
 * not what it is about, and a customer frames it otherwise. Leave-one-question-out top-1 over
 * the bot-eval and demo knowledge bases, bigrams and C = 1 → no bigrams and C = 2: zh 0.596 →
 * 0.638, en 0.500 → 0.587, demo 0.657 → 0.709 (no bigrams at C = 1: 0.603, 0.572, 0.676).
 */
const FEW_SHOT_COST = 2;

/**
 * Latin character n-gram sizes of few-shot label sets, in the model and in the BM25 member alike
 * (many-shot sets keep the featurizer's 2–5). With three phrasings per entry a bigram such as
 * "e " or " h" is in most English questions and tells the entries apart by chance; it also made
 * more than half of an English query's BM25 postings. Without them, bot-eval validation answer
 * accuracy on the four English sets moved en 0.752 → 0.752, en-bank 0.581 → 0.605, en-telco
 * 0.518 → 0.529, en-travel 0.667 → 0.679 (before the answer gate was refitted), and the
 * understanding step of the gateway bench's questions costs about 12 % less.
 */
const FEW_SHOT_LATIN_GRAMS: readonly number[] = [3, 4, 5];

/** TF-IDF + linear SVM intent matcher with calibrated scores. */
export class IntentMatcher implements Matcher {
  readonly weighsRows = true;
  private model: IntentModel | undefined;
  private lexical: Bm25Scorer | undefined;
  private lastStats: IntentMatcherStats | undefined;
  /** How the model and the BM25 member share a query's features (see {@link featureSharing}). */
  private sharing: FeatureSharing = 'none';
  /** Class index of the chatter label, never returned by `match` (-1 when not trained with it). */
  private chatterIndex = -1;

  /** The answer gate in use, if any (see {@link IntentMatcherOptions.answerGate}). */
  private readonly gate: AnswerGateModel | undefined;

  constructor(private readonly options: IntentMatcherOptions = {}) {
    const gate = options.answerGate ?? ANSWER_GATE_MODEL;
    this.gate = gate !== false && fitsGateFeatures(gate) ? gate : undefined;
  }

  /** Restores a matcher trained elsewhere (e.g. in a worker thread) from {@link IntentMatcher.toJSON}. */
  static fromJSON(data: IntentMatcherData, options: IntentMatcherOptions = {}): IntentMatcher {
    const matcher = new IntentMatcher(options);
    matcher.model = IntentModel.fromData(data.model);
    matcher.lexical = data.lexical === undefined ? undefined : Bm25Scorer.fromData(data.lexical);
    matcher.lastStats = data.stats;
    matcher.sharing = featureSharing(matcher.model, matcher.lexical);
    matcher.chatterIndex = matcher.model.labels.indexOf(CHATTER_LABEL);
    return matcher;
  }

  /**
   * Trains on `rows`, replacing any earlier model in one assignment, so a `match` running meanwhile
   * sees the old model or the new one, never half of one. Deterministic: same rows, same scores.
   */
  train(written: readonly LabelledText[]): Promise<void> {
    const started = performance.now();
    const rows = this.withChatter(written);
    const augmented = augmentFewShot(rows, this.options.augment);
    const model = IntentModel.train(
      augmented.map((row) => row.row),
      this.modelOptions(rows),
      augmented.map((row) => row.weight),
      augmented.map((row) => row.origin),
    );
    const lexical = this.lexicalMember(rows);
    this.model = model;
    this.lexical = lexical;
    this.sharing = featureSharing(model, lexical);
    this.chatterIndex = model.labels.indexOf(CHATTER_LABEL);
    this.lastStats = {
      trainMs: performance.now() - started,
      rows: written.length,
      trainedRows: augmented.length,
      labels: model.labels.length - (this.chatterIndex >= 0 ? 1 : 0),
      features: model.featureCount,
      modelBytes: model.weightBytes,
    };
    return Promise.resolve();
  }

  /** Labels best first with calibrated probabilities; empty before training or for featureless text. */
  match(text: string, _locale?: string, limit: number = this.options.defaultLimit ?? 5): MatchCandidate[] {
    const model = this.model;
    if (model === undefined || limit <= 0) return [];
    const gate = this.gate;
    const scored = this.scoreText(model, text, gate !== undefined);
    if (scored === undefined) return [];
    const candidates = topCandidates(model.labels, scored.mixed, limit, this.chatterIndex);
    const evidence = scored.lexical === undefined ? undefined : evidenceOf(scored.lexical);
    const first = candidates[0];
    if (first !== undefined && evidence !== undefined && gate !== undefined) {
      first.answerConfidence = answerConfidence(evidence, gate);
    }
    return candidates;
  }

  /**
   * What the answer gate reads of `text` (see answer-gate.ts); undefined before training, for
   * featureless text, and for label sets without the BM25 member (many-shot sets).
   */
  evidence(text: string): AnswerEvidence | undefined {
    const model = this.model;
    const lexical = model === undefined ? undefined : this.scoreText(model, text, true)?.lexical;
    return lexical === undefined ? undefined : evidenceOf(lexical);
  }

  /** Whether the last training had rows labelled `label`. */
  knows(label: string): boolean {
    return this.model?.labels.includes(label) === true && label !== CHATTER_LABEL;
  }

  /**
   * The best label other than `rival` (a trained label such as out-of-scope), with both
   * probabilities; undefined before training, for featureless text, or when `rival` is unknown.
   * `p(best) / (p(best) + p(rival))` is then how strongly the text is the intent rather than the
   * rival, whatever the rest of the labels took.
   */
  matchAgainst(text: string, rival: string): { best: MatchCandidate; rivalScore: number } | undefined {
    const model = this.model;
    const rivalIndex = model?.labels.indexOf(rival) ?? -1;
    if (model === undefined || rivalIndex < 0 || rivalIndex === this.chatterIndex) return undefined;
    const probabilities = this.probabilitiesOf(model, text);
    if (probabilities === undefined) return undefined;
    const rivalScore = probabilities[rivalIndex]!;
    // The rival out of the running: the best of the others.
    probabilities[rivalIndex] = -1;
    const best = topCandidates(model.labels, probabilities, 1, this.chatterIndex)[0];
    return best === undefined ? undefined : { best, rivalScore: Math.min(1, Math.max(0, rivalScore)) };
  }

  /** Calibrated probabilities of `text` (the model's shared buffer), the BM25 member mixed in. */
  private probabilitiesOf(model: IntentModel, text: string): Float64Array | undefined {
    return this.scoreText(model, text, false)?.mixed;
  }

  /**
   * {@link IntentMatcher.probabilitiesOf}, and with `forGate`, what the answer gate reads when the
   * BM25 member is mixed in: the SVM's probabilities before the mix (a copy), the coverages, the
   * known shares.
   */
  private scoreText(
    model: IntentModel,
    text: string,
    forGate: boolean,
  ): { mixed: Float64Array; lexical?: ScoredText } | undefined {
    const lexical = this.lexical;
    // A few-shot query is featurized once, with the BM25 member's bigrams, when the model's
    // options differ from the member's only in leaving them out.
    const shared = this.sharing === 'none' ? undefined : lexical?.analyze(text);
    const bags =
      shared === undefined
        ? model.featuresOf(text)
        : this.sharing === 'same'
          ? shared
          : withoutWordBigrams(shared);
    // What the gate reads besides the scores, gathered only when a gate will read it.
    const known: KnownShares | undefined =
      forGate && lexical !== undefined ? { words: 0, chars: 0 } : undefined;
    const probabilities = model.probabilitiesOfFeatures(bags, known);
    if (probabilities === undefined) return undefined;
    if (lexical === undefined) return { mixed: probabilities };
    const svm = known === undefined ? undefined : Float64Array.from(probabilities);
    const coverage = shared === undefined ? lexical.scores(text) : lexical.scoresOf(shared);
    mixLexical(probabilities, coverage, this.options.lexical ?? {});
    if (svm === undefined || known === undefined) return { mixed: probabilities };
    const scored: ScoredText = {
      text,
      mixed: probabilities,
      svm,
      coverage,
      chatterIndex: this.chatterIndex,
      known,
      words: bags.word.size,
    };
    return { mixed: probabilities, lexical: scored };
  }

  /** Cost of the last training, or undefined before training. */
  get stats(): IntentMatcherStats | undefined {
    return this.lastStats;
  }

  /** The trained model as plain JSON-safe data. */
  toJSON(): IntentMatcherData {
    if (this.model === undefined || this.lastStats === undefined) {
      throw new SwitchboardError('SB_ERR_MODEL_UNTRAINED', 'IntentMatcher.toJSON: train the matcher first');
    }
    const lexical = this.lexical?.toData();
    return {
      model: this.model.toData(),
      ...(lexical === undefined ? {} : { lexical }),
      stats: this.lastStats,
    };
  }

  /**
   * `rows` plus the chatter rows, down-weighted, when the label set is few-shot: with three
   * phrasings per entry, one word a message shares with one entry would otherwise win it most of
   * the probability (see {@link CHATTER_LABEL}).
   */
  private withChatter(rows: readonly LabelledText[]): readonly LabelledText[] {
    const weight = this.options.chatterWeight ?? 0.5;
    if (weight <= 0 || !isFewShot(rows, this.options.lexical?.fewShotBelow ?? 10)) return rows;
    return [...rows, ...CHATTER_ROWS.map((text) => ({ text, label: CHATTER_LABEL, weight }))];
  }

  /**
   * Model options for `rows`: few-shot label sets get concept features, no word bigrams and
   * {@link FEW_SHOT_COST} unless told otherwise (the BM25 member keeps its bigrams: a few-shot query
   * is featurized once, with them, and the model reads its bags without them).
   */
  private modelOptions(rows: readonly LabelledText[]): IntentModelOptions {
    const model = this.options.model ?? {};
    if (!isFewShot(rows, this.options.lexical?.fewShotBelow ?? 10)) {
      return { ...model, svm: { c: MANY_SHOT_COST, ...model.svm } };
    }
    return {
      ...model,
      svm: { c: FEW_SHOT_COST, ...model.svm },
      features: {
        concepts: true,
        wordBigrams: false,
        latinGramSizes: FEW_SHOT_LATIN_GRAMS,
        ...model.features,
      },
    };
  }

  /** A BM25 index of `rows` when their labels are few-shot and the member is on, else undefined. */
  private lexicalMember(rows: readonly LabelledText[]): Bm25Scorer | undefined {
    const options = this.options.lexical ?? {};
    if ((options.weight ?? 0.4) <= 0 || !isFewShot(rows, options.fewShotBelow ?? 10)) return undefined;
    const bm25 = options.bm25 ?? {};
    // Each chatter row is a question of the chatter label, so small talk that chatter words cover
    // better than any entry's takes its share of this member too (`match` never returns the label).
    const indexed = rows.map((row) => (row.label === CHATTER_LABEL ? { ...row, weight: 1 } : row));
    return Bm25Scorer.build(indexed, {
      ...bm25,
      features: { concepts: true, latinGramSizes: FEW_SHOT_LATIN_GRAMS, ...bm25.features },
    });
  }
}

/**
 * How a query's features are shared: `same` when the BM25 member extracts them with the model's
 * options, `less-bigrams` when the model's differ only in leaving word bigrams out (the few-shot
 * default, see {@link FEW_SHOT_COST}), `none` otherwise (each extracts its own).
 */
type FeatureSharing = 'none' | 'same' | 'less-bigrams';

function featureSharing(model: IntentModel, lexical: Bm25Scorer | undefined): FeatureSharing {
  if (lexical === undefined) return 'none';
  const ours = model.featureOptions;
  const theirs = lexical.featureOptions;
  if (optionsKey(ours) === optionsKey(theirs)) return 'same';
  const lessBigrams =
    ours.wordBigrams === false &&
    (theirs.wordBigrams ?? true) &&
    optionsKey({ ...ours, wordBigrams: undefined }) === optionsKey({ ...theirs, wordBigrams: undefined });
  return lessBigrams ? 'less-bigrams' : 'none';
}

/** Featurizer options as a string that does not depend on the order of their keys. */
function optionsKey(options: NluFeaturizerOptions): string {
  return JSON.stringify(Object.entries(options).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The `limit` most probable labels but `skip` (the chatter label's index, or -1), ties broken by
 * label so the order is stable.
 */
function topCandidates(
  labels: readonly string[],
  probabilities: Float64Array,
  limit: number,
  skip: number,
): MatchCandidate[] {
  const top: number[] = [];
  for (let c = 0; c < labels.length; c += 1) {
    if (c === skip) continue;
    const p = probabilities[c]!;
    if (top.length === limit && p <= probabilities[top[top.length - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && probabilities[top[at - 1]!]! < p) at -= 1;
    top.splice(at, 0, c);
    if (top.length > limit) top.pop();
  }
  return top.map((c) => ({ label: labels[c]!, score: Math.min(1, Math.max(0, probabilities[c]!)) }));
}
