/**
 * Accounts and bearer tokens for API tests, written straight into the store: no password hashing,
 * so a test can make many. The accounts cannot sign in with a password (their hash is not one).
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../gateway/api/guard';
import { hashToken, newToken } from '../../gateway/auth/tokens';
import type { TokenKind } from '../../gateway/auth/types';
import type { Store } from '../../gateway/store/types';

/** What {@link issueToken} makes. */
export interface TokenOptions {
  roles: Role[];
  /** Default: a fresh address. */
  email?: string;
  kind?: TokenKind;
  /** Default: an hour from now; null for none. */
  expiresAt?: Date | null;
  revoked?: boolean;
}

/** An account and one of its tokens. */
export interface IssuedToken {
  token: string;
  accountId: string;
  email: string;
  /** `{ authorization: 'Bearer …' }` for `app.inject` or fetch. */
  headers: { authorization: string };
}

/** Creates an account with `roles` and a token for it. */
export async function issueToken(store: Store, options: TokenOptions): Promise<IssuedToken> {
  const email = options.email ?? `test-${randomBytes(6).toString('hex')}@example.com`;
  const now = new Date();
  const account =
    (await store.accounts.createAccount({
      email,
      displayName: email,
      roles: options.roles,
      passwordHash: 'test-account-without-password',
      at: now,
    })) ?? (await store.accounts.findByEmail(email));
  if (account === null) throw new Error(`cannot create test account ${email}`);
  const token = newToken();
  const record = await store.accounts.createToken({
    accountId: account.id,
    kind: options.kind ?? 'api',
    name: 'test',
    tokenHash: hashToken(token),
    roles: null,
    createdAt: now,
    expiresAt: options.expiresAt === undefined ? new Date(now.getTime() + 3_600_000) : options.expiresAt,
  });
  if (options.revoked === true) await store.accounts.revokeToken(record.id, account.id, now);
  return { token, accountId: account.id, email, headers: { authorization: `Bearer ${token}` } };
}
