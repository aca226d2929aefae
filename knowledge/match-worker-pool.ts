/**
 * Matching off the event loop. A turn's intent match is the largest share of the gateway thread's
 * work; on a machine with a spare core, worker threads holding copies of the trained models match
 * while the gateway thread parses requests and commits turns. Each worker answers in arrival order,
 * so a model loaded before a request is the one that request sees. A worker that fails or dies
 * answers nothing more: its callers get `undefined` and match in their own thread instead. So do
 * callers who find every worker far behind (`spillAt`): under load the gateway thread shares the
 * matching instead of waiting idle for it.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { IntentMatcherData, IntentMatcherOptions } from './nlu/intent-matcher';
import { startTsWorker } from '../gateway/ts-worker';
import type { MatchCandidate, MatchStep } from './types';

const THREAD_MODULE = new URL('./match-worker-thread.ts', import.meta.url).href;

/** What a worker is started with: the counter of requests it has finished (see `PoolWorker.done`). */
export interface MatchWorkerData {
  done: Int32Array;
}

/** What the pool sends a worker. */
export type MatchWorkerRequest =
  | { type: 'load'; model: number; data: IntentMatcherData; options: IntentMatcherOptions }
  | { type: 'drop'; model: number }
  | { type: 'match'; id: number; model: number; text: string; locale?: string; limit?: number }
  | { type: 'define'; step: number; module: string; exportName: string; options: unknown }
  | { type: 'run'; id: number; model: number; step: number; text: string; locale?: string; limit?: number };

/**
 * A worker's answer to one `match` or `run` request. `missing` says what the worker no longer
 * holds (or never got): the model, or the step; `loadError`, that the step's module or factory
 * failed when the worker built it.
 */
export type MatchReply =
  | { id: number; candidates: MatchCandidate[] }
  | { id: number; result: unknown }
  | { id: number; missing: 'model' | 'step' }
  | { id: number; loadError: string }
  | { id: number; error: string };

/**
 * Definitions of a step sent to workers that failed to load there before the pool stops sending
 * it: its runs then resolve `undefined` at once and its callers run it in their own thread. A
 * module that does not load usually never will (a wrong export, a factory rejecting its options),
 * so a few tries are enough; a new step object (the bot of the next publish) starts again at none.
 */
export const MAX_STEP_LOAD_FAILURES = 3;

type StepDefinition = Extract<MatchWorkerRequest, { type: 'define' }>;

/** What the pool knows of one step object. */
interface StepState {
  definition: StepDefinition;
  /** Definitions of it that failed to load in a worker, counted once each. */
  loadFailures: number;
}

/** A request waiting for its answer, and the step definition it counts on if it is a `run`. */
interface Pending {
  resolve: (answer: unknown) => void;
  step?: { state: StepState; sent: object };
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  /** `match` and `run` requests queued or posted to this worker, as a 32-bit count that wraps like `done`. */
  asked: number;
  /**
   * Shared with the worker, which adds one as it finishes each `match` or `run` request: what it
   * still has to do is `asked` less this, known here before its answers are read.
   */
  done: Int32Array;
  /** Requests not posted yet: sent as one message once this turn of the event loop is done. */
  outgoing: MatchWorkerRequest[];
  /**
   * Steps by id this worker was sent the definition of and is not known to have lost, each with a
   * token for that sending: an answer about a definition sent before the current one changes nothing.
   */
  steps: Map<number, object>;
  alive: boolean;
}

/**
 * Requests a worker may have to do before the next one is left to the caller's own thread
 * (default of {@link MatchWorkerPoolOptions.spillAt}). Each takes a worker a fraction of a
 * millisecond, so a backlog this deep is a few milliseconds of waiting; on a machine whose cores
 * the gateway thread, the workers and the rest share, the gateway thread is then often idle
 * between batches, and the turn is answered sooner there. The backlog is counted from what the
 * worker says it has finished, not from the answers read here: a busy gateway thread reads them
 * late, and counting those would make it take on more the busier it is.
 */
export const DEFAULT_SPILL_AT = 24;

/** Options of {@link MatchWorkerPool}. */
export interface MatchWorkerPoolOptions {
  /**
   * Unfinished requests at which the least busy worker takes no more: `match` and `run` then resolve
   * `undefined` at once and the caller does the work itself (default {@link DEFAULT_SPILL_AT};
   * `Infinity` never spills).
   */
  spillAt?: number;
}

/** A fixed set of matching worker threads, started on the first model loaded. */
export class MatchWorkerPool {
  readonly #size: number;
  readonly #spillAt: number;
  readonly #workers: PoolWorker[] = [];
  /** Steps by step object: a worker builds each step once, when defined or first asked to run it. */
  readonly #steps = new WeakMap<MatchStep<unknown>, StepState>();
  #nextId = 1;
  #nextStep = 1;

