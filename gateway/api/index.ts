/**
 * gateway/api/ owns the agent and editor API under `/api/v1`. One guard (guard.ts) runs before
 * every route of this scope; today the knowledge base routes live here, the handoff and customer
 * routes join them with their issue.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { bearerAuthenticator } from '../auth/bearer-authenticator';
import { registerAccountRoutes } from './account-routes';
import { registerAgentRoutes } from './agent-routes';
import { registerApiErrorHandler } from './api-errors';
import { registerSessionRoutes, registerTokenRoutes, type AuthRoutesOptions } from './auth-routes';
import { registerCustomerRoutes } from './customer-routes';
import { withSocketProtocolToken } from './events-auth';
import { registerEventRoutes, type EventRoutesOptions } from './events-routes';
import { createApiGuard, requireRole, type Authenticator, type Role } from './guard';
import { registerHandoffRoutes, type HandoffRoutesOptions } from './handoff-routes';
import { kbRoutes, type KbRoutesOptions } from './kb-routes';
import { registerStatsRoutes, type StatsRoutesOptions } from './stats-routes';

export { createApiGuard, loopbackAuthenticator, requireRole } from './guard';
export type { Authenticator, Principal, Role } from './guard';
export type { KbRoutesOptions } from './kb-routes';
export type { AuthRoutesOptions } from './auth-routes';
export type { StatsRoutesOptions } from './stats-routes';
export type { HandoffRoutesOptions } from './handoff-routes';
export type { EventRoutesOptions } from './events-routes';

/** Options of {@link createApiPlugin}. */
export interface ApiOptions {
  /** Who is calling. Default: bearer tokens of `auth` (without `auth`, nobody is admitted). */
  authenticate?: Authenticator;
  /** Sign-in, tokens and accounts (`/auth`, `/accounts`); left out when absent. */
  auth?: AuthRoutesOptions;
  /** The knowledge base routes (`/kb`); left out when absent. */
  kb?: KbRoutesOptions;
  /** The supervisors' KPIs (`/stats`); left out when absent. */
  stats?: StatsRoutesOptions;
  /** The agent API on cases (`/handoffs`); left out when absent. */
  handoffs?: HandoffRoutesOptions;
  /** The agents' events WebSocket (`/events`); left out when absent. */
  events?: EventRoutesOptions;
}

/** The `/api/v1` plugin: register it with `{ prefix: '/api/v1' }`. */
export function createApiPlugin(options: ApiOptions): FastifyPluginAsync {
  return async (app) => {
    app.decorateRequest('principal', null);
    registerApiErrorHandler(app);
    const { auth, kb, handoffs, events } = options;
    const anonymous: Authenticator = () => null;
    const authenticate =
      options.authenticate ?? (auth ? bearerAuthenticator({ auth: auth.auth }) : anonymous);
    const authenticateRequest = withSocketProtocolToken(authenticate);
    app.addHook('onRequest', createApiGuard(authenticateRequest));
    if (auth !== undefined) {
      const session = handoffs ? { ...auth, onLogout: signOutAgent(handoffs) } : auth;
      await mountApiScope(app, '/auth', null, (scope) => registerSessionRoutes(scope, session));
      await mountApiScope(app, '/auth/tokens', 'admin', (scope) => registerTokenRoutes(scope, auth));
      await mountApiScope(app, '/accounts', 'admin', (scope) => registerAccountRoutes(scope, auth.accounts));
    }
    if (kb !== undefined) await mountApiScope(app, '/kb', 'editor', (scope) => kbRoutes(scope, kb));
    const stats = options.stats;
    if (stats !== undefined) {
      await mountApiScope(app, '/stats', 'supervisor', (scope) => registerStatsRoutes(scope, stats));
    }
    if (handoffs !== undefined) {
      await mountApiScope(app, '/handoffs', 'agent', (scope) => registerHandoffRoutes(scope, handoffs));
      await mountApiScope(app, '/customers', 'agent', (scope) => registerCustomerRoutes(scope, handoffs));
      await mountApiScope(app, '/agents', 'agent', (scope) => registerAgentRoutes(scope, handoffs));
    }
    if (events !== undefined) {
      await mountApiScope(app, '/events', 'agent', (scope) =>
        registerEventRoutes(scope, { authenticate: authenticateRequest, ...events }),
      );
    }
  };
}

/** An agent who signs out goes offline: their cases go back to the queue for others (agent-router.ts). */
function signOutAgent(handoffs: HandoffRoutesOptions): (accountId: string) => Promise<void> {
  return async (accountId) => {
    const presence = await handoffs.store.agents.get(accountId);
    if (presence !== null && presence.status !== 'offline')
      await handoffs.cases.agents.setStatus(accountId, 'offline');
  };
}

/**
 * Mounts a group of routes at `prefix` behind the guard, admitting only callers with `role`
 * (null: any signed-in caller). A new area of the API is one line here; test/api/auth-table.test.ts
 * then fails until its required role is in the table.
 */
export async function mountApiScope(
  app: FastifyInstance,
  prefix: string,
  role: Role | null,
  routes: (scope: FastifyInstance) => void,
): Promise<void> {
  await app.register(
    (scope, _options, done) => {
      if (role !== null) scope.addHook('onRequest', requireRole(role));
      routes(scope);
      done();
    },
    { prefix },
  );
}
