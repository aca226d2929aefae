/**
 * `/api/v1/auth`: sign in (the one route open to anonymous callers), sign out, who am I, change my
 * password, and admins' API tokens for scripts. A token's text appears once, in the answer that
 * issues it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AccountService } from '../auth/account-service';
import { RateLimitedError, type AuthService, type LoginResult } from '../auth/auth-service';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords';
import { bearerToken } from '../auth/tokens';
import type { AuthToken } from '../auth/types';
import { ErrorCodes, SwitchboardError } from '../errors';
import { accountJson, rolesSchema } from './account-routes';
import { parseRequest } from './api-errors';

/** What the auth routes need. */
export interface AuthRoutesOptions {
  auth: AuthService;
  accounts: AccountService;
  /** Told after a user signs out (the handoff desk sets an online agent offline). */
  onLogout?: (accountId: string) => Promise<void>;
}

const loginBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
const passwordBody = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().max(MAX_PASSWORD_LENGTH),
});
const tokenBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    roles: rolesSchema.optional(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });

function tokenJson(token: AuthToken): Record<string, unknown> {
  return {
    id: token.id,
    name: token.name,
    roles: token.roles,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** A new session as the API shows it. */
function sessionJson(session: LoginResult): Record<string, unknown> {
  return {
    token: session.token,
    expiresAt: session.expiresAt.toISOString(),
    account: accountJson(session.account),
  };
}

/** Runs a password check; a rate-limited one gets `Retry-After`. */
async function withRetryAfter<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RateLimitedError) void reply.header('retry-after', String(error.retryAfterSeconds));
    throw error;
  }
}

function principalId(request: FastifyRequest): string {
  const id = request.principal?.id;
  if (id === undefined)
    throw new SwitchboardError(ErrorCodes.INTERNAL, 'auth route reached without a principal');
  return id;
}

/** Registers sign-in, sign-out and `me` on the `/auth` scope. */
export function registerSessionRoutes(app: FastifyInstance, options: AuthRoutesOptions): void {
  const { auth, accounts } = options;

  app.post('/login', { config: { public: true } }, async (request, reply) => {
    const { email, password } = parseRequest(loginBody, request.body, 'body');
    return sessionJson(await withRetryAfter(reply, () => auth.login(email, password, request.ip)));
  });

  app.post('/password', async (request, reply) => {
    const body = parseRequest(passwordBody, request.body, 'body');
    const session = await withRetryAfter(reply, () =>
      auth.changePassword(principalId(request), body.currentPassword, body.newPassword, request.ip),
    );
    request.log.info({ accountId: session.account.id }, 'password changed by its owner');
    return sessionJson(session);
  });
  app.post('/logout', async (request, reply) => {
    const ended = await auth.logout(bearerToken(request.headers.authorization) ?? '');
    const accountId = request.principal?.id;
    if (ended && accountId !== undefined && options.onLogout) {
      await options.onLogout(accountId).catch((error: unknown) => {
        request.log.error({ err: error, accountId }, 'sign-out follow-up failed');
      });
    }
    return reply.status(204).send();
  });

  app.get('/me', async (request) => {
    const effectiveRoles = request.principal?.roles ?? [];
    const account = await accounts.find(principalId(request));
    // The loopback operator (API_TRUST_LOOPBACK) has no account.
    if (account === null) return { id: principalId(request), effectiveRoles };
    return { ...accountJson(account), effectiveRoles };
  });
}

/** Registers an admin's own API tokens on the admin-only `/auth/tokens` scope. */
export function registerTokenRoutes(app: FastifyInstance, options: AuthRoutesOptions): void {
  const { auth, accounts } = options;

  app.post('/', async (request, reply) => {
    const body = parseRequest(tokenBody, request.body, 'body');
    const account = await accounts.get(principalId(request));
    const { token, record } = await auth.createApiToken(account, {
      name: body.name,
      ...(body.roles === undefined ? {} : { roles: body.roles }),
      ...(body.expiresAt === undefined ? {} : { expiresAt: new Date(body.expiresAt) }),
    });
    request.log.info({ tokenId: record.id, by: account.id }, 'api token issued');
    return reply.status(201).send({ token, ...tokenJson(record) });
  });

  app.get('/', async (request) => ({
    tokens: (await auth.listApiTokens(principalId(request))).map(tokenJson),
  }));

  app.delete('/:id', async (request, reply) => {
    const { id } = parseRequest(idParams, request.params, 'params');
    await auth.revokeApiToken(principalId(request), id);
    return reply.status(204).send();
  });
}
