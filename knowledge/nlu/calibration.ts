/**
 * Temperature scaling (Guo et al., ICML 2017): class scores become probabilities through
 * `softmax(temperature · scores)`, with the one temperature that minimizes the negative
 * log-likelihood of held-out rows. One parameter cannot overfit and keeps the ranking unchanged.
 */

/** Probabilities of `scores` at `temperature`, written into `out` (which is returned). */
export function softmaxInto(scores: ArrayLike<number>, temperature: number, out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c += 1) max = Math.max(max, scores[c]!);
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    const e = Math.exp(temperature * (scores[c]! - max));
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c += 1) out[c] = out[c]! / sum;
  return out;
}

/** Held-out class scores, row-major (`scores[row * classCount + class]`), with each row's class. */
export interface CalibrationSet {
  scores: Float32Array;
  classes: Int32Array;
  classCount: number;
}

/** Mean negative log-likelihood of the true classes at `temperature`. */
export function negativeLogLikelihood(set: CalibrationSet, temperature: number): number {
  const { scores, classes, classCount } = set;
  let total = 0;
  for (let row = 0; row < classes.length; row += 1) {
    const offset = row * classCount;
    let max = -Infinity;
    for (let c = 0; c < classCount; c += 1) max = Math.max(max, scores[offset + c]!);
    let sum = 0;
    for (let c = 0; c < classCount; c += 1) sum += Math.exp(temperature * (scores[offset + c]! - max));
    total += Math.log(sum) - temperature * (scores[offset + classes[row]!]! - max);
  }
  return classes.length === 0 ? 0 : total / classes.length;
}

/**
 * The temperature in [`min`, `max`] with the lowest held-out NLL, by golden-section search on its
 * logarithm (NLL is convex in the temperature). Returns `fallback` when there is nothing to fit.
 */
export function fitTemperature(set: CalibrationSet, min = 0.5, max = 200, fallback = 10): number {
  if (set.classes.length === 0 || set.classCount < 2) return fallback;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(min);
  let hi = Math.log(max);
  for (let step = 0; step < 40; step += 1) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (negativeLogLikelihood(set, Math.exp(a)) <= negativeLogLikelihood(set, Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
