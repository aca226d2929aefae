/**
 * gateway/auth/ owns accounts, roles, password hashing, sessions and API tokens. This file builds
 * its services for the composition root: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD when the
 * store has no account yet, and the `/api/v1` authenticator (bearer tokens; loopback only when
 * API_TRUST_LOOPBACK asks for it).
 */
import type { Logger } from 'pino';
import type { Authenticator } from '../api/guard';
import { AccountService } from './account-service';
import { AuthService } from './auth-service';
import { bearerAuthenticator } from './bearer-authenticator';
import type { AccountRepository } from './types';

/** What {@link startAuth} reads. */
export interface AuthSetupOptions {
  accounts: AccountRepository;
  adminEmail?: string | undefined;
  adminPassword?: string | undefined;
  sessionTtlMs: number;
  trustLoopback: boolean;
  logger: Logger;
  clock?: () => Date;
}

/** The auth services and the API's authenticator. */
export interface AuthSetup {
  auth: AuthService;
  accounts: AccountService;
  authenticate: Authenticator;
}

/** Builds the services and creates the first admin if there is none. */
export async function startAuth(options: AuthSetupOptions): Promise<AuthSetup> {
  const clock = options.clock ? { clock: options.clock } : {};
  const accounts = new AccountService({ accounts: options.accounts, ...clock });
  const auth = new AuthService({ accounts: options.accounts, sessionTtlMs: options.sessionTtlMs, ...clock });
  await auth.prepare();
  const admin = await accounts.ensureFirstAdmin(options.adminEmail, options.adminPassword);
  if (admin !== null)
    options.logger.info({ accountId: admin.id, email: admin.email }, 'created the first admin');
  else if ((await options.accounts.countAccounts()) === 0) {
    options.logger.warn('no accounts yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin');
  }
  if (options.trustLoopback) {
    options.logger.warn(
      'API_TRUST_LOOPBACK is on: anything that can reach this process from loopback (a local proxy too) is admin on /api/v1. For local development only.',
    );
  }
  return {
    auth,
    accounts,
    authenticate: bearerAuthenticator({ auth, trustLoopback: options.trustLoopback }),
  };
}
