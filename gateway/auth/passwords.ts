/**
 * Password hashing with scrypt (memory-hard, built into Node). A stored hash carries its own
 * parameters — `scrypt$N$r$p$salt$hash`, salt and hash in base64url — so they can be raised later
 * without invalidating existing passwords: old hashes keep verifying with the parameters they name.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ErrorCodes, SwitchboardError } from '../errors';

/** scrypt cost parameters. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is about 128 × N × r bytes. */
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 B = 32 MiB and roughly 50–100 ms per hash on a server core (OWASP's minimum is 2^17 with r=8, p=1 for 128 MiB; we trade some of that for login latency on small machines). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

/** Shortest password accepted for a new account or a reset. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest one: a cap keeps a huge body from being hashed. */
export const MAX_PASSWORD_LENGTH = 1024;

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, length: number, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // Node refuses above 32 MiB by default; allow what these parameters need, with headroom.
    maxmem: 256 * params.N * params.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Hashes a password with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored`, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (match === null) return false;
  const [, n, r, p, salt, hash] = match;
  const expected = Buffer.from(hash ?? '', 'base64url');
  if (expected.length === 0) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const actual = await derive(password, Buffer.from(salt ?? '', 'base64url'), expected.length, params);
  return timingSafeEqual(actual, expected);
}

/** The parameters a stored hash was made with, or null when it is not one of ours. */
export function hashParams(stored: string): ScryptParams | null {
  const match = FORMAT.exec(stored);
  return match === null ? null : { N: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
}

/** Refuses a password too short, too long, or equal to the account's email (400 SB_ERR_WEAK_PASSWORD). */
export function assertStrongPassword(password: string, email: string): void {
  const length = [...password].length;
  let problem: string | null = null;
  if (length < MIN_PASSWORD_LENGTH) problem = `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  else if (length > MAX_PASSWORD_LENGTH) problem = `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  else if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problem = 'must not be the email address';
  else if (new Set(password).size < 4) problem = 'must not repeat so few characters';
  if (problem !== null) {
    throw new SwitchboardError(
      ErrorCodes.WEAK_PASSWORD,
      `The password ${problem}: a passphrase of a few unrelated words is easy to type and hard to guess.`,
      { statusCode: 400 },
    );
  }
}
