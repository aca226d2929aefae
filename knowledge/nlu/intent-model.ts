/**
 * The trained intent model: feature space, one-vs-rest linear SVM weights and the calibration
 * temperature. Scoring a text is one sparse pass over its features (each feature's weights for
 * every class are stored side by side), then a softmax. The model is plain data, so it can be
 * built in a worker thread and moved or saved whole.
 */
import type { LabelledText } from '../types';
import { softmaxInto } from './calibration';
import { FeatureSpace, rowBuffer, type FeatureSpaceData, type RowBuffer } from './feature-space';
import { calibrate } from './held-out-calibration';
import { trainLinearSvm, type LinearSvmOptions, type SvmTrainingSet } from './linear-svm';
import { NluFeaturizer, type FeatureBags, type NluFeaturizerOptions } from './nlu-featurizer';

/** Options of {@link IntentModel.train}; every field has a default. */
export interface IntentModelOptions {
  features?: NluFeaturizerOptions;
  svm?: LinearSvmOptions;
  /** Share of character n-grams in the feature mix (default 0.6). */
  charShare?: number;
  /** Exponent on the character n-grams' IDF (default 0.8, see {@link FeatureSpaceOptions}). */
  charIdfPower?: number;
  /** Passes of the quicker model trained to calibrate on held-out rows (default 3). */
  calibrationEpochs?: number;
}

const MODEL_FORMAT = 'switchboard-intent-model/1';

/** Plain data of a trained model ({@link IntentModel.toData} / {@link IntentModel.fromData}). */
export interface IntentModelData {
  format: typeof MODEL_FORMAT;
  labels: string[];
  features: NluFeaturizerOptions;
  space: FeatureSpaceData;
  /** Feature-major weights (`[feature * labels.length + label]`), base64 of little-endian float32. */
  weights: string;
  bias: number[];
  temperature: number;
}

/** Everything but the weight matrix, which stays a typed array until {@link IntentModel.toData}. */
type ModelHeader = Omit<IntentModelData, 'weights' | 'bias'>;

/** Shares of a text's word and character features that a model's vocabulary has. */
export interface KnownShares {
  words: number;
  chars: number;
}

/** A trained, immutable intent model. */
export class IntentModel {
  private readonly featurizer: NluFeaturizer;
  private readonly space: FeatureSpace;
  /** Buffers of `probabilitiesOfFeatures`, reused: allocating them per query costs more. */
  private readonly scores: Float64Array;
  private readonly probabilities: Float64Array;
  private readonly row: RowBuffer = rowBuffer();

  private constructor(
    private readonly header: ModelHeader,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.featurizer = new NluFeaturizer(header.features);
    this.space = FeatureSpace.fromData(header.space);
    this.scores = new Float64Array(header.labels.length);
    this.probabilities = new Float64Array(header.labels.length);
  }

  /**
   * Trains on `rows`. `weights`, when given, scale each row's cost (augmented rows count less);
   * `origins` name the original row each row was made from, so calibration holds out families.
   */
  static train(
    rows: readonly LabelledText[],
    options: IntentModelOptions = {},
    weights?: readonly number[],
    origins?: readonly number[],
  ): IntentModel {
    const features = options.features ?? {};
    const featurizer = new NluFeaturizer(features);
    const bags = rows.map((row) => featurizer.features(row.text));
    const space = FeatureSpace.fit(bags, {
      charShare: options.charShare ?? 0.6,
      charIdfPower: options.charIdfPower ?? 0.8,
    });
    const labels = [...new Set(rows.map((row) => row.label))].sort();
    const classOf = new Map(labels.map((label, index) => [label, index]));
    const set: SvmTrainingSet = {
      rows: bags.map((bag) => space.vectorize(bag)),
      classes: Int32Array.from(rows, (row) => classOf.get(row.label) ?? 0),
      rowWeights: weights === undefined ? undefined : Float32Array.from(weights),
      classCount: labels.length,
      featureCount: space.size,
    };
    const result = trainLinearSvm(set, { maxEpochs: 8, ...options.svm });
    const temperature = calibrate(set, options, origins === undefined ? undefined : Int32Array.from(origins));
    const header: ModelHeader = {
      format: MODEL_FORMAT,
      labels,
      features,
      space: space.toData(),
      temperature,
    };
    return new IntentModel(header, result.weights, result.bias);
  }

  /** Restores a model from {@link IntentModel.toData}. */
  static fromData(data: IntentModelData): IntentModel {
    const bytes = Uint8Array.from(Buffer.from(data.weights, 'base64'));
    const { weights: _weights, bias, ...header } = data;
    return new IntentModel(header, new Float32Array(bytes.buffer), Float32Array.from(bias));
  }

  /** Plain, JSON-safe data of this model. */
  toData(): IntentModelData {
    const { buffer, byteOffset, byteLength } = this.weights;
    const weights = Buffer.from(buffer, byteOffset, byteLength).toString('base64');
    return { ...this.header, weights, bias: Array.from(this.bias) };
  }

  /** Labels in class order. */
  get labels(): readonly string[] {
    return this.header.labels;
  }

  /** Columns of the feature space. */
  get featureCount(): number {
    return this.space.size;
  }

  /** Bytes held by the weight matrix, the largest part of the model. */
  get weightBytes(): number {
    return this.weights.byteLength;
  }

  /**
   * Calibrated class probabilities for `text` (a shared buffer, valid until the next call), or
   * undefined when the text has no features at all.
   */
  probabilitiesOf(text: string): Float64Array | undefined {
    return this.probabilitiesOfFeatures(this.featuresOf(text));
  }

  /** The feature bags of `text`, as this model extracts them. */
  featuresOf(text: string): FeatureBags {
    return this.featurizer.features(text);
  }

  /** The featurizer options this model was trained with. */
  get featureOptions(): NluFeaturizerOptions {
    return this.header.features;
  }

  /**
   * {@link IntentModel.probabilitiesOf} for bags from {@link IntentModel.featuresOf}. Given `known`,
   * also writes into it the shares of the bags' word and character features the vocabulary has,
   * counted as the row is built (no second lookup).
   */
  probabilitiesOfFeatures(bags: FeatureBags, known?: KnownShares): Float64Array | undefined {
    const row = this.space.vectorizeInto(bags, this.row);
    if (known !== undefined) {
      known.words = bags.word.size === 0 ? 0 : row.wordLength / bags.word.size;
      known.chars = bags.char.size === 0 ? 0 : (row.length - row.wordLength) / bags.char.size;
    }
    if (row.length === 0) return undefined;
    const classCount = this.header.labels.length;
    const scores = this.scores;
    scores.set(this.bias);
    const { indices, values } = row;
    const weights = this.weights;
    for (let k = 0; k < row.length; k += 1) {
      const offset = indices[k]! * classCount;
      // The value a float32 row would hold (see FeatureSpace.vectorizeInto).
      const value = Math.fround(values[k]!);
      for (let c = 0; c < classCount; c += 1) scores[c] = scores[c]! + value * weights[offset + c]!;
    }
    return softmaxInto(scores, this.header.temperature, this.probabilities);
  }
}
