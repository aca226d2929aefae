/**
 * `MemoryTimerScheduler`: timers as `setTimeout` in this process, the embedded default. Nothing
 * survives a restart, by design: the SLA reconciler arms every open case again from the database
 * when the queue starts.
 */
import type { DueTimer, TimerHandler, TimerScheduler } from './timer-scheduler';

/** Node's setTimeout takes at most 2^31 − 1 ms; longer waits are armed in steps. */
const MAX_DELAY_MS = 2_147_483_647;

/** Options of {@link MemoryTimerScheduler}. */
export interface MemoryTimerSchedulerOptions {
  /** Clock, for tests with fake timers. Default `Date.now`. */
  now?: () => number;
  /** Told about a handler's failure. Default: ignore (the reconciler re-arms). */
  onError?: (error: unknown, timer: DueTimer) => void;
}

interface Armed {
  at: number;
  handle: NodeJS.Timeout;
}

/** In-process timers. */
export class MemoryTimerScheduler implements TimerScheduler {
  readonly #armed = new Map<string, Armed>();
  /** The latest due time fired per key: arming it again is a no-op. */
  readonly #fired = new Map<string, number>();
  readonly #pending: DueTimer[] = [];
  readonly #now: () => number;
  readonly #onError: (error: unknown, timer: DueTimer) => void;
  #handler: TimerHandler | undefined;
  #closed = false;

  constructor(options: MemoryTimerSchedulerOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.#onError = options.onError ?? (() => undefined);
  }

  start(onFire: TimerHandler): Promise<void> {
    this.#handler = onFire;
    for (const timer of this.#pending.splice(0)) this.#deliver(timer);
    return Promise.resolve();
  }

  schedule(key: string, at: Date): Promise<void> {
    const due = at.getTime();
    if (this.#closed || (this.#fired.get(key) ?? -Infinity) >= due) return Promise.resolve();
    const current = this.#armed.get(key);
    if (current?.at === due) return Promise.resolve();
    if (current) clearTimeout(current.handle);
    this.#arm(key, due);
    return Promise.resolve();
  }

  cancel(key: string): Promise<void> {
    const current = this.#armed.get(key);
    if (current) clearTimeout(current.handle);
    this.#armed.delete(key);
    this.#fired.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#closed = true;
    for (const { handle } of this.#armed.values()) clearTimeout(handle);
    this.#armed.clear();
    return Promise.resolve();
  }

  #arm(key: string, due: number): void {
    const delay = Math.max(0, due - this.#now());
    const handle = setTimeout(
      () => {
        if (due > this.#now()) this.#arm(key, due);
        else this.#fire(key, due);
      },
      Math.min(delay, MAX_DELAY_MS),
    );
    // An armed timer must not keep a stopping process alive.
    handle.unref();
    this.#armed.set(key, { at: due, handle });
  }

  #fire(key: string, due: number): void {
    this.#armed.delete(key);
    this.#fired.set(key, due);
    const timer = { key, at: new Date(due) };
    if (this.#handler) this.#deliver(timer);
    else this.#pending.push(timer);
  }

  #deliver(timer: DueTimer): void {
    const handler = this.#handler;
    if (!handler || this.#closed) return;
    handler(timer).catch((error: unknown) => this.#onError(error, timer));
  }
}
