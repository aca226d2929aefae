/**
 * `SqlAccountRepository`: accounts and their tokens on SQLite and PostgreSQL. The unique email
 * settles two creators of one account (e.g. two processes creating the first admin at once): the
 * loser's insert does nothing and it is told so. Tokens are looked up by their SHA-256 only.
 */
import type { Kysely } from 'kysely';
import type {
  Account,
  AccountChanges,
  AccountRepository,
  AccountWithSecret,
  AuthToken,
  NewAccount,
  NewToken,
  TokenKind,
} from '../auth/types';
import { newId } from '../ids';
import {
  toAccount,
  toAccountWithSecret,
  toAuthToken,
  tokenRow,
  type AccountTables,
  type AccountsTable,
} from './account-tables';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';

/** Columns of a token other than its hash. */
const TOKEN_COLUMNS = [
  'id',
  'account_id',
  'kind',
  'name',
  'roles',
  'created_at',
  'expires_at',
  'last_used_at',
  'revoked_at',
] as const;

/** Accounts and tokens over the store's Kysely instance. */
export class SqlAccountRepository implements AccountRepository {
  readonly #db: Kysely<AccountTables>;
  readonly #describe: () => string;

  /** @param describe names the database in error messages (see `SqlStore.description`). */
  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the accounts tables' types (migration 0003 created them).
    this.#db = ctx.db as unknown as Kysely<AccountTables>;
    this.#describe = describe;
  }

  countAccounts(): Promise<number> {
    return this.#guard('countAccounts', async () => {
      const row = await this.#db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    });
  }

  createAccount(account: NewAccount): Promise<Account | null> {
    return this.#guard('createAccount', async () => {
      const row: AccountsTable = {
        id: newId('acc', account.at.getTime()),
        email: account.email,
        display_name: account.displayName,
        roles: JSON.stringify(account.roles),
        password_hash: account.passwordHash,
        disabled: 0,
        created_at: account.at.getTime(),
        updated_at: account.at.getTime(),
        last_login_at: null,
      };
      const result = await this.#db
        .insertInto('accounts')
        .values(row)
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 0 ? null : toAccount(row);
    });
  }

  getAccount(id: string): Promise<Account | null> {
    return this.#guard('getAccount', async () => {
      const row = await this.#db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? null : toAccount(row);
    });
  }

  findByEmail(email: string): Promise<AccountWithSecret | null> {
    return this.#guard('findByEmail', async () => {
      const row = await this.#db
        .selectFrom('accounts')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirst();
      return row === undefined ? null : toAccountWithSecret(row);
    });
  }

  listAccounts(): Promise<Account[]> {
    return this.#guard('listAccounts', async () => {
      const rows = await this.#db.selectFrom('accounts').selectAll().orderBy('email').execute();
      return rows.map(toAccount);
    });
  }

  updateAccount(id: string, changes: AccountChanges, at: Date): Promise<Account | null> {
    return this.#guard('updateAccount', async () => {
      const result = await this.#db
        .updateTable('accounts')
        .set({
          updated_at: at.getTime(),
          ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
          ...(changes.roles === undefined ? {} : { roles: JSON.stringify(changes.roles) }),
          ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
          ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return null;
      const row = await this.#db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return row === undefined ? null : toAccount(row);
    });
  }

  recordLogin(id: string, at: Date): Promise<void> {
    return this.#guard('recordLogin', async () => {
      await this.#db
        .updateTable('accounts')
        .set({ last_login_at: at.getTime() })
        .where('id', '=', id)
        .execute();
    });
  }

  createToken(token: NewToken): Promise<AuthToken> {
    return this.#guard('createToken', async () => {
      const row = tokenRow(newId('tok', token.createdAt.getTime()), token);
      await this.#db.insertInto('auth_tokens').values(row).execute();
      return toAuthToken(row);
    });
  }

  findToken(tokenHash: string): Promise<{ token: AuthToken; account: Account } | null> {
    return this.#guard('findToken', async () => {
      const token = await this.#db
        .selectFrom('auth_tokens')
        .select(TOKEN_COLUMNS)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (token === undefined) return null;
      const account = await this.#db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', token.account_id)
        .executeTakeFirst();
      return account === undefined ? null : { token: toAuthToken(token), account: toAccount(account) };
    });
  }

  listTokens(accountId: string, kind: TokenKind): Promise<AuthToken[]> {
    return this.#guard('listTokens', async () => {
      const rows = await this.#db
        .selectFrom('auth_tokens')
        .select(TOKEN_COLUMNS)
        .where('account_id', '=', accountId)
        .where('kind', '=', kind)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toAuthToken);
    });
  }

  revokeToken(id: string, accountId: string, at: Date): Promise<boolean> {
    return this.#guard('revokeToken', async () => (await this.#revoke(accountId, at, { id })) > 0);
  }

  revokeAccountTokens(accountId: string, kind: TokenKind, at: Date): Promise<number> {
    return this.#guard('revokeAccountTokens', () => this.#revoke(accountId, at, { kind }));
  }

  touchToken(id: string, at: Date): Promise<void> {
    return this.#guard('touchToken', async () => {
      await this.#db
        .updateTable('auth_tokens')
        .set({ last_used_at: at.getTime() })
        .where('id', '=', id)
        .execute();
    });
  }

  /** Revokes the account's live tokens matching `which`; how many. */
  async #revoke(accountId: string, at: Date, which: { id?: string; kind?: TokenKind }): Promise<number> {
    let update = this.#db
      .updateTable('auth_tokens')
      .set({ revoked_at: at.getTime() })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null);
    if (which.id !== undefined) update = update.where('id', '=', which.id);
    if (which.kind !== undefined) update = update.where('kind', '=', which.kind);
    const result = await update.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, `accounts.${operation}`, this.#describe());
    }
  }
}
