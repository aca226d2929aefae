/**
 * The web chat Fastify plugin: a strict UTF-8 JSON parser and the WebSocket plugin in this scope
 * only, then the message routes, the socket route and the page.
 */
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { WebChatService } from './chat-service';
import type { LiveConnectionHub } from './live-connection-hub';
import type { WebChatLogger } from './logger';
import { registerMessageRoutes } from './message-routes';
import { registerPageRoutes } from './page-routes';
import { registerSocketRoute } from './socket-route';
import { decodeJson } from './validation';

/** Everything the plugin needs; built by WebChatAdapter from its options. */
export interface WebChatRoutesOptions {
  service: WebChatService;
  hub: LiveConnectionHub;
  logger: WebChatLogger;
  bodyLimit: number;
  maxFrameBytes: number;
  maxQueuedFrames: number;
  frameAncestors: string;
  publicDir: URL;
}

/**
 * Replace the JSON parser in this scope: Fastify's default decodes invalid UTF-8 leniently (U+FFFD),
 * which would store text the customer never wrote.
 */
function installStrictJsonParser(app: FastifyInstance, bodyLimit: number): void {
  if (app.hasContentTypeParser('application/json')) app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => {
    try {
      done(null, decodeJson(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

/** Build the plugin. */
export function createWebChatRoutes(options: WebChatRoutesOptions): FastifyPluginAsync {
  return async (app) => {
    installStrictJsonParser(app, options.bodyLimit);
    // Registering @fastify/websocket twice on one server would handle every upgrade twice, so reuse
    // the host's when it already has one (then only our own per-frame size check applies).
    if (!app.hasDecorator('websocketServer')) {
      await app.register(websocket, { options: { maxPayload: options.maxFrameBytes } });
    }
    registerMessageRoutes(app, options.service, options.bodyLimit);
    registerSocketRoute(app, options);
    await registerPageRoutes(app, { publicDir: options.publicDir, frameAncestors: options.frameAncestors });
  };
}
