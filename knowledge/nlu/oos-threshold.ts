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
   * Weight of out-of-scope rows in the objective, as a share of all rows (default 0.2: one message
   * in five is out of scope). The objective is accuracy with in-scope and out-of-scope rows
   * reweighted to this share, so the choice does not depend on how many `oos` rows the held-out set
   * happens to have. Without `oos` rows only in-scope accuracy counts and the threshold is 0.
   */
  oosShare?: number;
  /** Thresholds tried: 0 to `max` (default 0.9) in steps of `step` (default 0.005). */
  step?: number;
  max?: number;
}

/** The label predicted for `row` at `threshold`. */
export function decide(row: Pick<ScoredRow, 'label' | 'score'>, threshold: number): string {
  return row.label === OOS_INTENT || row.score < threshold ? OOS_INTENT : row.label;
}

/** The threshold with the best reweighted accuracy on `rows`; the lowest one among ties. */
export function chooseThreshold(rows: readonly ScoredRow[], options: ThresholdOptions = {}): number {
  const step = options.step ?? 0.005;
  const max = options.max ?? 0.9;
  const oosRows = rows.filter((row) => row.gold === OOS_INTENT);
  const inRows = rows.filter((row) => row.gold !== OOS_INTENT);
  const oosShare = oosRows.length === 0 ? 0 : inRows.length === 0 ? 1 : (options.oosShare ?? 0.2);
  let best = 0;
  let bestValue = -Infinity;
  for (let i = 0; i * step <= max + 1e-9; i += 1) {
    const threshold = Number((i * step).toFixed(6));
    const value = (1 - oosShare) * hitRate(inRows, threshold) + oosShare * hitRate(oosRows, threshold);
    if (value > bestValue + 1e-12) {
      best = threshold;
      bestValue = value;
    }
  }
  return best;
}

function hitRate(rows: readonly ScoredRow[], threshold: number): number {
  if (rows.length === 0) return 0;
  let hits = 0;
  for (const row of rows) if (decide(row, threshold) === row.gold) hits += 1;
  return hits / rows.length;
}
