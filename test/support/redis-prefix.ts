/**
 * A private key prefix on a shared Redis (`REDIS_PREFIX`): gateways started with it keep their
 * timer queue apart from every other run, and the run removes exactly its own keys afterwards —
 * never FLUSHALL on a shared server.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** A prefix no other run uses, valid for `REDIS_PREFIX`. */
export function uniqueRedisPrefix(purpose: string): string {
  return `sb-${purpose}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Most keys one cleanup deletes; a run that made more has a bug worth seeing. */
const MAX_KEYS = 1_000_000;

/** Deletes every key under `prefix:` on the Redis at `url`; returns how many were deleted. */
export async function deleteRedisKeys(url: string, prefix: string): Promise<number> {
  const client = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  await client.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) deleted += await client.del(...keys);
    } while (cursor !== '0' && deleted < MAX_KEYS);
  } finally {
    client.disconnect();
  }
  return deleted;
}
