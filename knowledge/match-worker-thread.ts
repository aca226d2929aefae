/**
 * The body of a matching worker thread (see match-worker-pool.ts): holds the few newest trained
 * models it was sent and answers match requests against them, in the order they arrive. It also
 * runs the steps callers defined (see `MatchStep`) on a text, with a model's match at hand.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IntentMatcher } from './nlu/intent-matcher';
import type { MatchReply, MatchWorkerData, MatchWorkerRequest } from './match-worker-pool';
import type { MatchStepFactory, StepMatch } from './types';

/** Models kept; a request for an older one is answered `missing` and matched by the sender. */
const MAX_MODELS = 4;
/**
 * Steps kept, the least recently defined or run dropped first: each knowledge base publish builds
 * a new bot and so defines a new step. A run of a dropped step is answered `missing: 'step'`; the
 * sender runs that turn in its own thread and sends the definition again with its next run.
 */
const MAX_STEPS = 8;

type Step = (text: string, match: StepMatch) => unknown;

/** Requests of this worker finished, counted for the pool (see `PoolWorker.done`). */
const { done } = (workerData as { data: MatchWorkerData }).data;
const models = new Map<number, IntentMatcher>();
/**
 * Steps by id, oldest use first, built from their module once per definition; a step that failed
 * to load answers each run `loadError` until it is defined again.
 */
const steps = new Map<number, Promise<Step>>();

async function loadStep(module: string, exportName: string, options: unknown): Promise<Step> {
  const exports = (await import(module)) as Record<string, unknown>;
  const factory = exports[exportName];
  if (typeof factory !== 'function') throw new Error(`${module} exports no step factory ${exportName}`);
  return (factory as MatchStepFactory<unknown>)(options);
}

async function runStep(request: MatchWorkerRequest & { type: 'run' }): Promise<MatchReply> {
  const loading = steps.get(request.step);
  // A lost step is said first: the sender defines it again whatever model its next run is for.
  if (loading === undefined) return { id: request.id, missing: 'step' };
  keep(steps, request.step, loading);
  const matcher = models.get(request.model);
  if (matcher === undefined) return { id: request.id, missing: 'model' };
  let step: Step;
  try {
    step = await loading;
  } catch (error) {
    return { id: request.id, loadError: messageOf(error) };
  }
  // An inline callback: tsx keeps a named one's name with a defineProperty call per run.
  return {
    id: request.id,
    result: step(request.text, (text) => matcher.match(text, request.locale, request.limit)),
  };
}

/** Sets `key` as the newest entry of `map` and drops the oldest beyond `max`. */
function keep<V>(map: Map<number, V>, key: number, value: V, max = Infinity): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= max) break;
    map.delete(old);
  }
}

function handle(request: MatchWorkerRequest): MatchReply | Promise<MatchReply> | undefined {
  switch (request.type) {
    case 'load': {
      keep(models, request.model, IntentMatcher.fromJSON(request.data, request.options), MAX_MODELS);
      return undefined;
    }
    case 'drop':
      models.delete(request.model);
      return undefined;
    case 'define': {
      const loading = loadStep(request.module, request.exportName, request.options);
      // Failures surface when the step runs, as that request's `loadError`.
      loading.catch(() => undefined);
      keep(steps, request.step, loading, MAX_STEPS);
      return undefined;
    }
    case 'match': {
      const matcher = models.get(request.model);
      if (matcher === undefined) return { id: request.id, missing: 'model' };
      return { id: request.id, candidates: matcher.match(request.text, request.locale, request.limit) };
    }
    case 'run':
      return runStep(request);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorReply(id: number, error: unknown): MatchReply {
  return { id, error: messageOf(error) };
}

/** The reply to a request that threw: only matches and runs are answered. */
function failure(request: MatchWorkerRequest, error: unknown): MatchReply | undefined {
  return request.type === 'match' || request.type === 'run' ? errorReply(request.id, error) : undefined;
}

/** Answers a batch in order; only a step still loading makes it wait. */
async function answerBatch(batch: MatchWorkerRequest[]): Promise<void> {
  const replies: MatchReply[] = [];
  for (const request of batch) {
    let reply: MatchReply | undefined;
    try {
      const handled = handle(request);
      reply = handled instanceof Promise ? await handled : handled;
    } catch (error) {
      reply = failure(request, error);
    }
    if (reply !== undefined) replies.push(reply);
    if (request.type === 'match' || request.type === 'run') Atomics.add(done, 0, 1);
  }
  if (replies.length > 0) post(replies);
}

/** Posts replies; a step result that cannot be cloned fails its batch's requests, never hangs them. */
function post(replies: MatchReply[]): void {
  try {
    parentPort?.postMessage(replies);
  } catch (error) {
    parentPort?.postMessage(replies.map((reply) => errorReply(reply.id, error)));
  }
}

// Requests come in batches (whatever the gateway thread asked for in one turn of its event loop);
// the answers to a batch go back together, batches in the order they came.
let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (batch: MatchWorkerRequest[]) => {
  previous = previous.then(() => answerBatch(batch));
});
