/**
 * The indexed feature space a model is trained in: vocabulary (feature name → column), smoothed IDF
 * and the weighting that turns feature bags into unit-length sparse rows. Each bag (words, characters)
 * is TF-IDF weighted with sublinear term frequency and normalized on its own, then the two are mixed
 * with fixed weights, so long texts with many n-grams do not drown out their words.
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
    const df = new Map<string, number>();
    for (const bag of bags) {
      for (const feature of bag.word.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
      for (const feature of bag.char.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
    }
    const features: string[] = [];
    const idf: number[] = [];
    for (const [feature, count] of df) {
      if (count < minDf) continue;
      features.push(feature);
      idf.push(Math.log((1 + bags.length) / (1 + count)) + 1);
    }
    const unseenIdf = Math.log(1 + bags.length) + 1;
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
    const indices: number[] = [];
    const values: number[] = [];
    const charShare = this.data.charShare;
    const charWeight = Math.sqrt(charShare);
    const wordWeight = Math.sqrt(1 - charShare);
    const wordHasFeatures = this.weighBag(bags.word, wordWeight, indices, values);
    const charHasFeatures = this.weighBag(bags.char, charWeight, indices, values);
    if (wordHasFeatures !== charHasFeatures) {
      const scale = 1 / (wordHasFeatures ? wordWeight : charWeight);
      for (let i = 0; i < values.length; i += 1) values[i] = (values[i] ?? 0) * scale;
    }
    return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
  }

  /** Appends the bag's columns scaled to norm `weight`; false when the bag is empty. */
  private weighBag(bag: FeatureCounts, weight: number, indices: number[], values: number[]): boolean {
    let sum = 0;
    const start = values.length;
    for (const [feature, count] of bag) {
      const column = this.columns.get(feature);
      const tf = 1 + Math.log(count);
      const value = tf * (column === undefined ? this.data.unseenIdf : (this.data.idf[column] ?? 0));
      sum += value * value;
      if (column === undefined) continue;
      indices.push(column);
      values.push(value);
    }
    if (sum === 0) return false;
    const scale = weight / Math.sqrt(sum);
    for (let i = start; i < values.length; i += 1) values[i] = (values[i] ?? 0) * scale;
    return true;
  }
}
