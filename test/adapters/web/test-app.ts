/**
 * A Fastify app with the web adapter mounted the way the composition root will: error handlers,
 * the adapter's routes, and the adapter started on a fake gateway sink.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { registerErrorHandlers } from '../../../gateway/http-errors';
import { WebChatAdapter, type WebChatAdapterOptions } from '../../../adapters/web';
import { FakeGateway, type FakeGatewayOptions } from './fake-gateway';

export const TEST_SECRET = 'test-secret-key-0123456789abcdef';

export interface WebChatTestApp {
  app: FastifyInstance;
  adapter: WebChatAdapter;
  gateway: FakeGateway;
  close(): Promise<void>;
}

/** Build (not listen) a test app. */
export async function buildWebChatTestApp(
  options: { gateway?: FakeGatewayOptions; adapter?: Partial<WebChatAdapterOptions> } = {},
): Promise<WebChatTestApp> {
  const gateway = new FakeGateway(options.gateway);
  const adapter = new WebChatAdapter({
    secretKey: TEST_SECRET,
    history: gateway.history,
    ...options.adapter,
  });
  const app = Fastify({ logger: false });
  registerErrorHandlers(app);
  if (adapter.routes === undefined) throw new Error('the web adapter has no routes');
  await app.register(adapter.routes);
  await adapter.start(gateway);
  await app.ready();
  return {
    app,
    adapter,
    gateway,
    close: async () => {
      await adapter.stop();
      await app.close();
    },
  };
}

/** Build and listen on 127.0.0.1 with a random port; returns the base URL. */
export async function listenWebChatTestApp(
  options: Parameters<typeof buildWebChatTestApp>[0] = {},
): Promise<WebChatTestApp & { baseUrl: string }> {
  const testApp = await buildWebChatTestApp(options);
  const baseUrl = await testApp.app.listen({ host: '127.0.0.1', port: 0 });
  return { ...testApp, baseUrl };
}
