/**
 * `RedisRateLimiter`: the per-number token bucket on Redis, so every gateway process on one Redis
 * (`REDIS_URL`) counts against the same limit. One Lua script reads, refills and takes atomically;
 * the bucket is a hash at `<REDIS_PREFIX>:sms:rate:<scope>:<number>` (fields `tokens`, `at`) that
 * expires once it would be full again, so idle numbers leave nothing behind. Times come from the
 * calling process's clock (keep processes on NTP); a bucket never refills backwards when one
 * process's clock lags another's. Redis holds no truth: when it cannot answer, the message is
 * let through and the failure reported, rather than refusing customers for a limiter outage.
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { RateLimit, RateLimiter } from './rate-limiter';

/** Options of {@link RedisRateLimiter}. */
export interface RedisRateLimiterOptions {
  /** `REDIS_URL`. */
  url: string;
  /** `REDIS_PREFIX`; buckets live under `<prefix>:sms:rate:<scope>:`. */
  prefix: string;
  /** Which limit this is (`in`, `out`): one bucket per scope and number. */
  scope: string;
  rate: RateLimit;
  /** Epoch milliseconds. Default `Date.now`. */
  clock?: () => number;
  /** Told when Redis could not answer (the message was let through). */
  onError: (error: unknown) => void;
  /** Longest wait for Redis per message, ms. Default 1000. */
  commandTimeoutMs?: number;
}

/** Longest key part accepted (an E.164 number is at most 16 characters). */
const MAX_KEY_CHARS = 64;

// KEYS[1] the bucket; ARGV limit, window (ms), now (ms). Returns 0, or ms until a token is there.
const TAKE_SCRIPT = `
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local perMs = limit / window
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = limit
  at = now
end
if now > at then
  tokens = math.min(limit, tokens + (now - at) * perMs)
  at = now
end
local wait = 0
if tokens < 1 then
  wait = math.ceil((1 - tokens) / perMs)
else
  tokens = tokens - 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], math.ceil((limit - tokens) / perMs) + 1000)
return wait
`;
const TAKE_SHA = createHash('sha1').update(TAKE_SCRIPT).digest('hex');

export class RedisRateLimiter implements RateLimiter {
  readonly #o: RedisRateLimiterOptions;
  readonly #redis: Redis;
  readonly #clock: () => number;

  constructor(options: RedisRateLimiterOptions) {
    this.#o = options;
    this.#clock = options.clock ?? Date.now;
    this.#redis = new Redis(options.url, {
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 1000,
    });
    this.#redis.on('error', options.onError);
  }

  /** The Redis key of `key`'s bucket. */
  keyOf(key: string): string {
    return `${this.#o.prefix}:sms:rate:${this.#o.scope}:${key.slice(0, MAX_KEY_CHARS)}`;
  }

  async take(key: string): Promise<number> {
    const args = [this.keyOf(key), this.#o.rate.limit, this.#o.rate.windowMs, this.#clock()] as const;
    try {
      const wait = await this.#redis.evalsha(TAKE_SHA, 1, ...args).catch((error: unknown) => {
        // First use on this server (or after SCRIPT FLUSH): send the script itself once.
        if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
        return this.#redis.eval(TAKE_SCRIPT, 1, ...args);
      });
      return Number(wait);
    } catch (error) {
      this.#o.onError(error);
      return 0;
    }
  }

  async close(): Promise<void> {
    await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
