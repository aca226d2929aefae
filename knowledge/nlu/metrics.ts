/**
 * Classification metrics over parallel arrays of gold and predicted labels, with `oos` as the
 * out-of-scope label (the convention of Larson et al. 2019), plus latency percentiles. Pure functions:
 * no I/O, no clock. A ratio whose denominator is empty is `NaN` (shown as `null` in JSON).
 */
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import { OOS_INTENT } from './dataset';

/** Checks the two arrays pair up; a mismatch is a bug in the caller. */
function checkPaired(gold: readonly string[], predicted: readonly string[]): void {
  if (gold.length !== predicted.length) {
    throw new SwitchboardError(
      ErrorCodes.INTERNAL,
      `metrics need one prediction per gold label: ${gold.length} gold, ${predicted.length} predicted`,
    );
  }
}

/** `hits / total`, or `NaN` when `total` is 0. */
function ratio(hits: number, total: number): number {
  return total === 0 ? Number.NaN : hits / total;
}

/** Share of rows whose prediction equals the gold label (oos rows included). */
export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
  checkPaired(gold, predicted);
  return ratio(
    count(gold, predicted, (g, p) => g === p),
    gold.length,
  );
}

/** Among rows whose gold label is not `oos`, the share predicted with exactly that label. */
export function inScopeAccuracy(gold: readonly string[], predicted: readonly string[]): number {
  checkPaired(gold, predicted);
  const hits = count(gold, predicted, (g, p) => g !== OOS_INTENT && g === p);
  return ratio(hits, gold.length - countOf(gold, OOS_INTENT));
}

/** Among rows whose gold label is `oos`, the share predicted `oos`. */
export function oosRecall(gold: readonly string[], predicted: readonly string[]): number {
  checkPaired(gold, predicted);
  return ratio(
    count(gold, predicted, (g, p) => g === OOS_INTENT && p === OOS_INTENT),
    countOf(gold, OOS_INTENT),
  );
}

/** Among rows predicted `oos`, the share whose gold label is `oos`. */
export function oosPrecision(gold: readonly string[], predicted: readonly string[]): number {
  checkPaired(gold, predicted);
  return ratio(
    count(gold, predicted, (g, p) => g === OOS_INTENT && p === OOS_INTENT),
    countOf(predicted, OOS_INTENT),
  );
}

/**
 * Unweighted mean of per-label F1 over the labels that occur in `gold` (`oos` included when
 * present). Per label: precision = hits / rows predicted with it, recall = hits / gold rows with it,
 * F1 = 2PR / (P + R), and 0 when the label is never predicted correctly.
 */
export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
  checkPaired(gold, predicted);
  const tallies = tally(gold, predicted);
  const scores = [...tallies.values()]
    .filter((t) => t.gold > 0)
    .map((t) => (t.hits === 0 ? 0 : (2 * t.hits) / (t.gold + t.predicted)));
  return ratio(
    scores.reduce((sum, f1) => sum + f1, 0),
    scores.length,
  );
}

/** Options for {@link microF1}. */
export interface MicroF1Options {
  /** Labels left out of the counts (Braun et al. left out `None`); default none. */
  exclude?: readonly string[];
}

/**
 * Micro-averaged F1: hits, predictions and gold rows are summed over all labels before computing
 * precision = Σhits / Σpredicted and recall = Σhits / Σgold, and F1 = 2PR / (P + R).
 *
 * By default every label counts, `oos` included — the convention of the NLP.js and Botfuel tables
 * for the Braun et al. corpora. In single-label classification each row then adds one to Σgold and
 * one to Σpredicted, so P = R = F1 = accuracy. With `exclude`, an excluded label's gold rows and
 * predictions are dropped from the sums (its hits too), and F1 can differ from accuracy.
 */
