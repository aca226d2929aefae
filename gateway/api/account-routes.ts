/**
 * `/api/v1/accounts` (admins only): create accounts with roles, list and read them, change roles
 * and names, disable or enable, reset passwords. Passwords and their hashes never appear in an
 * answer.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AccountService } from '../auth/account-service';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords';
import { effectiveRoles, ROLES } from '../auth/roles';
import type { Account } from '../auth/types';
import { parseRequest } from './api-errors';

/** Roles as a request names them: at least one, each known. */
export const rolesSchema = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const password = z.string().max(MAX_PASSWORD_LENGTH);
const displayName = z.string().trim().min(1).max(200);

const createBody = z
  .object({ email: z.email().max(320), password, roles: rolesSchema, displayName: displayName.optional() })
  .strict();
const updateBody = z
  .object({
    displayName: displayName.optional(),
    roles: rolesSchema.optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });

/** An account as the API shows it: granted and effective roles, never the password hash. */
export function accountJson(account: Account): Record<string, unknown> {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    roles: account.roles,
    effectiveRoles: effectiveRoles(account.roles),
    disabled: account.disabled,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
    lastLoginAt: account.lastLoginAt?.toISOString() ?? null,
  };
}

/** Registers the account routes on an admin-only scope. */
export function registerAccountRoutes(app: FastifyInstance, accounts: AccountService): void {
  app.post('/', async (request, reply) => {
    const body = parseRequest(createBody, request.body, 'body');
    const account = await accounts.create(body);
    request.log.info({ accountId: account.id, by: request.principal?.id }, 'account created');
    return reply.status(201).send(accountJson(account));
  });

  app.get('/', async () => ({ accounts: (await accounts.list()).map(accountJson) }));

  app.get('/:id', async (request) => {
    const { id } = parseRequest(idParams, request.params, 'params');
    return accountJson(await accounts.get(id));
  });

  app.patch('/:id', async (request) => {
    const { id } = parseRequest(idParams, request.params, 'params');
    const body = parseRequest(updateBody, request.body, 'body');
    const account = await accounts.update(id, body);
    const changed = Object.keys(body).filter((key) => key !== 'password');
    if (body.password !== undefined) changed.push('password');
    request.log.info({ accountId: id, by: request.principal?.id, changed }, 'account changed');
    return accountJson(account);
  });
}
