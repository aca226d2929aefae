/**
 * A BM25 scorer for the few-shot regime, an ensemble member of the intent matcher. With three
 * phrasings per label a linear model has little to generalize from, while plain term overlap with
 * each phrasing (and, weighted lower, with the entry's answer and tags) still finds the entry a
 * customer's words point to. Terms are the intent featurizer's own words and character n-grams;
 * the query is also scored with service synonyms swapped in, at a small discount.
 *
 * A label's score is a coverage in [0, 1]: the IDF-weighted share of the query's terms its best
 * question (and its answer) holds, so chatter that shares a stray character scores near 0.
 */
import type { LabelledText } from '../types';
import { synonymSwapsOfNormalized } from './augment';
import { NluFeaturizer, type FeatureCounts, type NluFeaturizerOptions } from './nlu-featurizer';
import { bm25Idf, postingsOf, type Bm25Document, type Postings } from './bm25-postings';
import { QUERY_SWAP_SYNONYMS } from './service-lexicon';
import { analyzeWithVariants, type QueryWithVariants } from './variant-features';

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
  /** Factor on the score of a query with one synonym swapped in (default 0.9). */
  synonymFactor?: number;
  /** Synonym groups for query expansion (default {@link QUERY_SWAP_SYNONYMS}). */
  synonyms?: readonly (readonly string[])[];
  features?: NluFeaturizerOptions;
}

