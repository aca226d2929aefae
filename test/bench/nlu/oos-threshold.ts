/**
 * Choosing the out-of-scope threshold for a matcher that has no rejection of its own: score held-out
 * rows by cross-validation on train, then keep the threshold that best balances in-scope accuracy
 * and oos recall. Never looks at validation rows.
 */
import { OOS_INTENT } from '../../../knowledge/nlu/dataset';
import { inScopeAccuracy, oosRecall } from '../../../knowledge/nlu/metrics';

/** One held-out row: its gold intent, and the matcher's best label with its score. */
export interface ScoredRow {
  gold: string;
  label: string;
  score: number;
}

/** Most thresholds tried; above this, candidates are evenly spaced quantiles of the scores. */
const MAX_CANDIDATES = 400;

/** The label for a scored row at `threshold`: its best label, or `oos` below the threshold. */
export function labelAt(row: Pick<ScoredRow, 'label' | 'score'>, threshold: number): string {
  return row.score >= threshold ? row.label : OOS_INTENT;
}

/**
 * The threshold maximising the mean of in-scope accuracy and oos recall over `rows` (Larson et al.
 * report both; the mean weighs them equally however rare oos rows are). 0 when no row is `oos`,
 * since rejecting can then only lose. Ties keep the lowest threshold.
 */
export function chooseThreshold(rows: readonly ScoredRow[]): number {
  if (!rows.some((row) => row.gold === OOS_INTENT)) return 0;
  const gold = rows.map((row) => row.gold);
  let best = { threshold: 0, objective: -1 };
  for (const threshold of candidates(rows.map((row) => row.score))) {
    const predicted = rows.map((row) => labelAt(row, threshold));
    const inScope = inScopeAccuracy(gold, predicted);
    const objective = ((Number.isNaN(inScope) ? 0 : inScope) + oosRecall(gold, predicted)) / 2;
    if (objective > best.objective) best = { threshold, objective };
  }
  return best.threshold;
}

/** 0 and the distinct scores, thinned to evenly spaced quantiles when there are too many. */
function candidates(scores: readonly number[]): number[] {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  if (distinct.length <= MAX_CANDIDATES) return [0, ...distinct];
  const step = distinct.length / MAX_CANDIDATES;
  return [0, ...Array.from({ length: MAX_CANDIDATES }, (_, i) => distinct[Math.floor(i * step)] ?? 0)];
}
