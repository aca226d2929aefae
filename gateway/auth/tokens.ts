/**
 * Bearer tokens: 256 random bits, base64url, behind a `sbt_` prefix (so secret scanners and people
 * recognise one). Shown once when issued; the database keeps only the SHA-256, which is enough to
 * look a presented token up — unlike passwords, a 256-bit random secret needs no slow hash.
 */
import { createHash, randomBytes } from 'node:crypto';

const PREFIX = 'sbt_';
const SHAPE = /^sbt_[A-Za-z0-9_-]{43}$/;

/** A new token; give it to its owner once and store only {@link hashToken} of it. */
export function newToken(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Whether a presented string could be one of our tokens (checked before any lookup). */
export function isWellFormedToken(token: string): boolean {
  return SHAPE.test(token);
}

/** The SHA-256 of a token, hex: what the database stores and looks up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header; null when absent, '' when malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1] ?? '';
}
