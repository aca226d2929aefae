/**
 * One-vs-rest linear SVM (L2-regularized, squared hinge loss) trained by dual coordinate descent
 * (Hsieh et al., ICML 2008 — the method behind LIBLINEAR's default solver). It is fast on sparse
 * text features, needs no learning rate, and with a seeded visiting order it is deterministic: the
 * same rows give the same weights.
 *
 * The binary problems share one pass over the rows: each row's scores for every class come from one
 * sweep of its features over the feature-major weight matrix (each feature's class weights sit side
 * by side), and only the classes whose dual variable moved are written back. Solving class by class
 * would read the whole matrix once per class; this reads each row once per pass, which keeps the
 * work in cache and makes training several times faster with many labels.
 */
import type { SparseRow } from './feature-space';
import { seededRandom, shuffleInPlace } from './seeded-random';

/** Rows with class indices; `rowWeights` scales each row's cost (augmented rows count less). */
export interface SvmTrainingSet {
  rows: readonly SparseRow[];
  classes: Int32Array;
  rowWeights?: Float32Array;
  classCount: number;
  featureCount: number;
}

/** Options of {@link trainLinearSvm}; every field has a default. */
export interface LinearSvmOptions {
  /** Cost of margin violations (default 1); larger fits the training rows more closely. */
  c?: number;
  /** Most passes over the rows (default 40; the intent model uses 8). */
  maxEpochs?: number;
  /** Stop when every class's projected-gradient spread falls below this (default 0.1, as LIBLINEAR). */
  tolerance?: number;
  /** Seed of the visiting order (default 1). */
  seed?: number;
}

/** Trained weights, feature-major (`weights[feature * classCount + class]`) for fast scoring. */
export interface LinearWeights {
  classCount: number;
  weights: Float32Array;
  bias: Float32Array;
}

/** Trains one binary SVM per class against all others, all classes in the same passes. */
export function trainLinearSvm(set: SvmTrainingSet, options: LinearSvmOptions = {}): LinearWeights {
  const state = initialState(set, options.c ?? 1);
  const random = seededRandom((options.seed ?? 1) * 7919);
  const order = Array.from({ length: set.rows.length }, (_, i) => i);
  const tolerance = options.tolerance ?? 0.1;
  for (let epoch = 0; epoch < (options.maxEpochs ?? 40); epoch += 1) {
    shuffleInPlace(order, random);
    state.maxGradient.fill(-Infinity);
    state.minGradient.fill(Infinity);
    for (const row of order) visitRow(state, row);
    if (largestSpread(state) <= tolerance) break;
  }
  return { classCount: set.classCount, weights: state.weights, bias: Float32Array.from(state.bias) };
}

/** Everything the passes share: the packed rows, the dual variables and the weights they imply. */
interface SolverState {
  classCount: number;
  classes: Int32Array;
  starts: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  /** `‖x_i‖² + 1` (the bias is a constant feature) plus the row's diagonal term. */
  curvature: Float64Array;
  /** `1 / (2 · C · rowWeight)`, the squared-hinge diagonal. */
  diag: Float64Array;
  /** Dual variables, row-major (`alpha[row * classCount + class]`). */
  alpha: Float64Array;
  weights: Float32Array;
  bias: Float64Array;
  scores: Float64Array;
  steps: Float64Array;
  moved: Int32Array;
  maxGradient: Float64Array;
  minGradient: Float64Array;
}

function initialState(set: SvmTrainingSet, c: number): SolverState {
  const { classCount, rows } = set;
  const starts = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (starts[i + 1] = starts[i]! + row.indices.length));
  const columns = new Int32Array(starts[rows.length]!);
  const values = new Float64Array(columns.length);
  rows.forEach((row, i) => {
    columns.set(row.indices, starts[i]);
    values.set(row.values, starts[i]);
  });
  const diag = Float64Array.from(rows, (_, i) => 0.5 / (c * (set.rowWeights?.[i] ?? 1)));
  const curvature = Float64Array.from(rows, (row, i) => squaredNorm(row.values) + 1 + diag[i]!);
  return {
    classCount,
    classes: set.classes,
    starts,
    columns,
    values,
    curvature,
    diag,
    alpha: new Float64Array(rows.length * classCount),
    weights: new Float32Array(set.featureCount * classCount),
    bias: new Float64Array(classCount),
    scores: new Float64Array(classCount),
    steps: new Float64Array(classCount),
    moved: new Int32Array(classCount),
    maxGradient: new Float64Array(classCount),
    minGradient: new Float64Array(classCount),
  };
}

/** One coordinate step on `row` for every class, then one sparse update of the classes that moved. */
function visitRow(state: SolverState, row: number): void {
  const { classCount, alpha, scores, steps, moved, maxGradient, minGradient } = state;
  rowScores(state, row);
  const gold = state.classes[row]!;
  const diag = state.diag[row]!;
  const curvature = state.curvature[row]!;
  const offset = row * classCount;
  let count = 0;
  for (let c = 0; c < classCount; c += 1) {
    const y = c === gold ? 1 : -1;
    const a = alpha[offset + c]!;
    const gradient = y * scores[c]! - 1 + a * diag;
    const projected = a === 0 && gradient > 0 ? 0 : gradient;
    if (projected > maxGradient[c]!) maxGradient[c] = projected;
    if (projected < minGradient[c]!) minGradient[c] = projected;
    if (Math.abs(projected) <= 1e-12) continue;
    const next = Math.max(a - gradient / curvature, 0);
    alpha[offset + c] = next;
    moved[count] = c;
    steps[count] = (next - a) * y;
    count += 1;
  }
  if (count > 0) applySteps(state, row, count);
}

/** `scores[c] = w_c · x_row + b_c` for every class, in one sweep of the row's features. */
function rowScores(state: SolverState, row: number): void {
  const { classCount, columns, values, weights, scores } = state;
  scores.set(state.bias);
  for (let k = state.starts[row]!, end = state.starts[row + 1]!; k < end; k += 1) {
    const base = columns[k]! * classCount;
    const value = values[k]!;
    for (let c = 0; c < classCount; c += 1) scores[c] = scores[c]! + value * weights[base + c]!;
  }
}

/** Adds `steps[j] · x_row` to the weights of class `moved[j]` for the first `count` entries. */
function applySteps(state: SolverState, row: number, count: number): void {
  const { classCount, columns, values, weights, bias, steps, moved } = state;
  for (let j = 0; j < count; j += 1) bias[moved[j]!] = bias[moved[j]!]! + steps[j]!;
  for (let k = state.starts[row]!, end = state.starts[row + 1]!; k < end; k += 1) {
    const base = columns[k]! * classCount;
    const value = values[k]!;
    for (let j = 0; j < count; j += 1)
      weights[base + moved[j]!] = weights[base + moved[j]!]! + steps[j]! * value;
  }
}

/** The largest projected-gradient spread over the classes (0 when every class is at its optimum). */
function largestSpread(state: SolverState): number {
  let spread = 0;
  for (let c = 0; c < state.classCount; c += 1) {
    spread = Math.max(spread, state.maxGradient[c]! - state.minGradient[c]!);
  }
  return spread;
}

function squaredNorm(values: Float32Array): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return sum;
}
