/**
 * Evaluating one peer on one set inside a worker: train on train and predict validation, or, for a
 * set without validation, stratified k-fold cross-validation on train (fixed seed). Collects the
 * predictions, training times, per-prediction latencies and heap in use after training.
 */
import { performance } from 'node:perf_hooks';
import { stratifiedKFold, type LabelledRow } from '../../../knowledge/nlu/dataset';
import type { BenchLocale, PeerFactory } from './peer';

/** How a set is evaluated. */
export type EvalPlan =
  { kind: 'holdout'; validation: LabelledRow[] } | { kind: 'kfold'; folds: number; seed: number };

/** What one (peer, set) evaluation measured; metrics are computed from it by the parent. */
export interface EvalOutcome {
  gold: string[];
  predicted: string[];
  /** Training time of each model trained (one, or one per fold). */
  /** Training time of each final model, settings selection excluded (one, or one per fold). */
  trainMs: number[];
  /** Time spent selecting settings inside `train` (see PeerModel.selectionMs), per model. */
  selectionMs: number[];
  latenciesMs: number[];
  /** Largest heap + array buffers in use right after a training (after a GC with `--expose-gc`), bytes. */
  heapUsedAfterTrain: number;
  notes: string[];
}

/** Progress callback: a short phrase such as `training fold 2/5` or `predicting 300/3100`. */
export type Progress = (text: string) => void;

/** Runs the plan and returns everything measured. */
export async function evaluatePeer(
  factory: PeerFactory,
  locale: BenchLocale,
  train: readonly LabelledRow[],
  plan: EvalPlan,
  progress: Progress,
): Promise<EvalOutcome> {
  const outcome: EvalOutcome = {
    gold: [],
    predicted: [],
    trainMs: [],
    selectionMs: [],
    latenciesMs: [],
    heapUsedAfterTrain: 0,
    notes: [],
  };
  const splits =
    plan.kind === 'holdout'
      ? [{ train: [...train], test: plan.validation }]
      : stratifiedKFold(train, plan.folds, plan.seed);
  const perFold: string[][] = [];
  for (const [index, split] of splits.entries()) {
    const label = splits.length > 1 ? ` fold ${index + 1}/${splits.length}` : '';
    const model = factory(locale);
    progress(`training${label} on ${split.train.length} rows`);
    const start = performance.now();
    await model.train(split.train);
    const selection = model.selectionMs?.() ?? 0;
    outcome.trainMs.push(performance.now() - start - selection);
    outcome.selectionMs.push(selection);
    outcome.heapUsedAfterTrain = Math.max(outcome.heapUsedAfterTrain, heapInUse());
    for (const [done, row] of split.test.entries()) {
      if (done % 100 === 0) progress(`predicting${label} ${done}/${split.test.length}`);
      const begin = performance.now();
      const predicted = await model.predict(row.text);
      outcome.latenciesMs.push(performance.now() - begin);
      outcome.gold.push(row.intent);
      outcome.predicted.push(predicted);
    }
    perFold.push(model.notes());
  }
  outcome.notes = mergeFoldNotes(perFold);
  return outcome;
}

/**
 * Notes of several folds as one list: notes are `key: value`; a key with one value across folds is
 * listed once, a key whose value varies lists the values in fold order.
 */
export function mergeFoldNotes(perFold: readonly (readonly string[])[]): string[] {
  const values = new Map<string, string[]>();
  for (const notes of perFold) {
    for (const note of notes) {
      const cut = note.lastIndexOf(': ');
      const key = cut < 0 ? note : note.slice(0, cut);
      const list = values.get(key) ?? [];
      list.push(cut < 0 ? '' : note.slice(cut + 2));
      values.set(key, list);
    }
  }
  return [...values].map(([key, list]) => {
    const distinct = [...new Set(list)];
    if (distinct.length === 1) return distinct[0] === '' ? key : `${key}: ${distinct[0]}`;
    return `${key}: ${list.join(', ')} (per fold)`;
  });
}

/**
 * JS heap plus array-buffer backing stores in use (typed-array model weights live outside the
 * heap), after a full GC when the process runs with `--expose-gc`.
 */
function heapInUse(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
