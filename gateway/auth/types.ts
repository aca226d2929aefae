/**
 * The accounts seam: people (agents, supervisors, editors, admins) who sign in, and the tokens
 * they call the API with. Implemented by the store (gateway/store/account-repository.ts) on SQLite
 * and PostgreSQL. Tokens are stored only as their SHA-256 hash; passwords only as a scrypt hash.
 */
import type { Role } from '../api/guard';

/** Someone who may sign in. `email` is stored trimmed and lower-cased. */
export interface Account {
  id: string;
  email: string;
  displayName: string;
  /** The roles granted (not expanded: see `effectiveRoles`). */
  roles: Role[];
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
}

/** An account with its password hash, for the login check only. */
export interface AccountWithSecret extends Account {
  passwordHash: string;
}

/** What creating an account stores. */
export interface NewAccount {
  email: string;
  displayName: string;
  roles: Role[];
  passwordHash: string;
  at: Date;
}

/** What an admin may change on an account; absent fields stay. */
export interface AccountChanges {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  passwordHash?: string;
}

/** `session`: from a login, expires; `api`: made by an admin for a script, optional expiry. */
export type TokenKind = 'session' | 'api';

/** A token as stored: never the token itself, only facts about it. */
export interface AuthToken {
  id: string;
  accountId: string;
  kind: TokenKind;
  name: string | null;
  /** Roles the token is limited to; null means the account's roles. */
  roles: Role[] | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What issuing a token stores. */
export interface NewToken {
  accountId: string;
  kind: TokenKind;
  name: string | null;
  /** SHA-256 of the token, hex. */
  tokenHash: string;
  roles: Role[] | null;
  createdAt: Date;
  expiresAt: Date | null;
}

/** Storage of accounts and tokens. Races are settled by unique constraints (email, token hash). */
export interface AccountRepository {
  countAccounts(): Promise<number>;
  /** Null when the email is taken (by a concurrent creator too). */
  createAccount(account: NewAccount): Promise<Account | null>;
  getAccount(id: string): Promise<Account | null>;
  /** `email` must already be normalized. */
  findByEmail(email: string): Promise<AccountWithSecret | null>;
  listAccounts(): Promise<Account[]>;
  /** Null when no account has this id. */
  updateAccount(id: string, changes: AccountChanges, at: Date): Promise<Account | null>;
  recordLogin(id: string, at: Date): Promise<void>;
  createToken(token: NewToken): Promise<AuthToken>;
  /** The token with this hash and its account, whatever their state (the caller checks). */
  findToken(tokenHash: string): Promise<{ token: AuthToken; account: Account } | null>;
  /** An account's tokens of one kind, newest first, revoked ones included. */
  listTokens(accountId: string, kind: TokenKind): Promise<AuthToken[]>;
  /** Revokes one token of this account; false when there is none or it was revoked already. */
  revokeToken(id: string, accountId: string, at: Date): Promise<boolean>;
  /** Revokes every live token of one kind of an account; how many. */
  revokeAccountTokens(accountId: string, kind: TokenKind, at: Date): Promise<number>;
  /** Records a use (callers throttle this). */
  touchToken(id: string, at: Date): Promise<void>;
}
