import { describe, expect, it } from 'vitest';
import { SessionTokenSigner } from '../../../adapters/web/session-tokens';
import { SwitchboardError } from '../../../gateway/errors';

const signer = new SessionTokenSigner('a-secret-key-that-is-long-enough');

function expectForged(token: string, by = signer): void {
  try {
    by.verify(token);
  } catch (error) {
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).code).toBe('SB_ERR_SESSION_FORGED');
    expect((error as SwitchboardError).statusCode).toBe(403);
    expect((error as SwitchboardError).message).toMatch(/without a sessionId/);
    return;
  }
  throw new Error(`expected ${JSON.stringify(token)} to be refused`);
}

describe('SessionTokenSigner', () => {
  it('issues `<random>.<mac>` base64url tokens with at least 128 random bits, all different', () => {
    const sessions = Array.from({ length: 50 }, () => signer.issue());
    for (const { token } of sessions) {
      const [random, mac] = token.split('.');
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(Buffer.from(random ?? '', 'base64url').length * 8).toBeGreaterThanOrEqual(128);
      expect(Buffer.from(mac ?? '', 'base64url').length).toBe(32);
    }
    expect(new Set(sessions.map((s) => s.token)).size).toBe(50);
    expect(new Set(sessions.map((s) => s.address)).size).toBe(50);
  });

  it('verifies its own tokens to the same address, which never reveals the token', () => {
    const session = signer.issue();
    const verified = signer.verify(session.token);
    expect(verified.address).toBe(session.address);
    expect(session.address).toMatch(/^wc-[0-9a-f]{32}$/);
    expect(session.token).not.toContain(session.address.slice(3));
    expect(session.address).not.toContain(session.token.split('.')[0] ?? '');
  });

  it('refuses a token with a changed MAC, a changed random part, or swapped parts', () => {
    const [random = '', mac = ''] = signer.issue().token.split('.');
    const other = signer.issue().token.split('.');
    const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expectForged(`${random}.${flip(mac)}`);
    expectForged(`${flip(random)}.${mac}`);
    expectForged(`${random}.${other[1] ?? ''}`);
    expectForged(`${mac}.${random}`);
  });

  it('answers a token it verified before from memory, and still refuses its forged variants', () => {
    const session = signer.issue();
    expect(signer.verify(session.token)).toEqual(session);
    expect(signer.verify(session.token)).toEqual(session);
    const [random = '', mac = ''] = session.token.split('.');
    expectForged(`${random}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`);
    expectForged(`${session.token} `);
    // Memory belongs to one signer: a server with another secret never accepts the token.
    expectForged(session.token, new SessionTokenSigner('another-secret-key-that-is-long'));
  });

  it('refuses truncated and malformed tokens', () => {
    const { token } = signer.issue();
    for (const bad of [
      token.slice(0, -1),
      token.slice(0, token.indexOf('.')),
      token.slice(0, token.indexOf('.') + 1),
      `${token}.x`,
      `${token}=`,
      token.replace('.', '..'),
      '',
      '.',
      'not a token',
      '../../etc/passwd',
      `${token.split('.')[0] ?? ''}.${'A'.repeat(43)}`,
    ]) {
      expectForged(bad);
    }
  });

  it('refuses a token signed with another secret', () => {
    const elsewhere = new SessionTokenSigner('another-secret-key-that-is-long');
    expectForged(elsewhere.issue().token);
  });

  it('refuses a secret that is too short to sign anything', () => {
    expect(() => new SessionTokenSigner('short')).toThrow(/SECRET_KEY/);
    expect(() => new SessionTokenSigner(Buffer.alloc(8))).toThrow(SwitchboardError);
    expect(new SessionTokenSigner(Buffer.alloc(32, 7)).issue().token).toMatch(/\./);
  });
});
