/**
 * A small TF-IDF matcher: sublinear term frequency, smoothed inverse document frequency, unit
 * vectors, cosine similarity. Each label scores the best cosine against its own training rows
 * blended with the cosine against the label's centroid, so one lucky row counts but a label whose
 * phrasings all agree counts more. An inverted index keeps matching well under a millisecond.
 *
 * It is deliberately simple and sits behind the {@link Matcher} seam so a stronger model can replace it.
 */
import { centroid, normalizeL2, type SparseVector } from './sparse-vector';
import { TextFeaturizer, type FeatureCounts, type TextFeaturizerOptions } from './text-features';
import type { LabelledText, MatchCandidate, Matcher } from './types';

/** Tuning for {@link TfidfMatcher}; every field has a default. */
export interface TfidfMatcherOptions {
  /** Weight of the best single-row cosine; the centroid cosine gets the rest (default 0.5). */
  bestRowWeight?: number;
  /** Candidates returned when `match` is called without a limit (default 5). */
  defaultLimit?: number;
  /** N-gram sizes for feature extraction (defaults in {@link TextFeaturizer}). */
  features?: TextFeaturizerOptions;
}

/** One posting in the inverted index: which vector holds the feature, and with what weight. */
interface Posting {
  index: number;
  weight: number;
}

/** What training produces; replaced as a whole so a concurrent `match` never sees half a model. */
interface TrainedModel {
  rowCount: number;
  idf: Map<string, number>;
  labels: string[];
  /** Label index of each training row. */
  rowLabels: number[];
  rowIndex: Map<string, Posting[]>;
  centroidIndex: Map<string, Posting[]>;
}

/** TF-IDF cosine matcher over word tokens and character n-grams. */
export class TfidfMatcher implements Matcher {
  private readonly featurizer: TextFeaturizer;
  private readonly bestRowWeight: number;
  private readonly defaultLimit: number;
  private model: TrainedModel | undefined;

  constructor(options: TfidfMatcherOptions = {}) {
    this.featurizer = new TextFeaturizer(options.features);
    this.bestRowWeight = options.bestRowWeight ?? 0.5;
    this.defaultLimit = options.defaultLimit ?? 5;
  }

  /** Builds the vocabulary, weights and indexes from `rows`; replaces any earlier training. */
  train(rows: readonly LabelledText[]): Promise<void> {
    const counts = rows.map((row) => this.featurizer.features(row.text));
    const idf = inverseDocumentFrequency(counts);
    const labels = [...new Set(rows.map((row) => row.label))].sort();
    const labelIndex = new Map(labels.map((label, index) => [label, index]));
    const rowLabels = rows.map((row) => labelIndex.get(row.label) ?? 0);
    const vectors = counts.map((count) => weigh(count, idf, rows.length));
    const byLabel = labels.map((_, label) => vectors.filter((_, row) => rowLabels[row] === label));
    this.model = {
      rowCount: rows.length,
      idf,
      labels,
      rowLabels,
      rowIndex: invert(vectors),
      centroidIndex: invert(byLabel.map((members) => centroid(members))),
    };
    return Promise.resolve();
  }

  /**
   * Labels best first with scores in [0, 1] (blended cosines, not probabilities); empty before
   * training or for text with no features. `locale` is not needed: the script of the text itself
   * picks the segmenter, which also handles mixed Chinese and English.
   */
  match(text: string, _locale?: string, limit: number = this.defaultLimit): MatchCandidate[] {
    const model = this.model;
    if (model === undefined || limit <= 0) return [];
    const query = weigh(this.featurizer.features(text), model.idf, model.rowCount);
    if (query.size === 0) return [];
    const rowScores = accumulate(query, model.rowIndex, model.rowCount);
    const centroidScores = accumulate(query, model.centroidIndex, model.labels.length);
    const best = new Float64Array(model.labels.length);
    rowScores.forEach((score, row) => {
      const label = model.rowLabels[row] ?? 0;
      if (score > (best[label] ?? 0)) best[label] = score;
    });
    const candidates: MatchCandidate[] = [];
    model.labels.forEach((label, index) => {
      const blended =
        this.bestRowWeight * (best[index] ?? 0) + (1 - this.bestRowWeight) * (centroidScores[index] ?? 0);
      if (blended > 0) candidates.push({ label, score: Math.min(1, Math.max(0, blended)) });
    });
    candidates.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
    return candidates.slice(0, limit);
  }
}

/** Smoothed IDF, `ln((1 + n) / (1 + df)) + 1`: never zero, so shared words still count a little. */
function inverseDocumentFrequency(documents: readonly FeatureCounts[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const counts of documents) {
    for (const feature of counts.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [feature, count] of df) idf.set(feature, Math.log((1 + documents.length) / (1 + count)) + 1);
  return idf;
}

/**
 * Sublinear TF times IDF, unit-normalized. Features never seen in training get the IDF of a
 * document frequency of zero: they still lengthen the query vector, which lowers the cosine of
 * text that is mostly about something else — exactly what out-of-scope detection needs.
 */
function weigh(counts: FeatureCounts, idf: ReadonlyMap<string, number>, rowCount: number): SparseVector {
  const unseen = Math.log(1 + rowCount) + 1;
  const vector: SparseVector = new Map();
  for (const [feature, count] of counts)
    vector.set(feature, (1 + Math.log(count)) * (idf.get(feature) ?? unseen));
  return normalizeL2(vector);
}

function invert(vectors: readonly SparseVector[]): Map<string, Posting[]> {
  const index = new Map<string, Posting[]>();
  vectors.forEach((vector, position) => {
    for (const [feature, weight] of vector) {
      const postings = index.get(feature) ?? [];
      postings.push({ index: position, weight });
      index.set(feature, postings);
    }
  });
  return index;
}

/** Dot products of `query` with every indexed vector, touching only vectors sharing a feature. */
function accumulate(query: SparseVector, index: ReadonlyMap<string, Posting[]>, size: number): Float64Array {
  const scores = new Float64Array(size);
  for (const [feature, weight] of query) {
    for (const posting of index.get(feature) ?? [])
      scores[posting.index] = (scores[posting.index] ?? 0) + weight * posting.weight;
  }
  return scores;
}
