/**
 * Row types of the accounts tables (migration 0003) and their mapping to the domain types of
 * gateway/auth/types.ts. Kept apart from schema.ts, like the knowledge base's tables.
 */
import type { Role } from '../api/guard';
import type { Account, AccountWithSecret, AuthToken, NewToken, TokenKind } from '../auth/types';
import { toDate } from './store-context';

/** One person who may sign in. */
export interface AccountsTable {
  id: string;
  email: string;
  display_name: string;
  /** JSON array of roles. */
  roles: string;
  password_hash: string;
  disabled: number;
  created_at: number;
  updated_at: number;
  last_login_at: number | null;
}

/** One session or API token, by its SHA-256. */
export interface AuthTokensTable {
  id: string;
  account_id: string;
  kind: string;
  name: string | null;
  token_hash: string;
  roles: string | null;
  created_at: number;
  expires_at: number | null;
  last_used_at: number | null;
  revoked_at: number | null;
}

/** The tables the account repository reads and writes. */
export interface AccountTables {
  accounts: AccountsTable;
  auth_tokens: AuthTokensTable;
}

/** An account row as the domain sees it (without its password hash). */
export function toAccount(row: AccountsTable): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as Role[],
    disabled: Number(row.disabled) === 1,
    createdAt: new Date(Number(row.created_at)),
    updatedAt: new Date(Number(row.updated_at)),
    lastLoginAt: toDate(row.last_login_at),
  };
}

/** An account row with its password hash. */
export function toAccountWithSecret(row: AccountsTable): AccountWithSecret {
  return { ...toAccount(row), passwordHash: row.password_hash };
}

/** A token row as the domain sees it (its hash stays in the database). */
export function toAuthToken(row: Omit<AuthTokensTable, 'token_hash'>): AuthToken {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind as TokenKind,
    name: row.name,
    roles: row.roles === null ? null : (JSON.parse(row.roles) as Role[]),
    createdAt: new Date(Number(row.created_at)),
    expiresAt: toDate(row.expires_at),
    lastUsedAt: toDate(row.last_used_at),
    revokedAt: toDate(row.revoked_at),
  };
}

/** The row a new token is stored as. */
export function tokenRow(id: string, token: NewToken): AuthTokensTable {
  return {
    id,
    account_id: token.accountId,
    kind: token.kind,
    name: token.name,
    token_hash: token.tokenHash,
    roles: token.roles === null ? null : JSON.stringify(token.roles),
    created_at: token.createdAt.getTime(),
    expires_at: token.expiresAt?.getTime() ?? null,
    last_used_at: null,
    revoked_at: null,
  };
}
