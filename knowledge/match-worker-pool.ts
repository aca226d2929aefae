/**
 * Matching off the event loop. A turn's intent match is the largest share of the gateway thread's
 * work; on a machine with a spare core, worker threads holding copies of the trained models match
 * while the gateway thread parses requests and commits turns. Each worker answers in arrival order,
 * so a model loaded before a request is the one that request sees. A worker that fails or dies
 * answers nothing more: its callers get `undefined` and match in their own thread instead.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { IntentMatcherData, IntentMatcherOptions } from './nlu/intent-matcher';
import { startTsWorker } from '../gateway/ts-worker';
import type { MatchCandidate, MatchStep } from './types';

const THREAD_MODULE = new URL('./match-worker-thread.ts', import.meta.url).href;

/** What the pool sends a worker. */
export type MatchWorkerRequest =
  | { type: 'load'; model: number; data: IntentMatcherData; options: IntentMatcherOptions }
  | { type: 'drop'; model: number }
  | { type: 'match'; id: number; model: number; text: string; locale?: string; limit?: number }
  | { type: 'define'; step: number; module: string; exportName: string; options: unknown }
  | { type: 'run'; id: number; model: number; step: number; text: string; locale?: string; limit?: number };

/** A worker's answer to one `match` or `run` request. */
export type MatchReply =
  | { id: number; candidates: MatchCandidate[] }
  | { id: number; result: unknown }
  | { id: number; missing: true }
  | { id: number; error: string };

type StepDefinition = Extract<MatchWorkerRequest, { type: 'define' }>;

interface PoolWorker {
  worker: Worker;
  pending: Map<number, (answer: unknown) => void>;
  /** Requests not posted yet: sent as one message once this turn of the event loop is done. */
  outgoing: MatchWorkerRequest[];
  /** Steps this worker was sent the definition of. */
  steps: Set<number>;
  alive: boolean;
}

/** A fixed set of matching worker threads, started on the first model loaded. */
export class MatchWorkerPool {
  readonly #size: number;
  readonly #workers: PoolWorker[] = [];
  /** Step ids by step object: a worker builds each step once, when first asked to run it. */
  readonly #stepIds = new WeakMap<MatchStep<unknown>, number>();
  #nextId = 1;
  #nextStep = 1;

  constructor(size: number) {
    this.#size = Math.max(1, Math.floor(size));
  }

  /** Sends a trained model to every worker under `model`, an id unique in this process. */
  load(model: number, data: IntentMatcherData, options: IntentMatcherOptions): void {
    if (this.#workers.length === 0) this.#start();
    this.#broadcast({ type: 'load', model, data, options });
  }

  /** Forgets a model in every worker. */
  drop(model: number): void {
    this.#broadcast({ type: 'drop', model });
  }

  /**
   * Matches in the least busy worker; `undefined` when no worker could (none alive, the model
   * unknown there, or it failed), and the caller then matches itself.
   */
  match(model: number, text: string, locale?: string, limit?: number): Promise<MatchCandidate[] | undefined> {
    return this.#ask<MatchCandidate[]>((id) => withLimits({ type: 'match', id, model, text }, locale, limit));
  }

  /**
   * Runs `step` on `text` in the least busy worker, beside model `model`'s match; `undefined` when
   * no worker could (as for {@link match}, or the step failed there), and the caller then runs it.
   */
  run<T>(
    model: number,
    step: MatchStep<T>,
    text: string,
    locale?: string,
    limit?: number,
  ): Promise<T | undefined> {
    let stepId = this.#stepIds.get(step);
    if (stepId === undefined) {
      stepId = this.#nextStep++;
      this.#stepIds.set(step, stepId);
    }
    const { module, exportName, options } = step;
    const definition: StepDefinition = { type: 'define', step: stepId, module, exportName, options };
    return this.#ask<T>(
      (id) => withLimits({ type: 'run', id, model, step: definition.step, text }, locale, limit),
      definition,
    );
  }

  /** Stops every worker; pending matches resolve `undefined`. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    await Promise.all(
      workers.map(async (entry) => {
        this.#retire(entry);
        await entry.worker.terminate();
      }),
    );
  }

  /** Sends a request to the least busy worker (a step's definition first, once per worker). */
  #ask<T>(build: (id: number) => MatchWorkerRequest, definition?: StepDefinition): Promise<T | undefined> {
    let chosen: PoolWorker | undefined;
    for (const candidate of this.#workers) {
      if (candidate.alive && (chosen === undefined || candidate.pending.size < chosen.pending.size))
        chosen = candidate;
    }
    if (chosen === undefined) return Promise.resolve(undefined);
    const target = chosen;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      // A worker waited on keeps the process alive; an idle one never does.
      if (target.pending.size === 0) target.worker.ref();
      target.pending.set(id, resolve as (answer: unknown) => void);
      if (definition !== undefined && !target.steps.has(definition.step)) {
        target.steps.add(definition.step);
        this.#enqueue(target, definition);
      }
      this.#enqueue(target, build(id));
    });
  }

  #start(): void {
    for (let index = 0; index < this.#size; index += 1) {
      const entry: PoolWorker = {
        worker: startTsWorker(THREAD_MODULE, null),
        pending: new Map(),
        outgoing: [],
        steps: new Set(),
        alive: true,
      };
      entry.worker.unref();
      entry.worker.on('message', (replies: MatchReply[]) => {
        for (const reply of replies) this.#settle(entry, reply);
      });
      entry.worker.on('error', () => this.#retire(entry));
      entry.worker.on('exit', () => this.#retire(entry));
      this.#workers.push(entry);
    }
  }

  /** Queues a request behind those already waiting; one post per worker per event loop turn. */
  #enqueue(entry: PoolWorker, request: MatchWorkerRequest): void {
    entry.outgoing.push(request);
    if (entry.outgoing.length === 1) setImmediate(() => this.#flush(entry));
  }

  /** Models go out at once, behind whatever is queued, so no later request can overtake them. */
  #broadcast(request: MatchWorkerRequest): void {
    for (const entry of this.#workers) {
      if (!entry.alive) continue;
      entry.outgoing.push(request);
      this.#flush(entry);
    }
  }

  #flush(entry: PoolWorker): void {
    if (entry.outgoing.length === 0) return;
    const batch = entry.outgoing.splice(0);
    if (entry.alive) entry.worker.postMessage(batch);
  }

  #settle(entry: PoolWorker, reply: MatchReply): void {
    const resolve = entry.pending.get(reply.id);
    if (resolve === undefined) return;
    entry.pending.delete(reply.id);
    if (entry.pending.size === 0) entry.worker.unref();
    resolve('candidates' in reply ? reply.candidates : 'result' in reply ? reply.result : undefined);
  }

  /** A dead worker takes no more requests; whoever waits on it matches in their own thread. */
  #retire(entry: PoolWorker): void {
    entry.alive = false;
    for (const resolve of entry.pending.values()) resolve(undefined);
    entry.pending.clear();
    entry.worker.unref();
  }
}

/** `request` with the optional locale and limit set only when given. */
function withLimits(
  request: Extract<MatchWorkerRequest, { type: 'match' | 'run' }>,
  locale?: string,
  limit?: number,
): MatchWorkerRequest {
  if (locale !== undefined) request.locale = locale;
  if (limit !== undefined) request.limit = limit;
  return request;
}

/** Workers worth starting here: one per core beyond the first, at most two; none on a single core. */
export function defaultMatchWorkerCount(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}
