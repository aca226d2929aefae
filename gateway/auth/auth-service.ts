/**
 * Signing in and bearer tokens. A login checks the password against its scrypt hash and issues a
 * session token that expires a fixed time after the login (default 12 h — one shift; using it does
 * not extend it, so a stolen token's life is bounded). Admins issue API tokens for scripts, with
 * an optional expiry and optionally fewer roles than their own. Every token is checked against the
 * database on each request, so logout, revocation and disabling take effect at once.
 */
import { randomBytes } from 'node:crypto';
import type { Principal, Role } from '../api/guard';
import { ErrorCodes, SwitchboardError } from '../errors';
import { normalizeEmail } from './account-service';
import { LoginLimiter } from './login-limiter';
import {
  assertStrongPassword,
  DEFAULT_SCRYPT,
  hashParams,
  hashPassword,
  verifyPassword,
  type ScryptParams,
} from './passwords';
import { effectiveRoles, intersectRoles } from './roles';
import { hashToken, isWellFormedToken, newToken } from './tokens';
import type { Account, AccountRepository, AccountWithSecret, AuthToken, TokenKind } from './types';

/** Options of {@link AuthService}. */
export interface AuthServiceOptions {
  accounts: AccountRepository;
  /** How long a session token lives after login, in ms. Default 12 h. */
  sessionTtlMs?: number;
  /** Default: the system clock. */
  clock?: () => Date;
  /** scrypt cost of new hashes; older, cheaper hashes are upgraded at the next login. Default {@link DEFAULT_SCRYPT}. */
  scrypt?: ScryptParams;
  /** Default: a {@link LoginLimiter} with its defaults. */
  limiter?: LoginLimiter;
  /** A token's last use is written at most this often, in ms. Default 60 s. */
  touchIntervalMs?: number;
}

/** What a login answers. */
export interface LoginResult {
  token: string;
  expiresAt: Date;
  account: Account;
}

/** What an admin gives to issue an API token. */
export interface ApiTokenInput {
  name: string;
  /** Limit the token to these roles (each must be one the account has). Default: the account's roles. */
  roles?: Role[];
  expiresAt?: Date;
}

/** A 429 that says when to try again. */
export class RateLimitedError extends SwitchboardError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterMs: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super(ErrorCodes.RATE_LIMITED, `Too many sign-in attempts: try again in ${seconds} s.`, {
      statusCode: 429,
    });
    this.retryAfterSeconds = seconds;
  }
}

const DEFAULT_SESSION_TTL_MS = 12 * 3_600_000;

/** Sign-in, sessions and API tokens. */
export class AuthService {
  readonly #accounts: AccountRepository;
  readonly #sessionTtlMs: number;
  readonly #clock: () => Date;
  readonly #scrypt: ScryptParams;
  readonly #limiter: LoginLimiter;
  readonly #touchIntervalMs: number;
  #dummyHash: Promise<string> | undefined;

  constructor(options: AuthServiceOptions) {
    this.#accounts = options.accounts;
    this.#sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.#clock = options.clock ?? (() => new Date());
    this.#scrypt = options.scrypt ?? DEFAULT_SCRYPT;
    this.#limiter = options.limiter ?? new LoginLimiter();
    this.#touchIntervalMs = options.touchIntervalMs ?? 60_000;
  }

  /**
   * Checks a password and opens a session. An unknown email, a wrong password and a disabled
   * account get the same 401 after the same work (an unknown email is checked against a dummy
   * hash), so answers and timing do not tell which emails have accounts.
   */
  async login(email: string, password: string, client: string): Promise<LoginResult> {
    const account = await this.#verify(email, password, client);
    if (account === null) {
      throw new SwitchboardError(ErrorCodes.UNAUTHENTICATED, 'Wrong email or password.', { statusCode: 401 });
    }
    const at = this.#clock();
    await this.#upgradeHash(account.id, account.passwordHash, password, at);
    return this.#openSession(account, at);
  }

