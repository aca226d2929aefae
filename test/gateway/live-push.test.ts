/**
 * Live delivery through the whole stack: a customer on the web chat socket asks a question, then a
 * person's message sent into the conversation (gateway.send → outbox → web adapter) is pushed to the
 * customer's open tabs and kept in the transcript for a reload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatSocketClient } from '../adapters/web/socket-client';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

describe.each(['sqlite', 'postgres'] as const)('live pushes on %s', (kind) => {
  let env: TestSwitchboard;
  let baseUrl: string;

  beforeEach(async () => {
    env = await startTestSwitchboard(kind, { outbox: { pollIntervalMs: 100 } });
    baseUrl = await env.switchboard.listen();
  });

  afterEach(async () => {
    await env.dispose();
  });

  it('pushes an agent message to every open tab of the session, once, after the bot’s answer', async () => {
    const tab1 = await ChatSocketClient.connect(baseUrl);
    const { sessionId } = await tab1.hello();
    const tab2 = await ChatSocketClient.connect(baseUrl);
    await tab2.hello(sessionId);
    const stranger = await ChatSocketClient.connect(baseUrl);
    await stranger.hello();

    tab1.send({ type: 'message', text: 'How do I change my flight?', clientMessageId: 'q1' });
    await tab1.waitFor((f) => f.type === 'message' && /Change flight/.test(JSON.stringify(f)));

    const [inbound] = await env.switchboard.store.unprocessedInbound(1);
    expect(inbound).toBeUndefined();
    const history = await fetch(`${baseUrl}/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`);
    const { messages } = (await history.json()) as { messages: { id: string; direction: string }[] };
    const asked = messages.find((m) => m.direction === 'in');
    const stored = await env.switchboard.store.getMessage(asked?.id ?? '');
    expect(stored).not.toBeNull();

    const sent = await env.switchboard.gateway.send({
      conversationId: stored?.conversationId ?? '',
      outbound: { text: 'Hi, I am Li from the support team. <b>I can help.</b>' },
      author: 'agent',
    });
    for (const tab of [tab1, tab2]) {
      await tab.waitFor((f) => f.type === 'message' && (f['message'] as { id: string }).id === sent.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const tab of [tab1, tab2]) {
      expect(tab.messages().filter((m) => m.id === sent.id)).toHaveLength(1);
      expect(tab.messages().find((m) => m.id === sent.id)).toMatchObject({ author: 'agent' });
    }
    expect(stranger.messages().some((m) => m.id === sent.id)).toBe(false);

    const reload = await fetch(`${baseUrl}/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`);
    const after = (await reload.json()) as { messages: { id: string; text: string }[] };
    expect(after.messages.at(-1)).toMatchObject({
      id: sent.id,
      text: 'Hi, I am Li from the support team. <b>I can help.</b>',
    });
    expect((await env.switchboard.store.getOutboxByMessage(sent.id))?.status).toBe('sent');
    for (const client of [tab1, tab2, stranger]) client.close();
  });
});
