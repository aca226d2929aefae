/** The result of `switchboard nlu eval` and its readable (non-JSON) report. */
import type { ClassificationScores, ConfusedPair } from './metrics';

/** Everything `switchboard nlu eval --json` prints (the DESIGN.md fields and a few more). */
export interface NluEvalResult extends ClassificationScores {
  trainMs: number;
  latencyMsP50: number;
  latencyMsP99: number;
  threshold: number;
  /** Where the threshold was chosen: the validation file, or cross-validation on train. */
  thresholdFrom: 'validation' | 'cross-validation';
  labels: number;
  trainRows: number;
  features: number;
  /** Size of the weight matrix, the bulk of the model. */
  modelMb: number;
  /** Memory growth (heap and array buffers) across the final training: the model plus what the collector had not freed yet. */
  heapGrowthMb: number;
  /** The most frequent (gold, predicted) mistakes on test. */
  confused: ConfusedPair[];
}

/** The report as lines of text. */
export function formatNluReport(result: NluEvalResult): string[] {
  const lines = [
    `rows: ${result.n} test, ${result.trainRows} train, ${result.labels} labels, ${result.features} features`,
    `accuracy           ${percent(result.accuracy)}`,
    `in-scope accuracy  ${percent(result.inScopeAccuracy)}`,
    `oos recall         ${percent(result.oosRecall)}`,
    `oos precision      ${percent(result.oosPrecision)}`,
    `macro F1           ${percent(result.macroF1)}`,
    `micro F1           ${percent(result.microF1)}`,
    `threshold          ${result.threshold} (chosen by ${result.thresholdFrom})`,
    `training           ${result.trainMs} ms, model ${result.modelMb} MB, memory +${result.heapGrowthMb} MB`,
    `match latency      p50 ${result.latencyMsP50} ms, p99 ${result.latencyMsP99} ms`,
  ];
  if (result.confused.length === 0) return [...lines, 'no confusions'];
  return [
    ...lines,
    'most confused (gold → predicted: count):',
    ...result.confused.map((pair) => `  ${pair.gold} → ${pair.predicted}: ${pair.count}`),
  ];
}

function percent(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(2)} %`;
}
