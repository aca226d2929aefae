/**
 * The HTTP server, built separately from `listen` so tests use `app.inject()`: health, metrics, and
 * each channel adapter's routes as a plugin.
 */
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
  type RouteOptions,
} from 'fastify';
import websocket from '@fastify/websocket';
import type { ChannelAdapter } from './adapter';
import { registerErrorHandlers } from './http-errors';
import type { GatewayMetrics } from './metrics';
import type { Store } from './store/types';

export interface AppOptions {
  store: Store;
  adapters: readonly ChannelAdapter[];
  metrics: GatewayMetrics;
  logger: FastifyBaseLogger;
  /** Extra facts for /healthz (knowledge base size, version…). */
  healthDetails?: () => Record<string, unknown>;
  /** The agent and editor API (gateway/api/), mounted at `/api/v1`. */
  api?: FastifyPluginAsync;
  /** Trust X-Forwarded-* from a proxy in front (needed for correct public URLs). Default true. */
  trustProxy?: boolean;
  /** Told about every route as it is added (tests enumerate the API with it). */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    trustProxy: options.trustProxy ?? true,
    // Per-request lines would dominate the log at chat volumes; refusals and failures are logged
    // by the error handler, and traffic shows in /metrics.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  registerErrorHandlers(app);

  app.get('/healthz', async (_request, reply) => {
    const started = performance.now();
    let storeOk = true;
    let storeError: string | undefined;
    try {
      await options.store.ping();
    } catch (error) {
      storeOk = false;
      storeError = (error as Error).message;
    }
    const body = {
      status: storeOk ? 'ok' : 'unavailable',
      uptimeSeconds: Math.round(process.uptime()),
      store: {
        kind: options.store.kind,
        ok: storeOk,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        ...(storeError ? { error: storeError } : {}),
      },
      channels: options.adapters.map((adapter) => adapter.channel),
      ...(options.healthDetails?.() ?? {}),
    };
    return reply.status(storeOk ? 200 : 503).send(body);
  });

  app.get('/metrics', async (_request, reply) => {
    const text = await options.metrics.registry.metrics();
    return reply.type(options.metrics.registry.contentType).send(text);
  });

  // One @fastify/websocket for the whole server (web chat and the agents' events socket): two would
  // both answer every upgrade. The web chat checks its own frame size.
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  for (const adapter of options.adapters) {
    if (adapter.routes) await app.register(adapter.routes);
  }
  if (options.api) await app.register(options.api, { prefix: '/api/v1' });
  return app;
}
