/**
 * Training off the event loop. The intent matcher needs most of a second for the demo knowledge
 * base and more for large ones; trained in the gateway's thread, every turn would wait that long.
 * {@link WorkerTrainedMatcher} trains in a worker thread and takes the finished model back as
 * plain data (`IntentMatcher.toJSON/fromJSON`), so turns keep flowing while a publish trains.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TrainJob } from './intent-train-worker';
import { IntentMatcher, type IntentMatcherData, type IntentMatcherOptions } from './nlu/intent-matcher';
import type { LabelledText, MatchCandidate, Matcher } from './types';

const WORKER_MODULE = new URL('./intent-train-worker.ts', import.meta.url).href;
// The sources are TypeScript run through tsx, which a worker thread does not inherit: the worker
// registers it first, from this project's own copy (its ES module build: the CommonJS one cannot
// register from an evaluated worker), then loads the worker module.
const TSX_API = tsxEsmApi();
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.module); });
`;

/** Trains an {@link IntentMatcher} in a worker thread; rejects when the worker fails or dies. */
export function trainInWorker(
  rows: readonly LabelledText[],
  options: IntentMatcherOptions = {},
): Promise<IntentMatcher> {
  const job: TrainJob = { rows: [...rows], options };
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { tsx: TSX_API, module: WORKER_MODULE, job },
    });
    let settled = false;
    worker.once('message', (data: IntentMatcherData) => {
      settled = true;
      try {
        resolve(IntentMatcher.fromJSON(data, options));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
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

/** An {@link IntentMatcher} whose training runs in a worker thread; matching runs here. */
export class WorkerTrainedMatcher implements Matcher {
  readonly weighsRows = true;
  readonly #options: IntentMatcherOptions;
  #trained: IntentMatcher | undefined;

  constructor(options: IntentMatcherOptions = {}) {
    this.#options = options;
  }

  /** Trains in a worker; the previous model keeps answering `match` until the new one is back. */
  async train(rows: readonly LabelledText[]): Promise<void> {
    this.#trained = await trainInWorker(rows, this.#options);
  }

  match(text: string, locale?: string, limit?: number): MatchCandidate[] {
    return this.#trained?.match(text, locale, limit) ?? [];
  }
}

/** The file URL of tsx's `esm/api` ES module, read from its package's exports map. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = exports['./esm/api'];
  const relative = typeof entry === 'object' ? entry.import?.default : undefined;
  if (relative === undefined) throw new Error('tsx does not export esm/api: cannot train in a worker thread');
  return pathToFileURL(join(dirname(manifest), relative)).href;
}
