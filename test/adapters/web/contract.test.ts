/**
 * The web adapter against the ChannelAdapter contract. The harness plays the browser: a real
 * WebSocket that holds a session (to see what the customer receives) and real POSTs for inbound.
 */
import Fastify from 'fastify';
import { WebChatAdapter } from '../../../adapters/web';
import { SessionTokenSigner } from '../../../adapters/web/session-tokens';
import { registerErrorHandlers } from '../../../gateway/http-errors';
import { describeChannelAdapterContract, type AdapterHarness } from '../../contract/channel-adapter-contract';
import { ChatSocketClient } from './socket-client';
import { TEST_SECRET } from './test-app';

async function makeWebHarness(): Promise<AdapterHarness> {
  const adapter = new WebChatAdapter({ secretKey: TEST_SECRET, history: () => Promise.resolve([]) });
  const app = Fastify({ logger: false });
  registerErrorHandlers(app);
  if (adapter.routes === undefined) throw new Error('the web adapter has no routes');
  await app.register(adapter.routes);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await ChatSocketClient.connect(baseUrl);
  const { sessionId } = await browser.hello();
  return {
    adapter,
    customerAddress: new SessionTokenSigner(TEST_SECRET).verify(sessionId).address,
    async deliverInbound(text, providerMessageId) {
      const response = await app.inject({
        method: 'POST',
        url: '/webchat/messages',
        payload: { sessionId, text, clientMessageId: providerMessageId },
      });
      if (response.statusCode !== 200)
        throw new Error(`POST answered ${response.statusCode}: ${response.body}`);
    },
    received: () =>
      Promise.resolve(
        browser
          .messages()
          .filter((m) => m.direction === 'out')
          .map((m) => (m.options === undefined ? { text: m.text } : { text: m.text, options: m.options })),
      ),
    async close() {
      browser.close();
      await app.close();
    },
  };
}

describeChannelAdapterContract('web', makeWebHarness);
