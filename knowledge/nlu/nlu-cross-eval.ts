/**
 * `switchboard nlu eval --train TRAIN.jsonl --cv K`: for small sets with no test split (the Braun
 * corpora). Each of K stratified folds is scored by a matcher trained on the other folds, whose
 * out-of-scope threshold comes from cross-validation inside those folds only; predictions are pooled.
 */
import { stratifiedKFold, type LabelledRow } from './dataset';
import type { EvalProgress } from './eval-progress';
import { runOnce, summarizeRuns, type EvalRun, type NluEvalOptions } from './nlu-eval-command';
import type { NluEvalResult } from './nlu-eval-report';

/** K-fold evaluation of `rows` (K is capped at the number of rows). */
export async function crossEvaluateNlu(
  rows: LabelledRow[],
  k: number,
  progress: EvalProgress,
  options: NluEvalOptions = {},
): Promise<NluEvalResult> {
  const runs: EvalRun[] = [];
  for (const [index, fold] of stratifiedKFold(rows, Math.min(k, rows.length)).entries()) {
    progress.stage(`outer fold ${index + 1}/${k}`);
    runs.push(await runOnce({ train: fold.train, test: fold.test }, progress, options));
  }
  return summarizeRuns(runs);
}
