/**
 * `GET /webchat` upgraded to a WebSocket. The session token travels inside the `hello` frame, never
 * in a cookie, so a page on another origin gains nothing by opening this socket (no ambient
 * credentials): no Origin check is needed.
 */
import type { FastifyInstance } from 'fastify';
import type { WebChatService } from './chat-service';
import type { LiveConnectionHub } from './live-connection-hub';
import { LiveSocketConnection } from './live-socket-connection';
import type { WebChatLogger } from './logger';
import { localeFromAcceptLanguage } from './validation';

/** What the socket route needs. */
export interface SocketRouteOptions {
  service: WebChatService;
  hub: LiveConnectionHub;
  logger: WebChatLogger;
  maxFrameBytes: number;
  maxQueuedFrames: number;
}

/** Register the WebSocket route on a scope where @fastify/websocket is available. */
export function registerSocketRoute(app: FastifyInstance, options: SocketRouteOptions): void {
  app.get('/webchat', { websocket: true }, (socket, request) => {
    // Sockets are accepted even while the adapter is stopped: the transcript still loads, and
    // messages get an SB_ERR_CHANNEL_OFF error frame until start().
    new LiveSocketConnection(socket, {
      service: options.service,
      hub: options.hub,
      logger: options.logger,
      maxFrameBytes: options.maxFrameBytes,
      maxQueuedFrames: options.maxQueuedFrames,
      headerLocale: localeFromAcceptLanguage(request.headers['accept-language']),
    });
  });
}
