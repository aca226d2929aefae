/**
 * A BM25 scorer for the few-shot regime, an ensemble member of the intent matcher. With three
 * phrasings per label a linear model has little to generalize from, while plain term overlap with
 * each phrasing (and, weighted lower, with the entry's answer and tags) still finds the entry a
 * customer's words point to. Terms are the intent featurizer's own words and character n-grams.
 * Each question is also indexed with one service synonym swapped in, at a small discount, so a
 * customer who says 坏了 where the editor wrote 破损 meets that question.
 *
 * A label's score is a coverage in [0, 1]: the IDF-weighted share of the query's terms its best
 * question (or synonym variant of one), and its answer, hold; so chatter that shares a stray
 * character scores near 0.
 */
import type { LabelledText } from '../types';
import { synonymSwapsOfNormalized } from './augment';
import {
  NluFeaturizer,
  type FeatureBags,
  type FeatureCounts,
  type NluFeaturizerOptions,
} from './nlu-featurizer';
import { postingsOf, type Bm25Document, type Postings } from './bm25-postings';
import { QUERY_SWAP_SYNONYMS } from './service-lexicon';
import { normalizeText } from '../text-normalize';

/** Options of {@link Bm25Scorer}; every field has a default. */
export interface Bm25ScorerOptions {
  /** BM25 term-frequency saturation (default 1.2). */
  k1?: number;
  /** BM25 length normalization (default 0.75). */
  b?: number;
  /** Weight of the answer-and-tags field beside the best question (default 0.5). */
  answerWeight?: number;
  /** Share of the character n-gram coverage in a score; the rest is words (default 0.5). */
  charShare?: number;
  /** Factor on the score of a question with one synonym swapped in (default 0.9). */
  synonymFactor?: number;
  /** Synonym groups swapped into the questions (default {@link QUERY_SWAP_SYNONYMS}). */
  synonyms?: readonly (readonly string[])[];
  features?: NluFeaturizerOptions;
}

const SCORER_FORMAT = 'switchboard-bm25/2';

/** Plain data of a {@link Bm25Scorer} ({@link Bm25Scorer.toData} / {@link Bm25Scorer.fromData}). */
export interface Bm25ScorerData {
  format: typeof SCORER_FORMAT;
  labels: string[];
  documents: Bm25Document[];
  options: Omit<Bm25ScorerOptions, 'synonyms'>;
}

/** A BM25 index over labelled questions and answers; its index is immutable once built (only its scoring buffers change). */
export class Bm25Scorer {
  private readonly featurizer: NluFeaturizer;
  /** Everything per term that does not depend on the query, computed once. */
  private readonly postings: Postings;
  /** Each document's label, and the documents of each field, for the per-query max over documents. */
  private readonly docLabels: Int32Array;
  private readonly fieldDocs: readonly [Int32Array, Int32Array];
  private readonly scratch: Scratch;

  private constructor(private readonly data: Bm25ScorerData) {
    this.featurizer = new NluFeaturizer(data.options.features);
    this.docLabels = Int32Array.from(data.documents, (document) => document.label);
    const docsOf = (field: 0 | 1): Int32Array =>
      Int32Array.from(data.documents.flatMap((document, doc) => (document.field === field ? [doc] : [])));
    this.fieldDocs = [docsOf(0), docsOf(1)];
    this.scratch = scratchFor(data.documents.length, data.labels.length);
    this.postings = postingsOf(data.documents, data.options);
  }

  /**
   * Indexes `rows`: rows of weight 1 (or none) are questions, each its own document, and so is
   * each of its synonym variants (one phrase swapped, its contributions discounted by
   * `synonymFactor`); rows of lower weight (answer sentences, tags) are joined into one answer
   * document per label.
   */
  static build(rows: readonly LabelledText[], options: Bm25ScorerOptions = {}): Bm25Scorer {
    const { synonyms = QUERY_SWAP_SYNONYMS, ...plain } = options;
    const factor = options.synonymFactor ?? 0.9;
    const featurizer = new NluFeaturizer(options.features);
    const labels = [...new Set(rows.map((row) => row.label))].sort();
    const classOf = new Map(labels.map((label, index) => [label, index]));
    const documents: Bm25Document[] = [];
    const answers = new Map<number, FeatureCounts>();
    for (const row of rows) {
      const label = classOf.get(row.label) ?? 0;
      const terms = termsOf(featurizer, row.text);
      if ((row.weight ?? 1) >= 1) {
        documents.push({ label, field: 0, terms: [...terms] });
        for (const variant of synonymSwapsOfNormalized(normalizeText(row.text), synonyms)) {
          documents.push({ label, field: 0, terms: [...termsOf(featurizer, variant)], factor });
        }
        continue;
      }
      const answer = answers.get(label) ?? new Map<string, number>();
      for (const [term, count] of terms) answer.set(term, (answer.get(term) ?? 0) + count);
      answers.set(label, answer);
    }
    for (const [label, terms] of answers) documents.push({ label, field: 1, terms: [...terms] });
    return new Bm25Scorer({ format: SCORER_FORMAT, labels, documents, options: plain });
  }

