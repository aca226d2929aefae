/**
 * Managing accounts: creating them (with a strong password, hashed), changing roles, disabling,
 * resetting passwords, and creating the first admin from the configuration. A disabled account
 * or a reset password ends the account's sessions at once; its API tokens stop working while it is
 * disabled. The last active admin cannot be disabled or demoted, so nobody locks everyone out.
 */
import type { Role } from '../api/guard';
import { ErrorCodes, SwitchboardError } from '../errors';
import { assertStrongPassword, DEFAULT_SCRYPT, hashPassword, type ScryptParams } from './passwords';
import type { Account, AccountChanges, AccountRepository } from './types';

/** Options of {@link AccountService}. */
export interface AccountServiceOptions {
  accounts: AccountRepository;
  /** Default: the system clock. */
  clock?: () => Date;
  /** scrypt cost of new hashes. Default {@link DEFAULT_SCRYPT}. */
  scrypt?: ScryptParams;
}

/** What an admin gives to create an account. */
export interface CreateAccountInput {
  email: string;
  password: string;
  roles: Role[];
  /** Default: the part of the email before `@`. */
  displayName?: string;
}

/** What an admin may change; `password` resets it. */
export interface UpdateAccountInput {
  displayName?: string;
  roles?: Role[];
  disabled?: boolean;
  password?: string;
}

/** Emails are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Accounts as admins manage them. */
export class AccountService {
  readonly #accounts: AccountRepository;
  readonly #clock: () => Date;
  readonly #scrypt: ScryptParams;

  constructor(options: AccountServiceOptions) {
    this.#accounts = options.accounts;
    this.#clock = options.clock ?? (() => new Date());
    this.#scrypt = options.scrypt ?? DEFAULT_SCRYPT;
  }

  /** Creates an account; 409 SB_ERR_ACCOUNT_EXISTS when the email is taken. */
  async create(input: CreateAccountInput): Promise<Account> {
    const created = await this.#insert(input);
    if (created === null) {
      throw new SwitchboardError(
        ErrorCodes.ACCOUNT_EXISTS,
        `An account with email ${normalizeEmail(input.email)} exists already: change that one instead.`,
        { statusCode: 409 },
      );
    }
    return created;
  }

  list(): Promise<Account[]> {
    return this.#accounts.listAccounts();
  }

  /** The account, or 404. */
  async get(id: string): Promise<Account> {
    return (await this.#accounts.getAccount(id)) ?? notFound(id);
  }

  /** The account, or null. */
  find(id: string): Promise<Account | null> {
    return this.#accounts.getAccount(id);
  }

  /** Applies an admin's changes; see the file header for what ends sessions. */
  async update(id: string, input: UpdateAccountInput): Promise<Account> {
    const current = await this.get(id);
    await this.#keepAnAdmin(current, input);
    const changes: AccountChanges = {
      ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
      ...(input.roles === undefined ? {} : { roles: input.roles }),
      ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
    };
    if (input.password !== undefined) {
      assertStrongPassword(input.password, current.email);
      changes.passwordHash = await hashPassword(input.password, this.#scrypt);
    }
    const at = this.#clock();
    const updated = (await this.#accounts.updateAccount(id, changes, at)) ?? notFound(id);
    if (input.password !== undefined || input.disabled === true) {
      await this.#accounts.revokeAccountTokens(id, 'session', at);
    }
    return updated;
  }

  /**
   * Creates an admin from `ADMIN_EMAIL`/`ADMIN_PASSWORD` when no account exists yet. Idempotent:
   * once any account exists it does nothing, and two processes starting at once create one
   * account (the unique email settles it). Returns the account when this call created it.
   */
  async ensureFirstAdmin(email: string | undefined, password: string | undefined): Promise<Account | null> {
    if (email === undefined || password === undefined) return null;
    if ((await this.#accounts.countAccounts()) > 0) return null;
    return this.#insert({ email, password, roles: ['admin'] });
  }

  async #insert(input: CreateAccountInput): Promise<Account | null> {
    const email = normalizeEmail(input.email);
    assertStrongPassword(input.password, email);
    return this.#accounts.createAccount({
      email,
      displayName: input.displayName?.trim() || email.split('@')[0] || email,
      roles: [...new Set(input.roles)],
      passwordHash: await hashPassword(input.password, this.#scrypt),
      at: this.#clock(),
    });
  }

  async #keepAnAdmin(current: Account, input: UpdateAccountInput): Promise<void> {
    const isActiveAdmin = current.roles.includes('admin') && !current.disabled;
    const staysActiveAdmin = (input.roles ?? current.roles).includes('admin') && !(input.disabled ?? false);
    if (!isActiveAdmin || staysActiveAdmin) return;
    const admins = (await this.#accounts.listAccounts()).filter(
      (account) => account.roles.includes('admin') && !account.disabled && account.id !== current.id,
    );
    if (admins.length === 0) {
      throw new SwitchboardError(
        ErrorCodes.LAST_ADMIN,
        `${current.email} is the last active admin: make another account admin first.`,
        { statusCode: 409 },
      );
    }
  }
}

function notFound(id: string): never {
  throw new SwitchboardError(ErrorCodes.NOT_FOUND, `No account with id ${id}: check the id.`, {
    statusCode: 404,
  });
}
