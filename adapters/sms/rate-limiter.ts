/**
 * Per-number rate limits: a token bucket per key (phone number) — `limit` messages per `windowMs`,
 * refilled evenly, so a burst of `limit` passes and a steady flood is held to the rate. Two
 * implementations pass one contract: `MemoryRateLimiter` (the embedded default; each process
 * counts its own traffic) and `RedisRateLimiter` (several gateway processes share one bucket).
 */

export interface RateLimit {
  /** Messages allowed per window (also the burst size). */
  limit: number;
  windowMs: number;
}

/** One rate per key, wherever the buckets live. */
export interface RateLimiter {
  /** Take one token for `key`: 0 when allowed, else milliseconds until one is available. */
  take(key: string): Promise<number>;
  /** Release what the limiter holds (connections); it is not used afterwards. */
  close(): Promise<void>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets in this process's memory; idle keys are forgotten so the map stays bounded. */
export class MemoryRateLimiter implements RateLimiter {
  readonly #rate: RateLimit;
  readonly #clock: () => number;
  readonly #buckets = new Map<string, Bucket>();
  readonly #maxKeys: number;

  constructor(rate: RateLimit, options: { clock?: () => number; maxKeys?: number } = {}) {
    this.#rate = rate;
    this.#clock = options.clock ?? Date.now;
    this.#maxKeys = options.maxKeys ?? 100_000;
  }

  take(key: string): Promise<number> {
    return Promise.resolve(this.#take(key));
  }

  close(): Promise<void> {
    this.#buckets.clear();
    return Promise.resolve();
  }

  #take(key: string): number {
    const now = this.#clock();
    const { limit, windowMs } = this.#rate;
    const perMs = limit / windowMs;
    const bucket = this.#buckets.get(key) ?? { tokens: limit, at: now };
    const tokens = Math.min(limit, bucket.tokens + (now - bucket.at) * perMs);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: now });
      return Math.ceil((1 - tokens) / perMs);
    }
    this.#buckets.delete(key);
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    this.#evict(now);
    return 0;
  }

  /** Drop the oldest keys (insertion order is last use) past the bound, and full buckets. */
  #evict(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      const full =
        bucket.tokens + (now - bucket.at) * (this.#rate.limit / this.#rate.windowMs) >= this.#rate.limit;
      if (this.#buckets.size <= this.#maxKeys && !full) break;
      this.#buckets.delete(key);
    }
  }
}

/** `"20/1m"` → 20 per minute; units ms, s, m, h. Throws on anything else. */
export function parseRateLimit(text: string): RateLimit {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{0,6})\s*(ms|s|m|h)\s*$/.exec(text);
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  if (!match?.[1] || !match[3]) throw new Error(`"${text}" is not a rate like 20/1m (count/duration)`);
  const limit = Number(match[1]);
  const windowMs = Number(match[2] === '' ? 1 : match[2]) * (units[match[3]] ?? 0);
  if (limit < 1 || windowMs < 1)
    throw new Error(`"${text}" must allow at least 1 message per a positive duration`);
  return { limit, windowMs };
}
