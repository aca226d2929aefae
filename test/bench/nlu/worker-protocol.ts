/** What the parent and an NLU bench worker say to each other. */
import type { EvalOutcome } from './evaluate';
import type { BenchLocale, PeerId } from './peer';

/** One (peer, set) evaluation to run. */
export interface WorkerJob {
  peer: PeerId;
  set: string;
  dir: string;
  hasValidation: boolean;
  /** Folds and seed of the cross-validation used when the set has no validation file. */
  folds: number;
  seed: number;
}

/** Messages from the worker, in order: any number of progress, then result or error. */
export type WorkerMessage =
  | { type: 'progress'; text: string }
  | {
      type: 'result';
      outcome: EvalOutcome;
      locale: BenchLocale;
      /** RSS once the worker had started (Node plus tsx), before loading data or the peer. */
      baselineRssBytes: number;
      peakRssBytes: number;
    }
  | { type: 'error'; message: string; peakRssBytes: number };
