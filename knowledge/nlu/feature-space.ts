/**
 * The indexed feature space a model is trained in: vocabulary (feature name → column), smoothed IDF
 * and the weighting that turns feature bags into unit-length sparse rows. Each bag (words, characters)
 * is TF-IDF weighted with sublinear term frequency and normalized on its own, then the two are mixed
 * with fixed weights, so long texts with many n-grams do not drown out their words. Character
 * n-gram IDF can be flattened by a power below 1: a text yields dozens of overlapping n-grams, and
 * the rarest of them (typos, one-off names) would otherwise outweigh the n-grams that carry meaning.
 */
import type { FeatureBags, FeatureCounts } from './nlu-featurizer';

/** A unit-length sparse vector over the feature space's columns. */
export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

/** Options of {@link FeatureSpace.fit}; every field has a default. */
export interface FeatureSpaceOptions {
  /** Features seen in fewer training texts are dropped (default 1: keep all). */
  minDf?: number;
  /** Share of the character bag in the mix, in [0, 1] (default 0.75); words get the rest. */
  charShare?: number;
  /**
   * Exponent on the character n-grams' IDF (default 1). Below 1 flattens it: 0.8 lifts validation
   * accuracy on CLINC150 in-scope (93.27 → 93.47 % without a threshold; 92.6 → 92.5 % at the
   * cross-validated one) and BANKING77 (91.92 → 92.22 %), and keeps SMP2017 at 91.2 %; the same
   * power on word IDF helps neither English set.
   */
  charIdfPower?: number;
}

/** Plain data of a fitted {@link FeatureSpace}, for {@link FeatureSpace.fromData}. */
export interface FeatureSpaceData {
  features: string[];
  idf: number[];
  charShare: number;
  /** IDF given to features never seen in training (they lengthen the vector, see `vectorize`). */
  unseenIdf: number;
}

/** Vocabulary, IDF and weighting. Immutable once fitted. */
export class FeatureSpace {
  private readonly columns: Map<string, number>;

  private constructor(private readonly data: FeatureSpaceData) {
    this.columns = new Map(data.features.map((feature, column) => [feature, column]));
  }

  /** Fits the vocabulary (in first-seen order, so the same rows give the same columns) and IDF. */
  static fit(bags: readonly FeatureBags[], options: FeatureSpaceOptions = {}): FeatureSpace {
    const minDf = options.minDf ?? 1;
    const power = options.charIdfPower ?? 1;
    const { df, chars } = documentFrequencies(bags);
    const features: string[] = [];
    const idf: number[] = [];
    for (const [feature, count] of df) {
      if (count < minDf) continue;
      features.push(feature);
      const value = Math.log((1 + bags.length) / (1 + count)) + 1;
      idf.push(chars.has(feature) ? value ** power : value);
    }
    // Most unseen features are character n-grams, so their IDF takes the same power; keeping the
    // full IDF for unseen words costs SMP2017 0.4 point and the Chinese bot eval an answer.
    const unseenIdf = (Math.log(1 + bags.length) + 1) ** power;
    return new FeatureSpace({ features, idf, charShare: options.charShare ?? 0.75, unseenIdf });
  }

  /** Restores a space from {@link FeatureSpace.toData}. */
  static fromData(data: FeatureSpaceData): FeatureSpace {
    return new FeatureSpace(data);
  }

  /** Number of columns. */
  get size(): number {
    return this.data.features.length;
  }

  /** Plain data of this space. */
  toData(): FeatureSpaceData {
    return this.data;
  }

  /**
   * The unit-length row of `bags`. Features outside the vocabulary get no column but still count in
   * each bag's norm: a text that is mostly unknown words keeps only a small weight on the known
   * ones, so every label scores low on it, which is what out-of-scope detection wants.
   */
  vectorize(bags: FeatureBags): SparseRow {
    const row = this.vectorizeInto(bags, rowBuffer());
    return {
      indices: row.indices.slice(0, row.length),
      values: Float32Array.from(row.values.subarray(0, row.length)),
    };
  }

  /**
   * {@link FeatureSpace.vectorize} into `row` (grown when too short), which is returned: its values
   * are not yet rounded to the row's float32, so read them through `Math.fround`. Matching reuses
   * one buffer instead of building arrays for every query.
   */
  vectorizeInto(bags: FeatureBags, row: RowBuffer): RowBuffer {
    const needed = bags.word.size + bags.char.size;
    if (row.indices.length < needed) {
      row.indices = new Int32Array(needed);
      row.values = new Float64Array(needed);
    }
    row.length = 0;
    const charShare = this.data.charShare;
    const charWeight = Math.sqrt(charShare);
    const wordWeight = Math.sqrt(1 - charShare);
    const wordHasFeatures = this.weighBag(bags.word, wordWeight, row);
    row.wordLength = row.length;
    const charHasFeatures = this.weighBag(bags.char, charWeight, row);
    if (wordHasFeatures !== charHasFeatures) {
      const scale = 1 / (wordHasFeatures ? wordWeight : charWeight);
      for (let i = 0; i < row.length; i += 1) row.values[i] = row.values[i]! * scale;
    }
    return row;
  }

  /** Appends the bag's columns scaled to norm `weight`; false when the bag is empty. */
  private weighBag(bag: FeatureCounts, weight: number, row: RowBuffer): boolean {
    let sum = 0;
    const start = row.length;
    const { indices, values } = row;
    for (const [feature, count] of bag) {
      const column = this.columns.get(feature);
      const tf = 1 + Math.log(count);
      const value = tf * (column === undefined ? this.data.unseenIdf : (this.data.idf[column] ?? 0));
      sum += value * value;
      if (column === undefined) continue;
      indices[row.length] = column;
      values[row.length] = value;
      row.length += 1;
    }
    if (sum === 0) return false;
    const scale = weight / Math.sqrt(sum);
    for (let i = start; i < row.length; i += 1) values[i] = values[i]! * scale;
    return true;
  }
}

/** A row being built: its first `length` columns and their values, before rounding to float32. */
export interface RowBuffer {
  indices: Int32Array;
  values: Float64Array;
  length: number;
  /** How many of the first `length` columns came from the word bag (the rest are characters). */
  wordLength: number;
}

/** An empty {@link RowBuffer}. */
export function rowBuffer(): RowBuffer {
  return { indices: new Int32Array(0), values: new Float64Array(0), length: 0, wordLength: 0 };
}

/** Texts holding each feature, and which features came from the character bags. */
function documentFrequencies(bags: readonly FeatureBags[]): { df: Map<string, number>; chars: Set<string> } {
  const df = new Map<string, number>();
  const chars = new Set<string>();
  for (const bag of bags) {
    for (const feature of bag.word.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
    for (const feature of bag.char.keys()) {
      df.set(feature, (df.get(feature) ?? 0) + 1);
      chars.add(feature);
    }
  }
  return { df, chars };
}
