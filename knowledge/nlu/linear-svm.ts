/**
 * One-vs-rest linear SVM (L2-regularized, squared hinge loss) trained by dual coordinate descent
 * with shrinking (Hsieh et al., ICML 2008 — the method behind LIBLINEAR's default solver). It is
 * fast on sparse text features, needs no learning rate, and with a seeded visiting order it is
 * deterministic: the same rows give the same weights.
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
  /** Most passes over the rows per class (default 40; the intent model uses 8). */
  maxEpochs?: number;
  /** Stop when the projected-gradient spread falls below this (default 0.1, as LIBLINEAR). */
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

/** Trains one binary SVM per class against all others. */
export function trainLinearSvm(set: SvmTrainingSet, options: LinearSvmOptions = {}): LinearWeights {
  const { classCount, featureCount } = set;
  const weights = new Float32Array(featureCount * classCount);
  const bias = new Float32Array(classCount);
  const w = new Float64Array(featureCount + 1);
  const packed = pack(set.rows);
  const squaredNorms = Float64Array.from(set.rows, (row) => squaredNorm(row.values) + 1);
  for (let cls = 0; cls < classCount; cls += 1) {
    w.fill(0);
    solveBinary(set, packed, cls, w, squaredNorms, options);
    for (let f = 0; f < featureCount; f += 1) weights[f * classCount + cls] = w[f]!;
    bias[cls] = w[featureCount]!;
  }
  return { classCount, weights, bias };
}

/** The rows packed into one compressed sparse row matrix: contiguous arrays are much faster to scan. */
interface PackedRows {
  starts: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

function pack(rows: readonly SparseRow[]): PackedRows {
  const starts = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (starts[i + 1] = starts[i]! + row.indices.length));
  const columns = new Int32Array(starts[rows.length]!);
  const values = new Float64Array(columns.length);
  rows.forEach((row, i) => {
    columns.set(row.indices, starts[i]);
    values.set(row.values, starts[i]);
  });
  return { starts, columns, values };
}

/** State of one binary problem: dual variables, visiting order and the shrunk active set. */
interface DualState {
  cls: number;
  w: Float64Array;
  alpha: Float64Array;
  diag: Float64Array;
  order: number[];
  active: number;
  /** Largest projected gradient of the previous pass: rows at zero above it are shrunk. */
  maxOld: number;
}

/** Dual coordinate descent for one class; `w` holds the weights, its last slot the bias. */
function solveBinary(
  set: SvmTrainingSet,
  packed: PackedRows,
  cls: number,
  w: Float64Array,
  squaredNorms: Float64Array,
  options: LinearSvmOptions,
): void {
  const n = set.rows.length;
  const c = options.c ?? 1;
  const tolerance = options.tolerance ?? 0.1;
  const random = seededRandom((options.seed ?? 1) * 7919 + cls);
  const diag = Float64Array.from({ length: n }, (_, i) => 0.5 / (c * (set.rowWeights?.[i] ?? 1)));
  const order = Array.from({ length: n }, (_, i) => i);
  const state: DualState = { cls, w, alpha: new Float64Array(n), diag, order, active: n, maxOld: Infinity };
  for (let epoch = 0; epoch < (options.maxEpochs ?? 40); epoch += 1) {
    shuffleInPlace(order, random);
    const spread = pass(set, packed, squaredNorms, state);
    if (spread > tolerance) continue;
    if (state.active === n) break;
    state.active = n;
    state.maxOld = Infinity;
  }
}

/** One pass over the active rows; returns the spread of projected gradients (0 at the optimum). */
function pass(set: SvmTrainingSet, packed: PackedRows, squaredNorms: Float64Array, state: DualState): number {
  const { starts, columns, values } = packed;
  const { w, alpha, diag, order, cls } = state;
  const biasSlot = set.featureCount;
  let maxNew = -Infinity;
  let minNew = Infinity;
  for (let s = 0; s < state.active; s += 1) {
    const i = order[s]!;
    const y = set.classes[i] === cls ? 1 : -1;
    const a = alpha[i]!;
    const gradient = y * rowDot(packed, i, w, biasSlot) - 1 + a * diag[i]!;
    if (a === 0 && gradient > state.maxOld) {
      state.active -= 1;
      order[s] = order[state.active]!;
      order[state.active] = i;
      s -= 1;
      continue;
    }
    const projected = a === 0 && gradient > 0 ? 0 : gradient;
    if (projected > maxNew) maxNew = projected;
    if (projected < minNew) minNew = projected;
    if (Math.abs(projected) <= 1e-12) continue;
    const next = Math.max(a - gradient / (squaredNorms[i]! + diag[i]!), 0);
    alpha[i] = next;
    const step = (next - a) * y;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k += 1) w[columns[k]!]! += step * values[k]!;
    w[biasSlot]! += step;
  }
  state.maxOld = maxNew <= 0 ? Infinity : maxNew;
  return maxNew - minNew;
}

/** `w · row + bias`, the bias being `w[biasSlot]`. */
function rowDot(packed: PackedRows, row: number, w: Float64Array, biasSlot: number): number {
  const { starts, columns, values } = packed;
  let sum = w[biasSlot]!;
  const end = starts[row + 1]!;
  for (let k = starts[row]!; k < end; k += 1) sum += w[columns[k]!]! * values[k]!;
  return sum;
}

function squaredNorm(values: Float32Array): number {
  let sum = 0;
  for (const value of values) sum += value * value;
  return sum;
}
