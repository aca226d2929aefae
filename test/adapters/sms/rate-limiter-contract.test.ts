/**
 * The per-number rate limiter contract, run against both implementations: in memory (embedded
 * default) and on a real Redis with a private key prefix. The Redis one is also shown to share one
 * bucket between gateway processes (separate connections), atomically, under its documented key
 * with an expiry, and to let messages through when Redis cannot answer.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimit, type RateLimiter } from '../../../adapters/sms';
import { deleteRedisKeys, uniqueRedisPrefix } from '../../support/redis-prefix';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = uniqueRedisPrefix('sms-rate');

interface LimiterKind {
  name: string;
  /** A limiter at `rate` reading `clock`; each call is another process on the same buckets. */
  make(rate: RateLimit, clock: () => number, scope: string): RateLimiter;
}

function failOnRedisError(error: unknown): void {
  throw new Error(`Redis failed during the test: ${String(error)}`);
}

const KINDS: LimiterKind[] = [
  { name: 'memory', make: (rate, clock) => new MemoryRateLimiter(rate, { clock }) },
  {
    name: 'redis',
    make: (rate, clock, scope) =>
      new RedisRateLimiter({ url: REDIS_URL, prefix: PREFIX, scope, rate, clock, onError: failOnRedisError }),
  },
];

let scopes = 0;
const opened: RateLimiter[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((limiter) => limiter.close()));
});
afterAll(async () => {
  await deleteRedisKeys(REDIS_URL, PREFIX);
});

describe.each(KINDS)('RateLimiter contract: $name', (kind) => {
  let now = Date.parse('2026-11-22T12:00:00Z');
  const start = (rate: RateLimit, scope = `t${++scopes}`): RateLimiter => {
    const limiter = kind.make(rate, () => now, scope);
    opened.push(limiter);
    return limiter;
  };

  it('passes a burst of `limit`, then refills evenly, per key', async () => {
    const limiter = start({ limit: 3, windowMs: 3000 });
    const a = '+14155550101';
    expect([await limiter.take(a), await limiter.take(a), await limiter.take(a)]).toEqual([0, 0, 0]);
    expect(await limiter.take(a)).toBe(1000);
    expect(await limiter.take('+14155550102')).toBe(0);
    now += 1000;
    expect(await limiter.take(a)).toBe(0);
    expect(await limiter.take(a)).toBeGreaterThan(0);
    now += 10_000;
    // Refilled to the burst size, never beyond it.
    const takes = await Promise.all([0, 1, 2, 3].map(() => limiter.take(a)));
    expect(takes.filter((wait) => wait === 0)).toHaveLength(3);
  });

  it('never lets more than `limit` through when takes race', async () => {
    const limiter = start({ limit: 5, windowMs: 60_000 });
    const takes = await Promise.all(Array.from({ length: 20 }, () => limiter.take('+14155550103')));
    expect(takes.filter((wait) => wait === 0)).toHaveLength(5);
  });

  it('does not refill when the clock goes back (another process lags)', async () => {
    const limiter = start({ limit: 2, windowMs: 2000 });
    expect([await limiter.take('+14155550104'), await limiter.take('+14155550104')]).toEqual([0, 0]);
    now -= 5000;
    expect(await limiter.take('+14155550104')).toBeGreaterThan(0);
    now += 5000;
  });
});

describe('RedisRateLimiter across processes', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  const process = (rate: RateLimit, scope: string): RedisRateLimiter => {
    const limiter = new RedisRateLimiter({
      url: REDIS_URL,
      prefix: PREFIX,
      scope,
      rate,
      clock: () => now,
      onError: failOnRedisError,
    });
    opened.push(limiter);
    return limiter;
  };

  it('shares one bucket per number between processes, atomically', async () => {
    const [a, b] = [
      process({ limit: 10, windowMs: 60_000 }, 'out'),
      process({ limit: 10, windowMs: 60_000 }, 'out'),
    ];
    const takes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).take('+14155550105')),
    );
    expect(takes.filter((wait) => wait === 0)).toHaveLength(10);
    // Another scope (inbound) of the same number is another bucket.
    expect(await process({ limit: 10, windowMs: 60_000 }, 'in').take('+14155550105')).toBe(0);
  });

  it('keeps the bucket at <prefix>:sms:rate:<scope>:<number>, expiring once it would be full', async () => {
    const limiter = process({ limit: 4, windowMs: 60_000 }, 'out');
    await limiter.take('+14155550106');
    const key = `${PREFIX}:sms:rate:out:+14155550106`;
    expect(limiter.keyOf('+14155550106')).toBe(key);
    const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      const ttl = await client.pttl(key);
      // One token of four used: full again after a quarter window, plus one second of slack.
      expect(ttl).toBeGreaterThan(14_000);
      expect(ttl).toBeLessThanOrEqual(16_000);
      expect(await client.hget(key, 'tokens')).toBe('3');
    } finally {
      client.disconnect();
    }
  });

  it('lets messages through and reports the failure when Redis cannot answer', async () => {
    const errors: unknown[] = [];
    const limiter = new RedisRateLimiter({
      url: 'redis://127.0.0.1:1',
      prefix: PREFIX,
      scope: 'out',
      rate: { limit: 1, windowMs: 60_000 },
      onError: (error) => errors.push(error),
    });
    try {
      expect(await limiter.take('+14155550107')).toBe(0);
      expect(await limiter.take('+14155550107')).toBe(0);
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await limiter.close();
    }
  });
});