export function microF1(
  gold: readonly string[],
  predicted: readonly string[],
  options: MicroF1Options = {},
): number {
  checkPaired(gold, predicted);
  const excluded = new Set(options.exclude ?? []);
  let hits = 0;
  let goldRows = 0;
  let predictedRows = 0;
  gold.forEach((label, i) => {
    const guess = predicted[i] ?? '';
    if (!excluded.has(label)) goldRows += 1;
    if (!excluded.has(guess)) predictedRows += 1;
    if (guess === label && !excluded.has(label)) hits += 1;
  });
  if (hits === 0) return goldRows === 0 && predictedRows === 0 ? Number.NaN : 0;
  const precision = hits / predictedRows;
  const recall = hits / goldRows;
  return (2 * precision * recall) / (precision + recall);
}

/** One off-diagonal cell of the confusion matrix. */
export interface ConfusedPair {
  gold: string;
  predicted: string;
  count: number;
}

/**
 * The most frequent mistakes: (gold, predicted) pairs with gold ≠ predicted, most frequent first,
 * ties in label order, at most `limit` (default 10).
 */
export function confusedPairs(
  gold: readonly string[],
  predicted: readonly string[],
  limit = 10,
): ConfusedPair[] {
  checkPaired(gold, predicted);
  const cells = new Map<string, ConfusedPair>();
  gold.forEach((label, i) => {
    const guess = predicted[i] ?? '';
    if (guess === label) return;
    const key = JSON.stringify([label, guess]);
    const cell = cells.get(key) ?? { gold: label, predicted: guess, count: 0 };
    cell.count += 1;
    cells.set(key, cell);
  });
  return [...cells.values()]
    .sort((a, b) => b.count - a.count || compare(a.gold, b.gold) || compare(a.predicted, b.predicted))
    .slice(0, Math.max(0, limit));
}

/**
 * The `p`-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p % of the values at or below it. `NaN` for an empty list. The input need not be sorted.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Median and 99th percentile of latencies in milliseconds (nearest rank; `NaN` when empty). */
export function latencyPercentiles(latenciesMs: readonly number[]): { p50: number; p99: number } {
  return { p50: percentile(latenciesMs, 50), p99: percentile(latenciesMs, 99) };
}

/** Every accuracy figure of one evaluation. */
export interface ClassificationScores {
  n: number;
  accuracy: number;
  inScopeAccuracy: number;
  oosRecall: number;
  oosPrecision: number;
  macroF1: number;
  microF1: number;
}

/** All of the figures above at once (`microF1` with every label, `oos` included). */
export function scoreClassification(
  gold: readonly string[],
  predicted: readonly string[],
): ClassificationScores {
  return {
    n: gold.length,
    accuracy: accuracy(gold, predicted),
    inScopeAccuracy: inScopeAccuracy(gold, predicted),
    oosRecall: oosRecall(gold, predicted),
    oosPrecision: oosPrecision(gold, predicted),
    macroF1: macroF1(gold, predicted),
    microF1: microF1(gold, predicted),
  };
}

interface LabelTally {
  hits: number;
  gold: number;
  predicted: number;
}

function tally(gold: readonly string[], predicted: readonly string[]): Map<string, LabelTally> {
  const tallies = new Map<string, LabelTally>();
  const get = (label: string): LabelTally => {
    const found = tallies.get(label) ?? { hits: 0, gold: 0, predicted: 0 };
    tallies.set(label, found);
    return found;
  };
  gold.forEach((label, i) => {
    const guess = predicted[i] ?? '';
    get(label).gold += 1;
    get(guess).predicted += 1;
    if (guess === label) get(label).hits += 1;
  });
  return tallies;
}

function count(
  gold: readonly string[],
  predicted: readonly string[],
  match: (gold: string, predicted: string) => boolean,
): number {
  return gold.filter((label, i) => match(label, predicted[i] ?? '')).length;
}

function countOf(labels: readonly string[], label: string): number {
  return labels.filter((value) => value === label).length;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
