/**
 * `GET /api/v1/events`: the agents' WebSocket. The API guard and the `agent` role check run
 * before the upgrade, so a missing, expired or wrong-role token is refused with 401/403 as an
 * HTTP answer to the upgrade request. See events-feed.ts for the frames.
 */
import type { FastifyInstance } from 'fastify';
import { serveEventSocket } from './events-connection';
import type { AgentEventFeed } from './events-feed';

/** What the events route needs. */
export interface EventRoutesOptions {
  feed: AgentEventFeed;
  /** See {@link serveEventSocket}. */
  maxBufferedBytes?: number;
  pingIntervalMs?: number;
}

/** Registers the socket route on the `/events` scope (@fastify/websocket is on the server). */
export function registerEventRoutes(app: FastifyInstance, options: EventRoutesOptions): void {
  app.get('/', { websocket: true }, (socket, request) => {
    serveEventSocket(socket, {
      feed: options.feed,
      roles: request.principal?.roles ?? [],
      ...(options.maxBufferedBytes === undefined ? {} : { maxBufferedBytes: options.maxBufferedBytes }),
      ...(options.pingIntervalMs === undefined ? {} : { pingIntervalMs: options.pingIntervalMs }),
    });
  });
}
