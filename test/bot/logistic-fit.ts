/**
 * L2-regularized logistic regression by Newton's method, for small dense problems such as the
 * answer gate's (a few thousand rows, twenty features). Features are standardized while fitting
 * and the result is folded back into weights on the raw features, so the model is applied as
 * `sigmoid(bias + Σ weights·x)` with no scaling step.
 */

/** A fitted model on raw features. */
export interface LogisticModel {
  weights: number[];
  bias: number;
}

/** Options of {@link fitLogistic}; every field has a default. */
export interface LogisticFitOptions {
  /** L2 penalty on the standardized weights, not on the bias (default 1). */
  l2?: number;
  /** Newton steps (default 50); each is exact, so a few dozen reach the optimum. */
  steps?: number;
}

/** Fits `labels[i] ∈ {0, 1}` from `rows[i]` (all rows of the same length). */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  options: LogisticFitOptions = {},
): LogisticModel {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  if (n === 0 || labels.length !== n)
    throw new Error('fitLogistic: need as many labels as rows, and at least one');
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => {
    const variance = rows.reduce((sum, row) => sum + (row[j]! - mean[j]!) ** 2, 0) / n;
    return variance > 1e-18 ? Math.sqrt(variance) : 1;
  });
  const z = rows.map((row) => [...row.map((x, j) => (x - mean[j]!) / scale[j]!), 1]);
  const l2 = options.l2 ?? 1;
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < (options.steps ?? 50); step += 1) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    z.forEach((row, i) => {
      const p = sigmoid(dot(row, w));
      const r = p - labels[i]!;
      const s = p * (1 - p);
      for (let a = 0; a <= d; a += 1) {
        gradient[a] = gradient[a]! + r * row[a]!;
        const ha = hessian[a]!;
        for (let b = 0; b <= d; b += 1) ha[b] = ha[b]! + s * row[a]! * row[b]!;
      }
    });
    for (let a = 0; a < d; a += 1) {
      gradient[a] = gradient[a]! + l2 * w[a]!;
      hessian[a]![a] = hessian[a]![a]! + l2;
    }
    const delta = solve(hessian, gradient);
    let moved = 0;
    for (let a = 0; a <= d; a += 1) {
      w[a] = w[a]! - delta[a]!;
      moved = Math.max(moved, Math.abs(delta[a]!));
    }
    if (moved < 1e-10) break;
  }
  const weights = mean.map((_, j) => w[j]! / scale[j]!);
  const bias = w[d]! - mean.reduce((sum, m, j) => sum + weights[j]! * m, 0);
  return { weights, bias };
}

/** The model's probability for one raw row. */
export function predictLogistic(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(model.bias + dot(row, model.weights));
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < b.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is symmetric positive definite here). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const head = m[col]!;
    for (let r = col + 1; r < n; r += 1) {
      const row = m[r]!;
      const factor = row[col]! / head[col]!;
      for (let c = col; c <= n; c += 1) row[c] = row[c]! - factor * head[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = m[r]!;
    let sum = row[n]!;
    for (let c = r + 1; c < n; c += 1) sum -= row[c]! * x[c]!;
    x[r] = sum / row[r]!;
  }
  return x;
}
