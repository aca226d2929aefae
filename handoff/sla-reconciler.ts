/**
 * `SlaReconciler`: the database is the truth for SLA deadlines, timers are not. On start and then
 * periodically it arms every open case's next wake-up again, so timers lost with a restart or a
 * flushed Redis are back within one period (arming an armed timer is a no-op), and a wake-up that
 * passed while nothing was armed fires at once.
 */
import type { Logger } from 'pino';
import type { CaseRepository } from '../gateway/store/case-types';
import type { SlaWatch } from './sla-watch';

/** Options of {@link SlaReconciler}. */
export interface SlaReconcilerOptions {
  cases: CaseRepository;
  watch: SlaWatch;
  logger: Logger;
  /** How often to re-arm every open case, ms; 0 = only when `run()` is called. Default 60 000. */
  intervalMs?: number;
}

/** Re-arms open cases' timers from the database. */
export class SlaReconciler {
  readonly #options: SlaReconcilerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(options: SlaReconcilerOptions) {
    this.#options = options;
  }

  /** Arm every open case once; returns how many were armed. Overlapping calls share one run. */
  run(): Promise<number> {
    this.#running ??= this.#armAll().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Run now and then every `intervalMs`. */
  async start(): Promise<void> {
    await this.run();
    const interval = this.#options.intervalMs ?? 60_000;
    if (interval <= 0 || this.#timer) return;
    this.#timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.#options.logger.error({ err: error }, 'SLA reconcile failed'),
      );
    }, interval);
    this.#timer.unref();
  }

  /** Stop the periodic runs and wait for one in progress. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }

  async #armAll(): Promise<number> {
    const open = await this.#options.cases.listOpen();
    for (const item of open) await this.#options.watch.arm(item);
    return open.length;
  }
}
