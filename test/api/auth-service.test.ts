/**
 * AuthService and AccountService on real stores with a fake clock: session expiry, last-use
 * throttling, hash upgrades at sign-in, disabled accounts, token role scopes, and the first admin
 * created exactly once by concurrent starters (two PostgreSQL stores on one schema stand for two
 * processes).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountService } from '../../gateway/auth/account-service';
import { AuthService } from '../../gateway/auth/auth-service';
import { hashParams } from '../../gateway/auth/passwords';
import { createPostgresStore } from '../../gateway/store';
import type { Store } from '../../gateway/store/types';
import {
  dropSchema,
  freshPostgresStore,
  freshSqliteStore,
  TEST_DATABASE_URL,
  uniqueSchema,
  type FreshStore,
} from '../store/fresh-store';

const CHEAP = { N: 1024, r: 8, p: 1 };
const HOUR = 3_600_000;
const PASSWORD = 'a long enough passphrase';

for (const [kind, make] of [
  ['sqlite', freshSqliteStore],
  ['postgres', freshPostgresStore],
] as const) {
  describe(`auth services on ${kind}`, () => {
    let fresh: FreshStore;
    let now: number;
    const clock = () => new Date(now);
    let accounts: AccountService;
    let auth: AuthService;

    beforeEach(async () => {
      fresh = await make();
      now = Date.UTC(2026, 10, 2, 8, 0, 0);
      accounts = new AccountService({ accounts: fresh.store.accounts, clock, scrypt: CHEAP });
      auth = new AuthService({
        accounts: fresh.store.accounts,
        clock,
        scrypt: CHEAP,
        sessionTtlMs: 12 * HOUR,
      });
    });
    afterEach(async () => {
      await fresh.dispose();
    });

    it('ends a session exactly SESSION_TTL after sign-in, however much it is used', async () => {
      await accounts.create({ email: 'ann@example.com', password: PASSWORD, roles: ['agent'] });
      const session = await auth.login('ann@example.com', PASSWORD, '10.0.0.1');
      expect(session.expiresAt).toEqual(new Date(now + 12 * HOUR));
      now += 12 * HOUR - 1;
      expect(await auth.authenticate(session.token)).toMatchObject({ roles: ['agent'] });
      now += 1;
      expect(await auth.authenticate(session.token)).toBeNull();
    });

    it('writes a token’s last use at most once a minute', async () => {
      await accounts.create({ email: 'ann@example.com', password: PASSWORD, roles: ['agent'] });
      const ann = await auth.login('ann@example.com', PASSWORD, '10.0.0.1');
      const { token } = ann;
      const lastUsed = async () =>
        (await fresh.store.accounts.listTokens(ann.account.id, 'session'))[0]?.lastUsedAt;
      const first = now;
      await auth.authenticate(token);
      now += 59_000;
      await auth.authenticate(token);
      expect(await lastUsed()).toEqual(new Date(first));
      now += 1_000;
      await auth.authenticate(token);
      expect(await lastUsed()).toEqual(new Date(now));
    });

    it('re-hashes a password made with cheaper parameters at sign-in', async () => {
      await accounts.create({ email: 'ann@example.com', password: PASSWORD, roles: ['agent'] });
      const stronger = new AuthService({
        accounts: fresh.store.accounts,
        clock,
        scrypt: { N: 4096, r: 8, p: 1 },
      });
      await stronger.login('ann@example.com', PASSWORD, '10.0.0.1');
      const stored = (await fresh.store.accounts.findByEmail('ann@example.com'))?.passwordHash ?? '';
      expect(hashParams(stored)).toEqual({ N: 4096, r: 8, p: 1 });
      await expect(stronger.login('ann@example.com', PASSWORD, '10.0.0.1')).resolves.toMatchObject({});
    });

    it('refuses a disabled account with the right password like a wrong one', async () => {
      const ann = await accounts.create({ email: 'ann@example.com', password: PASSWORD, roles: ['agent'] });
      await accounts.update(ann.id, { disabled: true });
      await expect(auth.login('ann@example.com', PASSWORD, '10.0.0.1')).rejects.toMatchObject({
        code: 'SB_ERR_UNAUTHENTICATED',
        message: 'Wrong email or password.',
      });
    });

    it('limits an API token to roles its account has, now as well as when issued', async () => {
      const sup = await accounts.create({
        email: 'sup@example.com',
        password: PASSWORD,
        roles: ['supervisor'],
      });
      await expect(auth.createApiToken(sup, { name: 'x', roles: ['editor'] })).rejects.toMatchObject({
        code: 'SB_ERR_FORBIDDEN',
      });
      const { token } = await auth.createApiToken(sup, { name: 'x', roles: ['agent'] });
      expect(await auth.authenticate(token)).toEqual({ id: sup.id, roles: ['agent'] });
      await accounts.update(sup.id, { roles: ['editor'] });
      expect(await auth.authenticate(token)).toEqual({ id: sup.id, roles: [] });
    });

    it('creates the first admin once, however many starters race, and never over an existing account', async () => {
      const starters = Array.from({ length: 4 }, () =>
        accounts.ensureFirstAdmin('Root@Example.com', PASSWORD),
      );
      const created = (await Promise.all(starters)).filter((account) => account !== null);
      expect(created).toHaveLength(1);
      expect(await accounts.ensureFirstAdmin('root@example.com', PASSWORD)).toBeNull();
      expect(await accounts.ensureFirstAdmin('other@example.com', PASSWORD)).toBeNull();
      expect((await accounts.list()).map((account) => account.email)).toEqual(['root@example.com']);
      expect(await accounts.ensureFirstAdmin(undefined, PASSWORD)).toBeNull();
    });
  });
}

describe('first admin from two processes on one PostgreSQL database', () => {
  const schema = uniqueSchema();
  const stores: Store[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await dropSchema(schema);
  });

  it('ends with one admin', async () => {
    for (let i = 0; i < 2; i++)
      stores.push(createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 2 }));
    await Promise.all(stores.map((store) => store.migrate()));
    const results = await Promise.all(
      stores.map((store) =>
        new AccountService({ accounts: store.accounts, scrypt: CHEAP }).ensureFirstAdmin(
          'root@example.com',
          PASSWORD,
        ),
      ),
    );
    expect(results.filter((account) => account !== null)).toHaveLength(1);
    expect(await stores[0]?.accounts.countAccounts()).toBe(1);
  });
});
