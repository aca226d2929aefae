/** Store contract: accounts (unique normalized email) and tokens (stored by hash, revocable). */
import { describe, expect, it } from 'vitest';
import type { NewToken } from '../../gateway/auth/types';
import { at } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

const account = (email: string, n = 0) => ({
  email,
  displayName: email.split('@')[0] ?? email,
  roles: ['agent' as const],
  passwordHash: 'scrypt$2$1$1$c2FsdA$aGFzaA',
  at: at(n),
});

const token = (accountId: string, hash: string, extra: Partial<NewToken> = {}): NewToken => ({
  accountId,
  kind: 'session',
  name: null,
  tokenHash: hash,
  roles: null,
  createdAt: at(0),
  expiresAt: at(3600),
  ...extra,
});

export function registerAccountContract(factory: StoreFactory): void {
  describe('accounts', () => {
    const store = useFreshStore(factory);

    it('creates, finds and lists accounts; a taken email gets null', async () => {
      expect(await store().accounts.countAccounts()).toBe(0);
      const ann = await store().accounts.createAccount(account('ann@example.com'));
      expect(ann).toMatchObject({
        email: 'ann@example.com',
        roles: ['agent'],
        disabled: false,
        lastLoginAt: null,
      });
      expect(await store().accounts.createAccount(account('ann@example.com', 5))).toBeNull();
      await store().accounts.createAccount(account('bob@example.com'));
      expect(await store().accounts.countAccounts()).toBe(2);
      const found = await store().accounts.findByEmail('ann@example.com');
      expect(found).toEqual({ ...ann, passwordHash: 'scrypt$2$1$1$c2FsdA$aGFzaA' });
      expect(await store().accounts.getAccount(ann?.id ?? '')).toEqual(ann);
      expect((await store().accounts.listAccounts()).map((a) => a.email)).toEqual([
        'ann@example.com',
        'bob@example.com',
      ]);
    });

    it('settles concurrent creators of one email: exactly one wins', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => store().accounts.createAccount(account('admin@example.com'))),
      );
      expect(results.filter((result) => result !== null)).toHaveLength(1);
      expect(await store().accounts.countAccounts()).toBe(1);
    });

    it('updates roles, disabled, name and password hash, and records logins', async () => {
      const ann = await store().accounts.createAccount(account('ann@example.com'));
      const id = ann?.id ?? '';
      const changes = {
        roles: ['supervisor' as const],
        disabled: true,
        displayName: 'Ann B',
        passwordHash: 'x',
      };
      const updated = await store().accounts.updateAccount(id, changes, at(60));
      expect(updated).toMatchObject({
        roles: ['supervisor'],
        disabled: true,
        displayName: 'Ann B',
        updatedAt: at(60),
      });
      expect((await store().accounts.findByEmail('ann@example.com'))?.passwordHash).toBe('x');
      await store().accounts.recordLogin(id, at(90));
      expect((await store().accounts.getAccount(id))?.lastLoginAt).toEqual(at(90));
      expect(await store().accounts.updateAccount('acc_missing', { disabled: true }, at(1))).toBeNull();
    });
  });

  describe('auth tokens', () => {
    const store = useFreshStore(factory);

    async function owner(): Promise<string> {
      return (await store().accounts.createAccount(account('ann@example.com')))?.id ?? '';
    }

    it('finds a token by its hash with its account, and never returns the hash', async () => {
      const id = await owner();
      const created = await store().accounts.createToken(token(id, 'a'.repeat(64), { roles: ['agent'] }));
      expect(created).toEqual({
        id: expect.stringMatching(/^tok_/) as unknown,
        accountId: id,
        kind: 'session',
        name: null,
        roles: ['agent'],
        createdAt: at(0),
        expiresAt: at(3600),
        lastUsedAt: null,
        revokedAt: null,
      });
      const found = await store().accounts.findToken('a'.repeat(64));
      expect(found?.token).toEqual(created);
      expect(found?.account.email).toBe('ann@example.com');
      expect(JSON.stringify(found)).not.toContain('a'.repeat(64));
      expect(await store().accounts.findToken('b'.repeat(64))).toBeNull();
    });

    it('refuses a second token with the same hash', async () => {
      const id = await owner();
      await store().accounts.createToken(token(id, 'c'.repeat(64)));
      await expect(store().accounts.createToken(token(id, 'c'.repeat(64)))).rejects.toThrow();
    });

    it('lists by kind newest first, revokes one (once) or all of a kind, and records use', async () => {
      const id = await owner();
      const api1 = await store().accounts.createToken(
        token(id, '1', { kind: 'api', name: 'ci', createdAt: at(1) }),
      );
      const api2 = await store().accounts.createToken(
        token(id, '2', { kind: 'api', name: 'crm', createdAt: at(2) }),
      );
      await store().accounts.createToken(token(id, '3'));
      await store().accounts.createToken(token(id, '4'));
      expect((await store().accounts.listTokens(id, 'api')).map((t) => t.name)).toEqual(['crm', 'ci']);
      expect(await store().accounts.revokeToken(api1.id, 'acc_other', at(5))).toBe(false);
      expect(await store().accounts.revokeToken(api1.id, id, at(5))).toBe(true);
      expect(await store().accounts.revokeToken(api1.id, id, at(6))).toBe(false);
      expect((await store().accounts.findToken('1'))?.token.revokedAt).toEqual(at(5));
      expect(await store().accounts.revokeAccountTokens(id, 'session', at(7))).toBe(2);
      expect((await store().accounts.findToken('2'))?.token.revokedAt).toBeNull();
      await store().accounts.touchToken(api2.id, at(8));
      expect((await store().accounts.findToken('2'))?.token.lastUsedAt).toEqual(at(8));
    });
  });
}
