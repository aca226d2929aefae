/**
 * Training off the event loop. The intent matcher needs most of a second for the demo knowledge
 * base and more for large ones; trained in the gateway's thread, every turn would wait that long.
 * {@link WorkerTrainedMatcher} trains in a worker thread and takes the finished model back as
 * plain data (`IntentMatcher.toJSON/fromJSON`), so turns keep flowing while a publish trains; given
 * a {@link MatchWorkerPool}, it also matches there (`matchAsync`).
 */
import type { TrainJob } from './intent-train-worker';
import type { MatchWorkerPool } from './match-worker-pool';
import { IntentMatcher, type IntentMatcherData, type IntentMatcherOptions } from './nlu/intent-matcher';
import { startTsWorker } from '../gateway/ts-worker';
import type { LabelledText, MatchCandidate, Matcher, MatchStep } from './types';

const WORKER_MODULE = new URL('./intent-train-worker.ts', import.meta.url).href;

/** Trains an {@link IntentMatcher} in a worker thread and returns its plain data; rejects when the worker fails or dies. */
export function trainDataInWorker(
  rows: readonly LabelledText[],
  options: IntentMatcherOptions = {},
): Promise<IntentMatcherData> {
  const job: TrainJob = { rows: [...rows], options };
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(WORKER_MODULE, job);
    let settled = false;
    worker.once('message', (data: IntentMatcherData) => {
      settled = true;
      resolve(data);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the training worker exited with code ${code} before finishing`));
    });
  });
}

/** Trains an {@link IntentMatcher} in a worker thread; rejects when the worker fails or dies. */
export async function trainInWorker(
  rows: readonly LabelledText[],
  options: IntentMatcherOptions = {},
): Promise<IntentMatcher> {
  return IntentMatcher.fromJSON(await trainDataInWorker(rows, options), options);
}

/** Model ids in a match pool: unique in this process. */
let nextModelId = 1;

/** Models of matchers no longer reachable are dropped from their pool. */
const dropWhenCollected = new FinalizationRegistry<{ pool: MatchWorkerPool; model: number }>(
  ({ pool, model }) => pool.drop(model),
);

/**
 * An {@link IntentMatcher} whose training runs in a worker thread. `match` runs here; `matchAsync`
 * runs in the pool's workers when a pool was given, each holding a copy of the model.
 */
export class WorkerTrainedMatcher implements Matcher {
  readonly weighsRows = true;
  readonly #options: IntentMatcherOptions;
  readonly #pool: MatchWorkerPool | undefined;
  #trained: IntentMatcher | undefined;
  #model: { id: number; token: object } | undefined;

  constructor(options: IntentMatcherOptions = {}, pool?: MatchWorkerPool) {
    this.#options = options;
    this.#pool = pool;
  }

  /**
   * Trains in a worker; the previous model keeps answering until the new one is back. The new
   * model reaches the pool's workers before this resolves, so every later `matchAsync` sees it.
   */
  async train(rows: readonly LabelledText[]): Promise<void> {
    const data = await trainDataInWorker(rows, this.#options);
    this.#trained = IntentMatcher.fromJSON(data, this.#options);
    const pool = this.#pool;
    if (pool === undefined) return;
    const previous = this.#model;
    const model = { id: nextModelId++, token: {} };
    pool.load(model.id, data, this.#options);
    dropWhenCollected.register(this, { pool, model: model.id }, model.token);
    this.#model = model;
    if (previous !== undefined) {
      dropWhenCollected.unregister(previous.token);
      pool.drop(previous.id);
    }
  }

  match(text: string, locale?: string, limit?: number): MatchCandidate[] {
    return this.#trained?.match(text, locale, limit) ?? [];
  }

  async matchAsync(text: string, locale?: string, limit?: number): Promise<MatchCandidate[]> {
    const model = this.#model;
    if (this.#pool === undefined || model === undefined) return this.match(text, locale, limit);
    return (await this.#pool.match(model.id, text, locale, limit)) ?? this.match(text, locale, limit);
  }

  /** Defines `step` in the pool's live workers, so they have loaded it by its first run. */
  prepareStep(step: MatchStep<unknown>): void {
    this.#pool?.define(step);
  }

  /**
   * Runs `step` in the pool's workers beside the match there; `undefined` when there is no pool or
   * no trained model yet, or no worker could, and the caller does the work itself.
   */
  async runStepAsync<T>(
    step: MatchStep<T>,
    text: string,
    locale?: string,
    limit?: number,
  ): Promise<T | undefined> {
    const model = this.#model;
    if (model === undefined || this.#pool === undefined) return undefined;
    return this.#pool.run(model.id, step, text, locale, limit);
  }
}