  /** Restores a scorer from {@link Bm25Scorer.toData}. */
  static fromData(data: Bm25ScorerData): Bm25Scorer {
    return new Bm25Scorer(data);
  }

  /** Plain, JSON-safe data of this scorer. */
  toData(): Bm25ScorerData {
    return this.data;
  }

  /** The featurizer options the scorer's terms come from. */
  get featureOptions(): NluFeaturizerOptions {
    return this.data.options.features ?? {};
  }

  /**
   * The feature bags of `text`, as `NluFeaturizer.features` gives them with
   * {@link Bm25Scorer.featureOptions}, for {@link Bm25Scorer.scoresOf}.
   */
  analyze(text: string): FeatureBags {
    return this.featurizer.features(text);
  }

  /** Labels in class order (sorted, as the intent model orders them). */
  get labels(): readonly string[] {
    return this.data.labels;
  }

  /**
   * Coverage of `text` by each label, in [0, 1] and in label order. A caller that needs the
   * query's features too analyzes it once ({@link Bm25Scorer.analyze}) and calls
   * {@link Bm25Scorer.scoresOf}.
   */
  scores(text: string): Float64Array {
    return this.scoresOf(this.analyze(text));
  }

  /** {@link Bm25Scorer.scores} of bags from {@link Bm25Scorer.analyze}. */
  scoresOf(bags: FeatureBags): Float64Array {
    const charShare = this.data.options.charShare ?? 0.5;
    const { written, writtenNorms } = this.scratch;
    written.fill(0);
    writtenNorms.fill(0);
    this.addTerms(bags.word.keys(), 0, written, writtenNorms);
    this.addTerms(bags.char.keys(), 1, written, writtenNorms);
    return this.labelScores(written, writtenNorms, charShare, new Float64Array(this.data.labels.length));
  }

  /**
   * Adds the BM25 contributions of `terms` of `kind` (0 words, 1 character n-grams) to every
   * document, and their IDF to what the query could reach per kind.
   */
  private addTerms(terms: Iterable<string>, kind: 0 | 1, docScores: Float64Array, norms: Float64Array): void {
    let norm = norms[kind]!;
    const { idf, start, docs } = this.postings;
    const contributions = kind === 0 ? this.postings.word : this.postings.char;
    for (const text of terms) {
      const term = this.postings.terms.get(text);
      // An unseen term still counts in what the query could reach, at the highest IDF.
      norm += term === undefined ? this.postings.unseenIdf : idf[term]!;
      if (term === undefined) continue;
      const end = start[term + 1]!;
      for (let i = start[term]!; i < end; i += 1) {
        const doc = docs[i]!;
        docScores[doc] = docScores[doc]! + contributions[i]!;
      }
    }
    norms[kind] = norm;
  }

  /**
   * Best question plus weighted answer per label, divided by the query's most reachable score,
   * written into `out` (which is returned).
   */
  private labelScores(
    docScores: Float64Array,
    norms: Float64Array,
    charShare: number,
    out: Float64Array,
  ): Float64Array {
    const answerWeight = this.data.options.answerWeight ?? 0.5;
    const reachable = (1 - charShare) * norms[0]! + charShare * norms[1]!;
    if (reachable <= 0) return out.fill(0);
    const question = this.bestPerLabel(docScores, this.fieldDocs[0], this.scratch.question);
    const answer = this.bestPerLabel(docScores, this.fieldDocs[1], this.scratch.answer);
    for (let c = 0; c < out.length; c += 1) {
      const score = (question[c]! + answerWeight * answer[c]!) / ((1 + answerWeight) * reachable);
      out[c] = Math.min(1, Math.max(0, score));
    }
    return out;
  }

  /** The best score of `docs` per label (0 for a label with none), written into `out`. */
  private bestPerLabel(docScores: Float64Array, docs: Int32Array, out: Float64Array): Float64Array {
    out.fill(0);
    const { docLabels } = this;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i]!;
      const label = docLabels[doc]!;
      if (docScores[doc]! > out[label]!) out[label] = docScores[doc]!;
    }
    return out;
  }
}

/**
 * Buffers a query is scored in, allocated once per scorer: scoring is synchronous, so two queries
 * never use them at once, and allocating typed arrays per query cost more than most of the scoring.
 */
interface Scratch {
  /** Per document: the query's score. */
  written: Float64Array;
  /** Reachable IDF (words, characters) of the query. */
  writtenNorms: Float64Array;
  /** Per label: best question and answer document. */
  question: Float64Array;
  answer: Float64Array;
}

function scratchFor(documents: number, labels: number): Scratch {
  return {
    written: new Float64Array(documents),
    writtenNorms: new Float64Array(2),
    question: new Float64Array(labels),
    answer: new Float64Array(labels),
  };
}

/**
 * Every term of `text` (words, word bigrams, concepts, character n-grams) with counts, in one map:
 * the bags' keys never collide, they are prefixed.
 */
function termsOf(featurizer: NluFeaturizer, text: string): FeatureCounts {
  const bags = featurizer.features(text);
  const terms = new Map(bags.word);
  for (const [term, count] of bags.char) terms.set(term, count);
  return terms;
}
