/**
 * Migration 0003: accounts and their tokens.
 * - `accounts`: people who sign in. `email` is unique and stored lower-cased, so two spellings of
 *   one address are one account and the first-admin race between processes is settled here.
 * - `auth_tokens`: login sessions and API tokens. Only the SHA-256 of a token is kept (unique):
 *   a leaked database does not leak usable tokens. Revocation is a timestamp, so an audit can
 *   still tell which token did what.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function accountsSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        // JSON array of role names as granted.
        .addColumn('roles', 'text', (c) => c.notNull())
        // `scrypt$N$r$p$salt$hash` (see gateway/auth/passwords.ts).
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', int64, (c) => c.notNull())
        .addColumn('updated_at', int64, (c) => c.notNull())
        .addColumn('last_login_at', int64)
        .execute();

      await db.schema
        .createTable('auth_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        // JSON array limiting the token's roles; NULL: the account's roles.
        .addColumn('roles', 'text')
        .addColumn('created_at', int64, (c) => c.notNull())
        .addColumn('expires_at', int64)
        .addColumn('last_used_at', int64)
        .addColumn('revoked_at', int64)
        .execute();

      await db.schema
        .createIndex('auth_tokens_account')
        .on('auth_tokens')
        .columns(['account_id', 'kind', 'created_at'])
        .execute();
    },
  };
}
