/**
 * Out-of-scope decisions: a text is out of scope when the matcher's best label is `oos` (a trained
 * label, when the training rows have one) or the best label's calibrated score is under a threshold.
 * The threshold is chosen on held-out rows — validation or cross-validation folds, never the test.
 */
import { OOS_INTENT } from './dataset';

/** The matcher's best guess for one held-out row, before any threshold. */
export interface ScoredRow {
  gold: string;
  label: string;
  score: number;
}

/** Options of {@link chooseThreshold}; every field has a default. */
export interface ThresholdOptions {
  /**
   * Lowest out-of-scope recall the held-out rows must show (default 0.7). Product goals state a
   * recall floor (catch most off-topic messages) and ask for the best in-scope accuracy above it;
   * the floor sits above the usual goal of 0.6 because a recall measured on ~100 held-out rows
   * moves by ±5 points from one sample to the next, and a threshold fitted on cross-validation
   * folds meets a fresh test set with that drift.
   */
  oosRecallFloor?: number;
  /**
   * Fewest `oos` rows for the recall floor to be trusted (default 20). Below it, one row more or
   * less moves the recall by 5 points or more, so the threshold falls back to the weighted
   * objective of {@link ThresholdOptions.oosShare}.
   */
  minOosRows?: number;
  /**
   * When given — or when there are fewer than `minOosRows` oos rows — the threshold maximizes
   * accuracy with in-scope and out-of-scope rows reweighted to this share of all rows. It defaults
   * to the held-out rows' own share (plain accuracy: the rows are the best estimate of the prior
   * the matcher will meet). A larger fixed share would let each of a handful of oos rows outweigh
   * several in-scope ones, and small knowledge bases would then reject answers they know.
   */
  oosShare?: number;
  /**
   * Under the weighted objective, a threshold is kept only when its gain over no threshold at all
   * exceeds this many standard errors of that gain (default 1). The gain is paired — the rows a
   * threshold turns right minus those it turns wrong — so its standard error is the root of their
   * weighted count (McNemar). With a handful of oos rows, catching one of them at the price of one
   * answer, or of nothing but rows the folds happened to get wrong, is noise a fresh set does not
   * repeat; 0 keeps the best threshold however small its gain.
   */
  minGainErrors?: number;
  /** Thresholds tried: 0 to `max` (default 0.9) in steps of `step` (default 0.005). */
  step?: number;
  max?: number;
}

/** The label predicted for `row` at `threshold`. */
export function decide(row: Pick<ScoredRow, 'label' | 'score'>, threshold: number): string {
  return row.label === OOS_INTENT || row.score < threshold ? OOS_INTENT : row.label;
}

/**
 * The out-of-scope threshold for `rows`: 0 without `oos` rows (nothing to learn from); with enough
 * of them, the lowest threshold whose out-of-scope recall reaches the floor — raising the threshold
 * only ever turns answers into rejections, so in-scope accuracy can only fall as it rises and the
 * lowest threshold meeting the floor is the most accurate one that does; otherwise (or when
 * `oosShare` is given) the one with the best reweighted accuracy, the lowest among ties.
 */
export function chooseThreshold(rows: readonly ScoredRow[], options: ThresholdOptions = {}): number {
  const oosRows = rows.filter((row) => row.gold === OOS_INTENT);
  const inRows = rows.filter((row) => row.gold !== OOS_INTENT);
  if (oosRows.length === 0) return 0;
  const candidates = thresholds(options.step ?? 0.005, options.max ?? 0.9);
  if (options.oosShare === undefined && oosRows.length >= (options.minOosRows ?? 20)) {
    const floor = options.oosRecallFloor ?? 0.7;
    return candidates.find((t) => hitRate(oosRows, t) >= floor) ?? candidates.at(-1) ?? 0;
  }
  const oosShare = options.oosShare ?? oosRows.length / rows.length;
  const weightOf = (row: ScoredRow) =>
    row.gold === OOS_INTENT ? oosShare / oosRows.length : (1 - oosShare) / inRows.length;
  const minErrors = options.minGainErrors ?? 1;
  let best = 0;
  let bestValue = 0;
  for (const threshold of candidates) {
    const { gain, variance } = pairedGain(rows, threshold, weightOf);
    if (gain > bestValue + 1e-12 && gain > minErrors * Math.sqrt(variance) + 1e-12) {
      best = threshold;
      bestValue = gain;
    }
  }
  return best;
}

/**
 * The weighted accuracy `threshold` adds over no threshold, and the variance of that gain: the sum
 * of the squared weights of the rows whose outcome it changes.
 */
function pairedGain(
  rows: readonly ScoredRow[],
  threshold: number,
  weightOf: (row: ScoredRow) => number,
): { gain: number; variance: number } {
  let gain = 0;
  let variance = 0;
  for (const row of rows) {
    const before = decide(row, 0) === row.gold;
    const after = decide(row, threshold) === row.gold;
    if (before === after) continue;
    const weight = weightOf(row);
    gain += after ? weight : -weight;
    variance += weight * weight;
  }
  return { gain, variance };
}

/** 0, `step`, 2·`step`, … up to `max`, rounded so that steps print cleanly. */
function thresholds(step: number, max: number): number[] {
  const values: number[] = [];
  for (let i = 0; i * step <= max + 1e-9; i += 1) values.push(Number((i * step).toFixed(6)));
  return values;
}

function hitRate(rows: readonly ScoredRow[], threshold: number): number {
  if (rows.length === 0) return 0;
  let hits = 0;
  for (const row of rows) if (decide(row, threshold) === row.gold) hits += 1;
  return hits / rows.length;
}