  constructor(size: number, options: MatchWorkerPoolOptions = {}) {
    this.#size = Math.max(1, Math.floor(size));
    this.#spillAt = Math.max(1, options.spillAt ?? DEFAULT_SPILL_AT);
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
   * Matches in the least busy worker; `undefined` when no worker could (none alive, every one
   * {@link MatchWorkerPoolOptions.spillAt} requests behind, the model unknown there, or it failed),
   * and the caller then matches itself.
   */
  match(model: number, text: string, locale?: string, limit?: number): Promise<MatchCandidate[] | undefined> {
    return this.#ask<MatchCandidate[]>((id) => withLimits({ type: 'match', id, model, text }, locale, limit));
  }

  /**
   * Sends `step`'s definition to every live worker that lacks it, so they load it before its first
   * run. Workers without it later (started after, or having evicted it) are sent it with a run.
   */
  define(step: MatchStep<unknown>): void {
    const state = this.#stateOf(step);
    if (state.loadFailures >= MAX_STEP_LOAD_FAILURES) return;
    for (const entry of this.#workers) {
      if (!entry.alive || entry.steps.has(state.definition.step)) continue;
      this.#sendDefinition(entry, state);
      this.#flush(entry);
    }
  }

  /**
   * Runs `step` on `text` in the least busy worker, beside model `model`'s match; `undefined` when
   * no worker could (as for {@link match}, or the step failed there), and the caller then runs it.
   * A worker that answers it lost the step, or could not load it, is sent the definition again
   * with the next run, up to {@link MAX_STEP_LOAD_FAILURES} failed loads.
   */
  run<T>(
    model: number,
    step: MatchStep<T>,
    text: string,
    locale?: string,
    limit?: number,
  ): Promise<T | undefined> {
    const state = this.#stateOf(step);
    if (state.loadFailures >= MAX_STEP_LOAD_FAILURES) return Promise.resolve(undefined);
    return this.#ask<T>(
      (id) => withLimits({ type: 'run', id, model, step: state.definition.step, text }, locale, limit),
      state,
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

  /** The pool's record of `step`, made (with a new id) the first time it is seen. */
  #stateOf(step: MatchStep<unknown>): StepState {
    let state = this.#steps.get(step);
    if (state === undefined) {
      const { module, exportName, options } = step;
      const definition: StepDefinition = {
        type: 'define',
        step: this.#nextStep++,
        module,
        exportName,
        options,
      };
      state = { definition, loadFailures: 0 };
      this.#steps.set(step, state);
    }
    return state;
  }

  /**
   * Sends a request to the least busy worker (a step's definition first, where it is not); none
   * when every live worker has {@link MatchWorkerPoolOptions.spillAt} requests unfinished.
   */
  #ask<T>(build: (id: number) => MatchWorkerRequest, step?: StepState): Promise<T | undefined> {
    let chosen: PoolWorker | undefined;
    for (const candidate of this.#workers) {
      if (candidate.alive && (chosen === undefined || backlogOf(candidate) < backlogOf(chosen))) {
        chosen = candidate;
      }
    }
    if (chosen === undefined || backlogOf(chosen) >= this.#spillAt) {
      return Promise.resolve(undefined);
    }
    const target = chosen;
    target.asked = (target.asked + 1) | 0;
    const id = this.#nextId++;
    return new Promise((resolve) => {
      // A worker waited on keeps the process alive; an idle one never does.
      if (target.pending.size === 0) target.worker.ref();
      const pending: Pending = { resolve: resolve as (answer: unknown) => void };
      if (step !== undefined) {
        const sent = target.steps.get(step.definition.step) ?? this.#sendDefinition(target, step);
        pending.step = { state: step, sent };
      }
      target.pending.set(id, pending);
      this.#enqueue(target, build(id));
    });
  }

  /**
   * Queues `state`'s definition for `entry` and records the sending; returns its token (see
   * {@link PoolWorker.steps}).
   */
  #sendDefinition(entry: PoolWorker, state: StepState): object {
    const sent = {};
    entry.steps.set(state.definition.step, sent);
    this.#enqueue(entry, state.definition);
    return sent;
  }

  #start(): void {
    for (let index = 0; index < this.#size; index += 1) {
      const done = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const entry: PoolWorker = {
        worker: startTsWorker(THREAD_MODULE, { done } satisfies MatchWorkerData),
        pending: new Map(),
        asked: 0,
        done,
        outgoing: [],
        steps: new Map(),
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
    const pending = entry.pending.get(reply.id);
    if (pending === undefined) return;
    entry.pending.delete(reply.id);
    if (entry.pending.size === 0) entry.worker.unref();
    if (pending.step !== undefined) this.#noteStep(entry, pending.step, reply);
    pending.resolve('candidates' in reply ? reply.candidates : 'result' in reply ? reply.result : undefined);
  }

  /**
   * A worker that lost a step, or failed to load it, is no longer counted as holding it, so the
   * next run there defines it again; each failed definition counts once towards giving up on it.
   * A missing model says nothing about the step: its caller matches itself.
   */
  #noteStep(entry: PoolWorker, { state, sent }: NonNullable<Pending['step']>, reply: MatchReply): void {
    const lost = ('missing' in reply && reply.missing === 'step') || 'loadError' in reply;
    // A later definition already on its way (sent after this request) is the one that counts.
    if (!lost || entry.steps.get(state.definition.step) !== sent) return;
    entry.steps.delete(state.definition.step);
    if ('loadError' in reply) state.loadFailures += 1;
  }

  /** A dead worker takes no more requests; whoever waits on it matches in their own thread. */
  #retire(entry: PoolWorker): void {
    entry.alive = false;
    for (const pending of entry.pending.values()) pending.resolve(undefined);
    entry.pending.clear();
    entry.worker.unref();
  }
}

/** Requests `entry` has been asked and not yet finished (its answers may still be on their way). */
function backlogOf(entry: PoolWorker): number {
  // Both counts wrap at 2^31 (weeks of a busy server); their 32-bit difference stays right.
  return (entry.asked - Atomics.load(entry.done, 0)) | 0;
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
