/**
 * `GET /api/v1/events`: the agents' WebSocket. The API guard and the `agent` role check run
 * before the upgrade, so a missing, expired or wrong-role token is refused with 401/403 as an
 * HTTP answer to the upgrade request; the token is checked again while the socket lives (see
 * events-connection.ts). See events-feed.ts for the frames.
 */
import type { FastifyInstance } from 'fastify';
import { serveEventSocket } from './events-connection';
import type { AgentEventFeed } from './events-feed';
import type { Authenticator } from './guard';

/** What the events route needs. */
export interface EventRoutesOptions {
  feed: AgentEventFeed;
  /** See {@link serveEventSocket}. */
  maxBufferedBytes?: number;
  pingIntervalMs?: number;
  authRecheckMs?: number;
  /** Asked again every `authRecheckMs` for the upgrade request (the API plugin passes its own). */
  authenticate?: Authenticator;
}

/** Registers the socket route on the `/events` scope (@fastify/websocket is on the server). */
export function registerEventRoutes(app: FastifyInstance, options: EventRoutesOptions): void {
  const { authenticate } = options;
  app.get('/', { websocket: true }, (socket, request) => {
    serveEventSocket(socket, {
      feed: options.feed,
      roles: request.principal?.roles ?? [],
      ...(options.maxBufferedBytes === undefined ? {} : { maxBufferedBytes: options.maxBufferedBytes }),
      ...(options.pingIntervalMs === undefined ? {} : { pingIntervalMs: options.pingIntervalMs }),
      ...(options.authRecheckMs === undefined ? {} : { authRecheckMs: options.authRecheckMs }),
      ...(authenticate === undefined ? {} : { recheck: async () => authenticate(request) }),
    });
  });
}
