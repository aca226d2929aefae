/**
 * gateway/api/ owns the agent and editor API under `/api/v1`. One guard (guard.ts) runs before
 * every route of this scope; today the knowledge base routes live here, the handoff and customer
 * routes join them with their issue.
 */
import type { FastifyPluginAsync } from 'fastify';
import { registerApiErrorHandler } from './api-errors';
import { createApiGuard, loopbackAuthenticator, requireRole, type Authenticator } from './guard';
import { kbRoutes, type KbRoutesOptions } from './kb-routes';

export { createApiGuard, loopbackAuthenticator, requireRole } from './guard';
export type { Authenticator, Principal, Role } from './guard';
export type { KbRoutesOptions } from './kb-routes';

/** Options of {@link createApiPlugin}. */
export interface ApiOptions {
  /** Who is calling. Default: {@link loopbackAuthenticator} (this machine only). */
  authenticate?: Authenticator;
  /** The knowledge base routes (`/kb`); left out when absent. */
  kb?: KbRoutesOptions;
}

/** The `/api/v1` plugin: register it with `{ prefix: '/api/v1' }`. */
export function createApiPlugin(options: ApiOptions): FastifyPluginAsync {
  return async (app) => {
    app.decorateRequest('principal', null);
    registerApiErrorHandler(app);
    app.addHook('onRequest', createApiGuard(options.authenticate ?? loopbackAuthenticator()));
    const kb = options.kb;
    if (kb !== undefined) {
      await app.register(
        (scope, _options, done) => {
          scope.addHook('onRequest', requireRole('editor'));
          kbRoutes(scope, kb);
          done();
        },
        { prefix: '/kb' },
      );
    }
  };
}
