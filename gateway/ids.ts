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

/** Character codes of {@link ALPHABET}, by 5-bit value. */
const CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));
/** The 16 bytes of the id being built, and its 26 characters: reused, so an id allocates only its string. */
const BODY = new Uint8Array(16);
const CHARS: number[] = new Array<number>(26).fill(0);

/** Crockford-style base32 of `bytes`, most significant bits first, the last group zero-padded. */
function encode(bytes: Uint8Array): string {
  let acc = 0;
  let bits = 0;
  let length = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      CHARS[length++] = CODES[(acc >> bits) & 31] ?? 0;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) CHARS[length++] = CODES[(acc << (5 - bits)) & 31] ?? 0;
  CHARS.length = length;
  return String.fromCharCode(...CHARS);
}

/** Adds one to `bytes` as a big-endian number, in place (wrapping to zero). */
function increment(bytes: Uint8Array): void {
  for (let i = bytes.length - 1; i >= 0; i--) {
    const value = bytes[i] ?? 0;
    if (value < 255) {
      bytes[i] = value + 1;
      return;
    }
    bytes[i] = 0;
  }
}

/** A new id such as `msg_01hx…`; later calls in this process sort after earlier ones. */
export function newId(prefix: string, now: number = Date.now()): string {
  if (now <= lastTime) {
    // The previous random part, already handed out from the pool, counts on in place.
    increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = randomTen();
  }
  let t = lastTime;
  for (let i = 5; i >= 0; i--) {
    BODY[i] = t % 256;
    t = Math.floor(t / 256);
  }
  BODY.set(lastRandom, 6);
  return `${prefix}_${encode(BODY)}`;
}
