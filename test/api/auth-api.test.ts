/**
 * Sign-in, sessions, API tokens and account administration over HTTP on a whole Switchboard
 * (real store, both backends), with the first admin created from ADMIN_EMAIL/ADMIN_PASSWORD.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../gateway/auth/tokens';
import { issueToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

const ADMIN = { email: 'Root@Example.com', password: 'first admin passphrase' };

interface Body {
  token: string;
  expiresAt: string;
  id: string;
  email: string;
  roles: string[];
  effectiveRoles: string[];
  account: { id: string; email: string; roles: string[] };
  accounts: { email: string }[];
  tokens: { id: string; name: string; revokedAt: string | null }[];
  error: { code: string; message: string };
}

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`accounts and sign-in on ${kind}`, () => {
    let sb: TestSwitchboard;
    const call = async (
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: string,
      token?: string,
      payload?: object,
    ) => {
      const response = await sb.switchboard.app.inject({
        method,
        url: `/api/v1${url}`,
        ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
      return {
        status: response.statusCode,
        body: (response.body === '' ? {} : response.json()) as Body,
        headers: response.headers,
      };
    };
    const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
      sb.switchboard.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        payload: { email, password },
      });

    beforeAll(async () => {
      sb = await startTestSwitchboard(
        kind,
        { kbPollIntervalMs: 0 },
        { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      );
    });
    afterAll(async () => {
      await sb.dispose();
    });

    it('created the first admin from the configuration, email lower-cased', async () => {
      const accounts = await sb.switchboard.store.accounts.listAccounts();
      expect(accounts).toEqual([expect.objectContaining({ email: 'root@example.com', roles: ['admin'] })]);
    });

    it('signs in with the right password: a session token, its expiry, the account', async () => {
      const response = await login('  ROOT@example.com ', ADMIN.password);
      expect(response.statusCode).toBe(200);
      const body = response.json<Body>();
      expect(body.token).toMatch(/^sbt_/);
      const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(11.9);
      expect(hours).toBeLessThanOrEqual(12);
      expect(body.account).toMatchObject({ email: 'root@example.com', roles: ['admin'] });
      const me = await call('GET', '/auth/me', body.token);
      expect(me.body).toMatchObject({
        email: 'root@example.com',
        effectiveRoles: ['agent', 'supervisor', 'editor', 'admin'],
      });
    });

    it('keeps only the SHA-256 of a token in the database', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      const found = await sb.switchboard.store.accounts.findToken(hashToken(token));
      expect(found?.token.kind).toBe('session');
      expect(await sb.switchboard.store.accounts.findToken(token)).toBeNull();
    });

    it('answers a wrong password and an unknown email alike, and never with a token', async () => {
      const wrong = await login(ADMIN.email, 'not the passphrase', '10.1.0.1');
      const unknown = await login('nobody@example.com', 'not the passphrase', '10.1.0.1');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json()).toEqual({
        error: { code: 'SB_ERR_UNAUTHENTICATED', message: 'Wrong email or password.' },
      });
    });

    it('rate-limits guessing per email and address with 429 and Retry-After, even for the right password', async () => {
      const target = await issueToken(sb.switchboard.store, { roles: ['agent'] });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push((await login(target.email, 'guess number ' + i, '10.2.0.1')).statusCode);
      expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
      const limited = await login(ADMIN.email, ADMIN.password, '10.2.0.1');
      expect(limited.statusCode).toBe(200); // another email from the same address is not limited
      const refused = await login(target.email, 'guess number 12', '10.2.0.1');
      expect(refused.json<Body>().error.code).toBe('SB_ERR_RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await login(target.email, 'guess number 12', '10.2.0.2')).statusCode).toBe(401);
    });

    it('logs out: the token stops working at once', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      expect((await call('GET', '/auth/me', token)).status).toBe(200);
      expect((await call('POST', '/auth/logout', token)).status).toBe(204);
      expect((await call('GET', '/auth/me', token)).status).toBe(401);
    });

    it('lets an admin create accounts with roles; weak passwords and taken emails are refused', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      const weak = await call('POST', '/accounts', token, {
        email: 'ann@example.com',
        password: 'short',
        roles: ['agent'],
      });
      expect(weak).toMatchObject({ status: 400, body: { error: { code: 'SB_ERR_WEAK_PASSWORD' } } });
      const created = await call('POST', '/accounts', token, {
        email: 'Ann@Example.com',
        password: 'ann has a long passphrase',
        roles: ['supervisor'],
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        email: 'ann@example.com',
        roles: ['supervisor'],
        effectiveRoles: ['agent', 'supervisor'],
      });
      expect(JSON.stringify(created.body)).not.toMatch(/passphrase|scrypt/);
      const again = await call('POST', '/accounts', token, {
        email: 'ann@example.com',
        password: 'another long one!',
        roles: ['agent'],
      });
      expect(again).toMatchObject({ status: 409, body: { error: { code: 'SB_ERR_ACCOUNT_EXISTS' } } });
      const bad = await call('POST', '/accounts', token, {
        email: 'x@example.com',
        password: 'long enough pass',
        roles: ['root'],
      });
      expect(bad.status).toBe(400);
      const list = await call('GET', '/accounts', token);
      expect(list.body.accounts.map((a) => a.email)).toContain('ann@example.com');
      expect((await login('ann@example.com', 'ann has a long passphrase')).statusCode).toBe(200);
    });

    it('disabling an account or resetting its password ends its sessions', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      const bob = await call('POST', '/accounts', token, {
        email: 'bob@example.com',
        password: 'bob passphrase one',
        roles: ['agent'],
      });
      const session = (await login('bob@example.com', 'bob passphrase one')).json<Body>().token;
      const reset = await call('PATCH', `/accounts/${bob.body.id}`, token, {
        password: 'bob passphrase two',
      });
      expect(reset.status).toBe(200);
      expect((await call('GET', '/auth/me', session)).status).toBe(401);
      expect((await login('bob@example.com', 'bob passphrase one')).statusCode).toBe(401);
      const second = (await login('bob@example.com', 'bob passphrase two')).json<Body>().token;
      expect((await call('PATCH', `/accounts/${bob.body.id}`, token, { disabled: true })).body).toMatchObject(
        { disabled: true },
      );
      expect((await call('GET', '/auth/me', second)).status).toBe(401);
      expect((await login('bob@example.com', 'bob passphrase two')).statusCode).toBe(401);
    });

    it('lets a user change their own password: other sessions end, the caller gets a new one', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      await call('POST', '/accounts', token, {
        email: 'cat@example.com',
        password: 'cat passphrase one',
        roles: ['agent'],
      });
      const phone = (await login('cat@example.com', 'cat passphrase one')).json<Body>().token;
      const desk = (await login('cat@example.com', 'cat passphrase one')).json<Body>().token;
      const wrong = await call('POST', '/auth/password', desk, {
        currentPassword: 'nope',
        newPassword: 'cat passphrase two',
      });
      expect(wrong).toMatchObject({ status: 403, body: { error: { code: 'SB_ERR_FORBIDDEN' } } });
      const weak = await call('POST', '/auth/password', desk, {
        currentPassword: 'cat passphrase one',
        newPassword: 'short',
      });
      expect(weak.body.error.code).toBe('SB_ERR_WEAK_PASSWORD');
      const changed = await call('POST', '/auth/password', desk, {
        currentPassword: 'cat passphrase one',
        newPassword: 'cat passphrase two',
      });
      expect(changed.status).toBe(200);
      expect((await call('GET', '/auth/me', phone)).status).toBe(401);
      expect((await call('GET', '/auth/me', desk)).status).toBe(401);
      expect((await call('GET', '/auth/me', changed.body.token)).body.email).toBe('cat@example.com');
      expect((await login('cat@example.com', 'cat passphrase two')).statusCode).toBe(200);
    });

    it('refuses to disable or demote the last active admin', async () => {
      const { token, account } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      const demote = await call('PATCH', `/accounts/${account.id}`, token, { roles: ['agent'] });
      expect(demote).toMatchObject({ status: 409, body: { error: { code: 'SB_ERR_LAST_ADMIN' } } });
      expect((await call('PATCH', `/accounts/${account.id}`, token, { disabled: true })).status).toBe(409);
      expect((await call('PATCH', '/accounts/acc_nope', token, { disabled: true })).status).toBe(404);
    });

    it('issues API tokens shown once, scoped to fewer roles, listed without their text, revocable', async () => {
      const { token } = (await login(ADMIN.email, ADMIN.password)).json<Body>();
      const issued = await call('POST', '/auth/tokens', token, { name: 'crm sync', roles: ['agent'] });
      expect(issued.status).toBe(201);
      expect(issued.body.token).toMatch(/^sbt_/);
      const scoped = await call('GET', '/auth/me', issued.body.token);
      expect(scoped.body.effectiveRoles).toEqual(['agent']);
      expect((await call('GET', '/kb/entries', issued.body.token)).status).toBe(403);
      const listed = await call('GET', '/auth/tokens', token);
      expect(listed.body.tokens).toEqual([
        expect.objectContaining({ id: issued.body.id, name: 'crm sync', revokedAt: null }),
      ]);
      expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);
      const past = await call('POST', '/auth/tokens', token, {
        name: 'old',
        expiresAt: '2020-01-01T00:00:00Z',
      });
      expect(past.status).toBe(400);
      expect((await call('DELETE', `/auth/tokens/${issued.body.id}`, token)).status).toBe(204);
      expect((await call('GET', '/auth/me', issued.body.token)).status).toBe(401);
      expect((await call('DELETE', `/auth/tokens/${issued.body.id}`, token)).status).toBe(404);
    });

    it('creates the first admin once across restarts: a second start with other settings adds nobody', async () => {
      const before = await sb.switchboard.store.accounts.countAccounts();
      const { startAuth } = await import('../../gateway/auth/auth-setup');
      const { pino } = await import('pino');
      await startAuth({
        accounts: sb.switchboard.store.accounts,
        adminEmail: 'other@example.com',
        adminPassword: 'another admin passphrase',
        sessionTtlMs: 60_000,
        trustLoopback: false,
        logger: pino({ level: 'silent' }),
      });
      expect(await sb.switchboard.store.accounts.countAccounts()).toBe(before);
      expect(await sb.switchboard.store.accounts.findByEmail('other@example.com')).toBeNull();
    });
  });
}