  /**
   * A signed-in user changes their own password: the current one is checked (and rate-limited like
   * a sign-in), every session of the account ends, and a new session is opened for the caller.
   */
  async changePassword(
    accountId: string,
    current: string,
    next: string,
    client: string,
  ): Promise<LoginResult> {
    const owner = await this.#accounts.getAccount(accountId);
    const account = owner === null ? null : await this.#verify(owner.email, current, client);
    if (account === null) {
      throw new SwitchboardError(ErrorCodes.FORBIDDEN, 'The current password is not right.', {
        statusCode: 403,
      });
    }
    assertStrongPassword(next, account.email);
    const at = this.#clock();
    await this.#accounts.updateAccount(
      account.id,
      { passwordHash: await hashPassword(next, this.#scrypt) },
      at,
    );
    await this.#accounts.revokeAccountTokens(account.id, 'session', at);
    return this.#openSession(account, at);
  }

  /** The caller a token stands for, or null when it is unknown, malformed, expired, revoked or its account disabled. */
  async authenticate(token: string): Promise<Principal | null> {
    if (!isWellFormedToken(token)) return null;
    const found = await this.#accounts.findToken(hashToken(token));
    if (found === null) return null;
    const now = this.#clock();
    const { token: record, account } = found;
    if (record.revokedAt !== null || account.disabled) return null;
    if (record.expiresAt !== null && record.expiresAt.getTime() <= now.getTime()) return null;
    const lastUsed = record.lastUsedAt?.getTime() ?? 0;
    if (now.getTime() - lastUsed >= this.#touchIntervalMs) await this.#accounts.touchToken(record.id, now);
    const roles =
      record.roles === null ? effectiveRoles(account.roles) : intersectRoles(record.roles, account.roles);
    return { id: account.id, roles };
  }

  /** Computes the dummy hash unknown emails are checked against, so the first such login costs no more than others. */
  async prepare(): Promise<void> {
    await this.#dummy();
  }

  /** Revokes the token presented (logout); false when it was not a live token. */
  async logout(token: string): Promise<boolean> {
    if (!isWellFormedToken(token)) return false;
    const found = await this.#accounts.findToken(hashToken(token));
    if (found === null) return false;
    return this.#accounts.revokeToken(found.token.id, found.account.id, this.#clock());
  }

  /** Issues an API token for `account`; the token text is in the answer only. */
  async createApiToken(
    account: Account,
    input: ApiTokenInput,
  ): Promise<{ token: string; record: AuthToken }> {
    const own = effectiveRoles(account.roles);
    const extra = (input.roles ?? []).filter((role) => !own.includes(role));
    if (extra.length > 0) {
      throw new SwitchboardError(
        ErrorCodes.FORBIDDEN,
        `A token cannot have roles its account lacks (${extra.join(', ')}).`,
        { statusCode: 403 },
      );
    }
    if (input.expiresAt !== undefined && input.expiresAt.getTime() <= this.#clock().getTime()) {
      throw new SwitchboardError(ErrorCodes.BAD_REQUEST, 'expiresAt must be in the future.', {
        statusCode: 400,
      });
    }
    return this.#issue(account.id, 'api', {
      name: input.name,
      roles: input.roles === undefined ? null : [...new Set(input.roles)],
      expiresAt: input.expiresAt ?? null,
    });
  }

  /** The account's API tokens, newest first (revoked ones too, for the record). */
  listApiTokens(accountId: string): Promise<AuthToken[]> {
    return this.#accounts.listTokens(accountId, 'api');
  }

  /** Revokes one of the account's API tokens; 404 when it has no such live token. */
  async revokeApiToken(accountId: string, tokenId: string): Promise<void> {
    const tokens = await this.#accounts.listTokens(accountId, 'api');
    const revoked =
      tokens.some((token) => token.id === tokenId) &&
      (await this.#accounts.revokeToken(tokenId, accountId, this.#clock()));
    if (!revoked) {
      throw new SwitchboardError(
        ErrorCodes.NOT_FOUND,
        `No live API token ${tokenId} of yours: check the id.`,
        {
          statusCode: 404,
        },
      );
    }
  }

  /** The enabled account whose password this is, or null; counts the attempt (see the limiter). */
  async #verify(email: string, password: string, client: string): Promise<AccountWithSecret | null> {
    const normalized = normalizeEmail(email);
    const verdict = this.#limiter.attempt(normalized, client, this.#clock().getTime());
    if (!verdict.allowed) throw new RateLimitedError(verdict.retryAfterMs);
    const account = await this.#accounts.findByEmail(normalized);
    const matches = await verifyPassword(password, account?.passwordHash ?? (await this.#dummy()));
    if (account === null || !matches || account.disabled) return null;
    this.#limiter.succeeded(normalized, client);
    return account;
  }

  async #openSession(account: AccountWithSecret, at: Date): Promise<LoginResult> {
    await this.#accounts.recordLogin(account.id, at);
    const expiresAt = new Date(at.getTime() + this.#sessionTtlMs);
    const { passwordHash: _secret, ...visible } = account;
    const token = await this.#issue(account.id, 'session', { name: null, roles: null, expiresAt });
    return { token: token.token, expiresAt, account: { ...visible, lastLoginAt: at } };
  }

  async #issue(
    accountId: string,
    kind: TokenKind,
    facts: { name: string | null; roles: Role[] | null; expiresAt: Date | null },
  ): Promise<{ token: string; record: AuthToken }> {
    const token = newToken();
    const record = await this.#accounts.createToken({
      accountId,
      kind,
      tokenHash: hashToken(token),
      createdAt: this.#clock(),
      ...facts,
    });
    return { token, record };
  }

  /** Re-hashes a password made with cheaper parameters than today's, now that we know it. */
  async #upgradeHash(accountId: string, stored: string, password: string, at: Date): Promise<void> {
    const params = hashParams(stored);
    if (params !== null && params.N >= this.#scrypt.N && params.r >= this.#scrypt.r) return;
    const passwordHash = await hashPassword(password, this.#scrypt);
    await this.#accounts.updateAccount(accountId, { passwordHash }, at);
  }

  #dummy(): Promise<string> {
    this.#dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.#scrypt);
    return this.#dummyHash;
  }
}
