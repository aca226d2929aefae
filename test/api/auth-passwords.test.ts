/** Password hashing (scrypt, parameters in the stored string), strength rules, token hashing and the login limiter. */
import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../gateway/auth/login-limiter';
import {
  assertStrongPassword,
  DEFAULT_SCRYPT,
  hashParams,
  hashPassword,
  verifyPassword,
} from '../../gateway/auth/passwords';
import { effectiveRoles, intersectRoles } from '../../gateway/auth/roles';
import { bearerToken, hashToken, isWellFormedToken, newToken } from '../../gateway/auth/tokens';

describe('password hashing', () => {
  it('stores scrypt$N$r$p$salt$hash with the default parameters and a random salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(hashParams(a)).toEqual(DEFAULT_SCRYPT);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('verifies with the parameters the hash names, so they can be raised later', async () => {
    const cheap = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', cheap)).toBe(true);
  });

  it('treats a malformed hash as no match', async () => {
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$1024$8$1$$')).toBe(false);
    expect(hashParams('bcrypt$x')).toBeNull();
  });

  it('normalizes Unicode so a composed and a decomposed é match', async () => {
    const stored = await hashPassword('caf\u00e9 au lait noir', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('cafe\u0301 au lait noir', stored)).toBe(true);
  });

  it('refuses short, repetitive and email-like passwords with SB_ERR_WEAK_PASSWORD', () => {
    expect(() => assertStrongPassword('short-pass', 'a@example.com')).toThrow(/at least 12/);
    expect(() => assertStrongPassword('aaaaaaaaaaaaaaaa', 'a@example.com')).toThrow(/repeat/);
    expect(() => assertStrongPassword('Ann.Lee@Example.com', 'ann.lee@example.com')).toThrow(/email/);
    expect(() => assertStrongPassword('x'.repeat(1025), 'a@example.com')).toThrow(/at most/);
    try {
      assertStrongPassword('short', 'a@example.com');
    } catch (error) {
      expect(error).toMatchObject({ code: 'SB_ERR_WEAK_PASSWORD', statusCode: 400 });
    }
    expect(() => assertStrongPassword('four words make a passphrase', 'a@example.com')).not.toThrow();
  });
});

describe('tokens', () => {
  it('are 256 random bits behind a prefix, and only their SHA-256 is stored', () => {
    const token = newToken();
    expect(token).toMatch(/^sbt_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(isWellFormedToken(token)).toBe(true);
    expect(isWellFormedToken(`${token}x`)).toBe(false);
  });

  it('are read from Authorization: Bearer headers', () => {
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBe('');
    expect(bearerToken('Bearer a b')).toBe('');
  });
});

describe('roles', () => {
  it('expand admin to all and supervisor to agent; a scoped token never exceeds its account', () => {
    expect(effectiveRoles(['admin'])).toEqual(['agent', 'supervisor', 'editor', 'admin']);
    expect(effectiveRoles(['supervisor'])).toEqual(['agent', 'supervisor']);
    expect(effectiveRoles(['editor', 'agent'])).toEqual(['agent', 'editor']);
    expect(intersectRoles(['agent'], ['admin'])).toEqual(['agent']);
    expect(intersectRoles(['admin'], ['supervisor'])).toEqual(['agent', 'supervisor']);
  });
});

describe('LoginLimiter', () => {
  it('refuses past the per-client limit until the window ends, and forgets on success', () => {
    const limiter = new LoginLimiter({ perClient: 3, perEmail: 100, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(limiter.attempt('a@x.com', '10.0.0.1', 0)).toEqual({ allowed: true });
    expect(limiter.attempt('a@x.com', '10.0.0.1', 1000)).toEqual({ allowed: false, retryAfterMs: 59_000 });
    expect(limiter.attempt('a@x.com', '10.0.0.2', 1000)).toEqual({ allowed: true });
    expect(limiter.attempt('b@x.com', '10.0.0.1', 1000)).toEqual({ allowed: true });
    expect(limiter.attempt('a@x.com', '10.0.0.1', 60_000)).toEqual({ allowed: true });
    limiter.succeeded('a@x.com', '10.0.0.2');
    expect(limiter.attempt('a@x.com', '10.0.0.2', 60_001)).toEqual({ allowed: true });
  });

  it('caps attempts on one email across addresses', () => {
    const limiter = new LoginLimiter({ perClient: 10, perEmail: 4, windowMs: 60_000 });
    for (let i = 0; i < 4; i++) expect(limiter.attempt('a@x.com', `10.0.0.${i}`, 0).allowed).toBe(true);
    expect(limiter.attempt('a@x.com', '10.0.0.9', 0).allowed).toBe(false);
  });

  it('stays bounded, dropping the oldest windows', () => {
    const limiter = new LoginLimiter({ perClient: 1, perEmail: 1, maxKeys: 4 });
    limiter.attempt('a@x.com', 'ip', 0);
    expect(limiter.attempt('a@x.com', 'ip', 0).allowed).toBe(false);
    for (let i = 0; i < 4; i++) limiter.attempt(`${i}@x.com`, 'ip', 0);
    expect(limiter.attempt('a@x.com', 'ip', 0).allowed).toBe(true);
  });
});
