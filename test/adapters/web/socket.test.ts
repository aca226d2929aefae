/** The WebSocket side against a listening app: sessions, ordering, live pushes, limits. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionTokenSigner } from '../../../adapters/web/session-tokens';
import { ChatSocketClient } from './socket-client';
import { listenWebChatTestApp, TEST_SECRET, type WebChatTestApp } from './test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let t: WebChatTestApp & { baseUrl: string };
const clients: ChatSocketClient[] = [];
const signer = new SessionTokenSigner(TEST_SECRET);

async function connect(): Promise<ChatSocketClient> {
  const client = await ChatSocketClient.connect(t.baseUrl);
  clients.push(client);
  return client;
}

const context = (n: number) => ({
  idempotencyKey: `k${n}`,
  messageId: `msg_push_${n}`,
  conversationId: 'conv_1',
});

beforeEach(async () => {
  // Random per-message delays: if the server handled a socket's frames concurrently, replies would
  // come back shuffled.
  t = await listenWebChatTestApp({ gateway: { delayMs: () => Math.floor(Math.random() * 15) } });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await t.close();
});

describe('web chat WebSocket', () => {
  it('opens a session on hello and resumes it with its history', async () => {
    const first = await connect();
    const { sessionId, messages } = await first.hello();
    expect(messages).toEqual([]);
    expect(() => signer.verify(sessionId)).not.toThrow();
    first.send({ type: 'message', text: 'refund?', clientMessageId: 'c-1' });
    await first.waitFor(
      (f) => f.type === 'message' && (f['message'] as { text: string }).text === 'Refunds take 7 days',
    );

    const again = await connect();
    const resumed = await again.hello(sessionId);
    expect(resumed.sessionId).toBe(sessionId);
    expect(resumed.messages.map((m) => m['text'])).toEqual(['refund?', 'Refunds take 7 days']);
  });

  it('echoes the stored customer message with its clientMessageId, then the replies', async () => {
    const client = await connect();
    await client.hello();
    client.send({ type: 'message', text: 'my ticket', clientMessageId: 'c-9' });
    await client.waitFor(
      (f) => f.type === 'message' && (f['message'] as { direction: string }).direction === 'out',
    );
    const [echo, reply] = client.frames.filter((f) => f.type === 'message');
    expect(echo).toMatchObject({
      clientMessageId: 'c-9',
      message: { direction: 'in', author: 'customer', text: 'my ticket' },
    });
    expect(reply).toMatchObject({
      message: {
        direction: 'out',
        author: 'bot',
        text: 'Which ticket do you mean?',
        options: [{ label: 'Flight ticket' }, { label: 'Train ticket' }],
      },
    });
  });

  it('processes ten back-to-back messages strictly in order', async () => {
    const client = await connect();
    await client.hello();
    for (let i = 0; i < 10; i++) client.send({ type: 'message', text: `n${i}`, clientMessageId: `c-${i}` });
    await client.waitFor(
      (f) => f.type === 'message' && (f['message'] as { text: string }).text === 'You said: n9',
    );
    const replies = client
      .messages()
      .filter((m) => m.direction === 'out')
      .map((m) => m.text);
    expect(replies).toEqual(Array.from({ length: 10 }, (_, i) => `You said: n${i}`));
    expect(t.gateway.received.map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `n${i}`));
  });

  it('pushes send() to every socket of the session and to no other session', async () => {
    const tabA = await connect();
    const { sessionId } = await tabA.hello();
    const tabB = await connect();
    await tabB.hello(sessionId);
    const stranger = await connect();
    await stranger.hello();
    const address = signer.verify(sessionId).address;
    expect(t.adapter.liveConnections(address)).toBe(2);

    const receipt = await t.adapter.send(
      address,
      { text: 'An agent here: your refund is approved.', options: [{ label: 'Thanks', value: 'thanks' }] },
      context(1),
    );
    expect(receipt).toEqual({ status: 'sent' });
    for (const tab of [tabA, tabB]) {
      const frame = await tab.waitFor((f) => f.type === 'message');
      expect(frame['message']).toMatchObject({
        id: 'msg_push_1',
        direction: 'out',
        text: 'An agent here: your refund is approved.',
        options: [{ label: 'Thanks', value: 'thanks' }],
      });
    }
    stranger.send({ type: 'ping' });
    await stranger.waitFor((f) => f.type === 'pong');
    expect(stranger.messages()).toEqual([]);
  });

  it('does not push the same message twice to a socket (turn reply, then the outbox send)', async () => {
    const client = await connect();
    const { sessionId } = await client.hello();
    client.send({ type: 'message', text: 'refund?' });
    const reply = await client.waitFor(
      (f) => f.type === 'message' && (f['message'] as { direction: string }).direction === 'out',
    );
    const id = (reply['message'] as { id: string }).id;
    await t.adapter.send(
      signer.verify(sessionId).address,
      { text: 'Refunds take 7 days' },
      { ...context(2), messageId: id },
    );
    client.send({ type: 'ping' });
    await client.waitFor((f) => f.type === 'pong');
    expect(client.messages().filter((m) => m.id === id)).toHaveLength(1);
  });

  it('reports recoverable errors as frames and keeps the socket open', async () => {
    const client = await connect();
    client.send({ type: 'message', text: 'before hello' });
    await client.waitFor((f) => f.type === 'error' && f['code'] === 'SB_ERR_BAD_REQUEST');
    const forged = signer.issue().token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    client.send({ type: 'hello', sessionId: forged });
    await client.waitFor((f) => f.type === 'error' && f['code'] === 'SB_ERR_SESSION_FORGED');
    await client.hello();
    client.send('{not json');
    client.send({ type: 'message', text: '   ', clientMessageId: 'c-empty' });
    client.send({ type: 'message', text: 5 });
    client.sendRaw(Buffer.from([0x7b, 0xff, 0x7d]));
    await client.waitFor(
      (f) => f.type === 'error' && f['code'] === 'SB_ERR_EMPTY_MESSAGE' && f['clientMessageId'] === 'c-empty',
    );
    await client.waitFor((f) => f.type === 'error' && String(f['message']).startsWith('text:'));
    await client.waitFor((f) => f.type === 'error' && f['code'] === 'SB_ERR_INVALID_UTF8');
    expect(client.closeCode).toBeNull();
    expect(t.gateway.received).toHaveLength(0);
  });

  it('closes a socket that sends an oversized frame with 1009, and nothing reaches the sink', async () => {
    const client = await connect();
    await client.hello();
    client.send({ type: 'message', text: 'a'.repeat(200_000) });
    expect(await client.closed()).toBe(1009);
    expect(t.gateway.received).toHaveLength(0);
  });

  it('refuses text over 64 KiB inside a frame that fits, without closing', async () => {
    const client = await connect();
    await client.hello();
    client.send({ type: 'message', text: 'a'.repeat(65537), clientMessageId: 'big' });
    await client.waitFor((f) => f.type === 'error' && f['code'] === 'SB_ERR_PAYLOAD_TOO_LARGE');
    expect(client.closeCode).toBeNull();
  });

  it('closes every socket when the adapter stops', async () => {
    const client = await connect();
    await client.hello();
    await t.adapter.stop();
    expect(await client.closed()).toBe(1001);
  });

  it('takes the locale from the upgrade request Accept-Language, or from hello', async () => {
    const zh = await ChatSocketClient.connect(t.baseUrl, {
      headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
    });
    clients.push(zh);
    await zh.hello();
    zh.send({ type: 'message', text: '退款' });
    await zh.waitFor(
      (f) => f.type === 'message' && (f['message'] as { direction: string }).direction === 'out',
    );
    const en = await connect();
    en.send({ type: 'hello', locale: 'en-GB' });
    await en.waitFor((f) => f.type === 'session');
    en.send({ type: 'message', text: 'refund' });
    await en.waitFor(
      (f) => f.type === 'message' && (f['message'] as { direction: string }).direction === 'out',
    );
    expect(t.gateway.received.map((m) => m.locale)).toEqual(['zh-CN', 'en-GB']);
  });

  it('refuses frames beyond the per-socket queue with SB_ERR_RATE_LIMITED, keeping the order of the rest', async () => {
    const client = await connect();
    await client.hello();
    for (let i = 0; i < 40; i++) client.send({ type: 'message', text: `m${i}`, clientMessageId: `q-${i}` });
    await client.waitFor((f) => f.type === 'error' && f['code'] === 'SB_ERR_RATE_LIMITED');
    await client.waitFor(() => t.gateway.received.length >= 32 && client.messages().length >= 64);
    const texts = t.gateway.received.map((m) => m.text);
    expect(texts).toEqual([...texts].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    expect(texts.length).toBeLessThan(40);
  });
});

describe('web chat keep-alive', () => {
  it('keeps answering peers open and drops peers that stop answering pings', async () => {
    const fast = await listenWebChatTestApp({ adapter: { pingIntervalMs: 40 } });
    try {
      const alive = await ChatSocketClient.connect(fast.baseUrl);
      const dead = await ChatSocketClient.connect(fast.baseUrl, { autoPong: false });
      await alive.hello();
      await dead.hello();
      await dead.closed(2000);
      await sleep(200);
      expect(alive.closeCode).toBeNull();
      alive.close();
    } finally {
      await fast.close();
    }
  });
});
