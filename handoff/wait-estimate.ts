/**
 * `MeasuredWaits`: how long one "round" of the queue takes, measured rather than assumed. For a
 * priority it is the median time from opening to the first agent response over the latest
 * `sampleSize` cases of that priority answered within `lookbackMs`; with fewer than `minSamples`
 * such cases (a new install, a quiet priority) it is the configured default. The figure is read at
 * most once per `refreshMs` per priority (one query in flight), so opening a case costs no extra
 * database call on the hot path, and a failed read keeps the last figure (or the default).
 *
 * The wait told to a customer at place `p` with `a` agents online is then
 * `ceil(p / a) × round(priority)`, capped by the time left to the first-response deadline
 * (see wait-notices.ts).
 */
import type { Logger } from 'pino';
import type { CasePriority } from '../gateway/store/case-types';
import type { StatsRepository } from '../gateway/store/stats-types';

/** How the measured round is taken. */
export interface WaitEstimateOptions {
  /** Latest first responses the median is taken over. Default 50. */
  sampleSize?: number;
  /** Fewest samples trusted; below this the default is used. Default 5. */
  minSamples?: number;
  /** Oldest first response considered, ms before now. Default 7 days. */
  lookbackMs?: number;
  /** How long a measured figure is reused, ms. Default 60 s. */
  refreshMs?: number;
}

/** What {@link MeasuredWaits} needs. */
export interface MeasuredWaitsDeps extends WaitEstimateOptions {
  stats: Pick<StatsRepository, 'recentFirstResponseWaits'>;
  clock: () => Date;
  logger: Logger;
  /** The round when too few cases were answered recently, ms. */
  defaultMs: number;
}

interface Entry {
  ms: number;
  readAt: number;
  reading?: Promise<number>;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** Measured time per round of the queue, per priority, cached. */
export class MeasuredWaits {
  readonly #deps: MeasuredWaitsDeps;
  readonly #entries = new Map<CasePriority, Entry>();

  constructor(deps: MeasuredWaitsDeps) {
    this.#deps = deps;
  }

  /** The round of `priority`, ms. Never rejects. */
  roundMs(priority: CasePriority): Promise<number> {
    const now = this.#deps.clock().getTime();
    const entry = this.#entries.get(priority);
    if (entry && (entry.reading || now - entry.readAt < (this.#deps.refreshMs ?? 60_000))) {
      return entry.reading ?? Promise.resolve(entry.ms);
    }
    const current: Entry = { ms: entry?.ms ?? this.#deps.defaultMs, readAt: entry?.readAt ?? 0 };
    current.reading = this.#read(priority, now)
      .then((ms) => {
        current.ms = ms;
        current.readAt = now;
        return ms;
      })
      .catch((error: unknown) => {
        this.#deps.logger.error({ err: error, priority }, 'recent first responses not read');
        current.readAt = now;
        return current.ms;
      })
      .finally(() => {
        delete current.reading;
      });
    this.#entries.set(priority, current);
    return current.reading;
  }

  async #read(priority: CasePriority, now: number): Promise<number> {
    const since = new Date(now - (this.#deps.lookbackMs ?? 7 * 86_400_000));
    const waits = await this.#deps.stats.recentFirstResponseWaits(
      priority,
      since,
      this.#deps.sampleSize ?? 50,
    );
    const usable = waits.filter((ms) => Number.isFinite(ms) && ms >= 0);
    return usable.length >= (this.#deps.minSamples ?? 5) ? median(usable) : this.#deps.defaultMs;
  }
}
