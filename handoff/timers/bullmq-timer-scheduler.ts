/**
 * `BullmqTimerScheduler`: timers as BullMQ delayed jobs on Redis, for several processes on one
 * Redis. The job id is derived from (key, due time), so arming the same timer from two processes
 * makes one job, and BullMQ hands each job to one worker: a timer fires once across processes.
 * Completed job ids are kept for a day so a timer that fired is not armed again meanwhile.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { DueTimer, TimerHandler, TimerScheduler } from './timer-scheduler';

/** Options of {@link BullmqTimerScheduler}. */
export interface BullmqTimerSchedulerOptions {
  /** `REDIS_URL`: `redis://host:port/db`. */
  url: string;
  /** The BullMQ queue name; every process of one deployment uses the same. Default `sb-timers`. */
  queueName?: string;
  /** Redis key prefix of BullMQ. Default `switchboard`. */
  prefix?: string;
  /** How long fired and failed job ids are kept (dedupes re-arming a fired timer), ms. Default 24 h. */
  keepFiredMs?: number;
  /** Told about a handler's failure or a worker error. Default: ignore (the reconciler re-arms). */
  onError?: (error: unknown) => void;
}

interface TimerJob {
  key: string;
  at: number;
}

/** BullMQ custom job ids cannot contain `:`; keys are ids and dotted names, so `:` becomes `_`. */
export function timerJobId(key: string, at: number): string {
  return `t-${key.replaceAll(':', '_')}-${at}`;
}

/** Delayed jobs on Redis. */
export class BullmqTimerScheduler implements TimerScheduler {
  readonly #options: Required<Omit<BullmqTimerSchedulerOptions, 'onError'>>;
  readonly #onError: (error: unknown) => void;
  readonly #connection: Redis;
  readonly #queue: Queue<TimerJob>;
  /** The job this scheduler armed per key, so a new time replaces it. */
  readonly #armed = new Map<string, string>();
  #worker: Worker<TimerJob> | undefined;
  #workerConnection: Redis | undefined;

  constructor(options: BullmqTimerSchedulerOptions) {
    this.#options = {
      url: options.url,
      queueName: options.queueName ?? 'sb-timers',
      prefix: options.prefix ?? 'switchboard',
      keepFiredMs: options.keepFiredMs ?? 86_400_000,
    };
    this.#onError = options.onError ?? (() => undefined);
    this.#connection = this.#redis();
    this.#queue = new Queue<TimerJob>(this.#options.queueName, {
      connection: this.#connection,
      prefix: this.#options.prefix,
    });
  }

  async start(onFire: TimerHandler): Promise<void> {
    if (this.#worker) return;
    this.#workerConnection = this.#redis();
    const worker = new Worker<TimerJob>(
      this.#options.queueName,
      async (job: Job<TimerJob>) => {
        this.#forget(job.data.key, job.id);
        await onFire({ key: job.data.key, at: new Date(job.data.at) } satisfies DueTimer);
      },
      { connection: this.#workerConnection, prefix: this.#options.prefix, concurrency: 8 },
    );
    worker.on('error', (error) => this.#onError(error));
    worker.on('failed', (_job, error) => this.#onError(error));
    this.#worker = worker;
    await worker.waitUntilReady();
  }

  async schedule(key: string, at: Date): Promise<void> {
    const due = at.getTime();
    const jobId = timerJobId(key, due);
    const previous = this.#armed.get(key);
    if (previous !== undefined && previous !== jobId) await this.#remove(previous);
    const keep = { age: Math.ceil(this.#options.keepFiredMs / 1000) };
    await this.#queue.add(
      'timer',
      { key, at: due },
      { jobId, delay: Math.max(0, due - Date.now()), removeOnComplete: keep, removeOnFail: keep },
    );
    this.#armed.set(key, jobId);
  }

  async cancel(key: string): Promise<void> {
    const jobId = this.#armed.get(key);
    this.#armed.delete(key);
    if (jobId !== undefined) await this.#remove(jobId);
  }

  async close(): Promise<void> {
    await this.#worker?.close();
    await this.#queue.close();
    this.#workerConnection?.disconnect();
    this.#connection.disconnect();
  }

  #redis(): Redis {
    // BullMQ's blocking commands need unlimited retries per request.
    return new Redis(this.#options.url, { maxRetriesPerRequest: null });
  }

  #forget(key: string, jobId: string | undefined): void {
    if (this.#armed.get(key) === jobId) this.#armed.delete(key);
  }

  /** Remove a delayed job; one already running or gone is left alone. */
  async #remove(jobId: string): Promise<void> {
    const job = await this.#queue.getJob(jobId);
    if (job && (await job.isDelayed())) await job.remove().catch((error: unknown) => this.#onError(error));
  }
}
