/**
 * Ids: a prefix and a time-ordered, collision-resistant body (48-bit ms time + 80 random bits,
 * monotonic within one process), so ids sort in creation order like ULIDs.
 */
import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
let lastTime = 0;
let lastRandom: Uint8Array = new Uint8Array(10);

// Random bytes are drawn 4 KiB at a time: one call into the CSPRNG per ~400 ids, not one per id.
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let poolOffset = 0;

/** Ten fresh random bytes (a view into the current pool, which is replaced, never refilled). */
function randomTen(): Uint8Array {
  if (poolOffset + 10 > pool.length) {
    pool = randomFillSync(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  poolOffset += 10;
  return pool.subarray(poolOffset - 10, poolOffset);
}

function encode(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

function increment(bytes: Uint8Array): Uint8Array {
  const next = Uint8Array.from(bytes);
  for (let i = next.length - 1; i >= 0; i--) {
    const value = next[i] ?? 0;
    if (value < 255) {
      next[i] = value + 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

/** A new id such as `msg_01hx…`; later calls in this process sort after earlier ones. */
export function newId(prefix: string, now: number = Date.now()): string {
  if (now <= lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = randomTen();
  }
  const body = new Uint8Array(16);
  let t = lastTime;
  for (let i = 5; i >= 0; i--) {
    body[i] = t % 256;
    t = Math.floor(t / 256);
  }
  body.set(lastRandom, 6);
  return `${prefix}_${encode(body)}`;
}