const SCORER_FORMAT = 'switchboard-bm25/1';

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
  private readonly synonyms: readonly (readonly string[])[];
  /** Each document's label, and the documents of each field, for the per-query max over documents. */
  private readonly docLabels: Int32Array;
  private readonly fieldDocs: readonly [Int32Array, Int32Array];
  private readonly scratch: Scratch;
  /** IDF of a term no document holds (an unseen query term still counts in what is reachable). */
  private readonly unseenIdf: number;

  private constructor(
    private readonly data: Bm25ScorerData,
    synonyms: readonly (readonly string[])[] | undefined,
  ) {
    this.featurizer = new NluFeaturizer(data.options.features);
    this.synonyms = synonyms ?? QUERY_SWAP_SYNONYMS;
    this.docLabels = Int32Array.from(data.documents, (document) => document.label);
    const docsOf = (field: 0 | 1): Int32Array =>
      Int32Array.from(data.documents.flatMap((document, doc) => (document.field === field ? [doc] : [])));
    this.fieldDocs = [docsOf(0), docsOf(1)];
    this.unseenIdf = bm25Idf(data.documents.length, 0);
    this.scratch = scratchFor(data.documents.length, data.labels.length);
    this.postings = postingsOf(data.documents, data.options);
  }

  /**
   * Indexes `rows`: rows of weight 1 (or none) are questions, each its own document; rows of
   * lower weight (answer sentences, tags) are joined into one answer document per label.
   */
  static build(rows: readonly LabelledText[], options: Bm25ScorerOptions = {}): Bm25Scorer {
    const { synonyms, ...plain } = options;
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
        continue;
      }
      const answer = answers.get(label) ?? new Map<string, number>();
      for (const [term, count] of terms) answer.set(term, (answer.get(term) ?? 0) + count);
      answers.set(label, answer);
    }
    for (const [label, terms] of answers) documents.push({ label, field: 1, terms: [...terms] });
    return new Bm25Scorer({ format: SCORER_FORMAT, labels, documents, options: plain }, synonyms);
  }

  /** Restores a scorer from {@link Bm25Scorer.toData}. */
  static fromData(data: Bm25ScorerData, synonyms?: readonly (readonly string[])[]): Bm25Scorer {
    return new Bm25Scorer(data, synonyms);
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
   * `text` as this scorer's featurizer reads it, with how each of its synonym variants differs,
   * for {@link Bm25Scorer.scoresOf}; its `bags` are what `NluFeaturizer.features` gives with
   * {@link Bm25Scorer.featureOptions}.
   */
  analyze(text: string): QueryWithVariants {
    return analyzeWithVariants(this.featurizer, text, (lower) =>
      synonymSwapsOfNormalized(lower, this.synonyms),
    );
  }

  /** Labels in class order (sorted, as the intent model orders them). */
  get labels(): readonly string[] {
    return this.data.labels;
  }

  /**
   * Coverage of `text` by each label, in [0, 1] and in label order: the best of the query as
   * written and the query with one synonym swapped in (discounted). A caller that needs the
   * query's features too analyzes it once ({@link Bm25Scorer.analyze}) and calls
   * {@link Bm25Scorer.scoresOf}.
   */
  scores(text: string): Float64Array {
    return this.scoresOf(this.analyze(text));
  }

  /** {@link Bm25Scorer.scores} of a text from {@link Bm25Scorer.analyze}. */
  scoresOf(query: QueryWithVariants): Float64Array {
    const charShare = this.data.options.charShare ?? 0.5;
    const { written, writtenNorms, variant, variantNorms } = this.scratch;
    written.fill(0);
    writtenNorms.fill(0);
    // Arrays, as a variant's terms are: a loop over one kind of iterable stays fast.
    this.addTerms(Array.from(query.bags.word.keys()), 0, 1, written, writtenNorms);
    this.addTerms(Array.from(query.bags.char.keys()), 1, 1, written, writtenNorms);
    const own = this.labelScores(written, writtenNorms, charShare, this.scratch.own);
    const best = own.slice();
    const factor = this.data.options.synonymFactor ?? 0.9;
    // A variant shares most terms with the query as written: only the difference is scored.
    for (const diff of query.variants) {
      let scores = own;
      if (diff !== undefined) {
        variant.set(written);
        variantNorms.set(writtenNorms);
        this.addTerms(diff.removed.word, 0, -1, variant, variantNorms);
        this.addTerms(diff.removed.char, 1, -1, variant, variantNorms);
        this.addTerms(diff.added.word, 0, 1, variant, variantNorms);
        this.addTerms(diff.added.char, 1, 1, variant, variantNorms);
        scores = this.labelScores(variant, variantNorms, charShare, this.scratch.coverage);
      }
      for (let c = 0; c < best.length; c += 1) best[c] = Math.max(best[c]!, factor * scores[c]!);
    }
    return best;
  }

  /**
   * Adds (`sign` 1) or takes away (-1) the BM25 contributions of `terms` of `kind` (0 words,
   * 1 character n-grams) to every document, and their IDF to what the query could reach per kind,
   * term by term in order.
   */
  private addTerms(
    terms: readonly string[],
    kind: 0 | 1,
    sign: 1 | -1,
    docScores: Float64Array,
    norms: Float64Array,
  ): void {
    let norm = norms[kind]!;
    const { idf, start, docs } = this.postings;
    const contributions = kind === 0 ? this.postings.word : this.postings.char;
    for (let t = 0; t < terms.length; t += 1) {
      const term = this.postings.terms.get(terms[t]!);
      // An unseen term still counts in what the query could reach, at the highest IDF.
      norm += sign * (term === undefined ? this.unseenIdf : idf[term]!);
      if (term === undefined) continue;
      const end = start[term + 1]!;
      // Subtracting a contribution is adding its negation, bit for bit.
      if (sign === 1) {
        for (let i = start[term]!; i < end; i += 1) {
          const doc = docs[i]!;
          docScores[doc] = docScores[doc]! + contributions[i]!;
        }
      } else {
        for (let i = start[term]!; i < end; i += 1) {
          const doc = docs[i]!;
          docScores[doc] = docScores[doc]! - contributions[i]!;
        }
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
  /** Per document: the query as written, and one synonym variant of it. */
  written: Float64Array;
  variant: Float64Array;
  /** Reachable IDF (words, characters) of the query as written and of one variant. */
  writtenNorms: Float64Array;
  variantNorms: Float64Array;
  /** Per label: best question and answer document, the written query's and a variant's coverage. */
  question: Float64Array;
  answer: Float64Array;
  own: Float64Array;
  coverage: Float64Array;
}

function scratchFor(documents: number, labels: number): Scratch {
  return {
    written: new Float64Array(documents),
    variant: new Float64Array(documents),
    writtenNorms: new Float64Array(2),
    variantNorms: new Float64Array(2),
    question: new Float64Array(labels),
    answer: new Float64Array(labels),
    own: new Float64Array(labels),
    coverage: new Float64Array(labels),
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
