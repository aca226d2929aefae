/**
 * The handoff promise end to end, on Redis + PostgreSQL (BullMQ timers, events relayed over Redis)
 * and on the embedded default (SQLite, in-process timers): an urgent web chat message opens an
 * urgent case; an agent on the events socket receives `handoff.opened` with the whole context;
 * claims, replies (the reply reaches the customer's web chat), resolves; the customer answers the
 * CSAT question with "5" and it is recorded on the case.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { EventFrame } from '../../gateway/api/events-feed';
import { TEST_REDIS_URL } from '../handoff/redis-support';
import { issueToken, type IssuedToken } from '../support/auth';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis-prefix';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

interface ChatMessage {
  text: string;
}

describe.each(['postgres', 'sqlite'] as const)('handoff end to end on %s', (kind) => {
  // PostgreSQL runs as the scale-out deployment does: with Redis, under a prefix of its own.
  const redisPrefix = kind === 'postgres' ? uniqueRedisPrefix('e2e') : undefined;
  let sb: TestSwitchboard;
  let base: string;
  let agent: IssuedToken;
  const frames: EventFrame[] = [];
  let socket: WebSocket;

  beforeAll(async () => {
    sb = await startTestSwitchboard(
      kind,
      { kbPollIntervalMs: 0 },
      redisPrefix ? { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: redisPrefix } : {},
    );
    expect(sb.switchboard.config.REDIS_URL).toBe(redisPrefix ? TEST_REDIS_URL : undefined);
    base = await sb.switchboard.listen();
    agent = await issueToken(sb.switchboard.store, { roles: ['agent'] });
    socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/v1/events`, ['bearer', agent.token]);
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as EventFrame));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    expect(socket.protocol).toBe('bearer');
  });
  afterAll(async () => {
    socket.close();
    await sb.dispose();
    // The case's SLA timers lived in BullMQ under the run's prefix; the run leaves none behind.
    if (redisPrefix) expect(await deleteRedisKeys(TEST_REDIS_URL, redisPrefix)).toBeGreaterThan(0);
  });

  const api = (method: string, path: string, body?: unknown) =>
    fetch(`${base}/api/v1${path}`, {
      method,
      headers: { ...agent.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const chat = async (text: string, sessionId?: string) => {
    const response = await fetch(`${base}/webchat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { sessionId: string; replies: ChatMessage[] };
  };
  const history = async (sessionId: string) => {
    const response = await fetch(`${base}/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`);
    return ((await response.json()) as { messages: ChatMessage[] }).messages.map((m) => m.text);
  };

  it('opens, streams, claims, replies, resolves and records the CSAT answer', async () => {
    const { sessionId } = await chat("someone stole my card and there are charges I didn't make");
    const opened = await vi.waitFor(() => {
      const frame = frames.find((f) => f.type === 'handoff.opened');
      if (!frame) throw new Error('no handoff.opened yet');
      return frame.data as {
        case: { id: string; priority: string };
        context: { transcript: { text: string }[]; bot: { escalation: { reason: string } } };
      };
    });
    expect(opened.case.priority).toBe('urgent');
    expect(opened.context.bot.escalation.reason).toBe('urgent');
    expect(opened.context.transcript.map((m) => m.text)).toContain(
      "someone stole my card and there are charges I didn't make",
    );
    const caseId = opened.case.id;

    expect((await api('POST', `/handoffs/${caseId}/claim`)).status).toBe(200);
    const reply = await api('POST', `/handoffs/${caseId}/reply`, { text: 'I have blocked your card.' });
    expect(reply.status).toBe(201);
    expect(await history(sessionId)).toContain('I have blocked your card.');

    expect((await api('POST', `/handoffs/${caseId}/resolve`)).status).toBe(200);
    await vi.waitFor(async () => {
      if (!(await history(sessionId)).some((t) => t.startsWith('How did we do?')))
        throw new Error('no question');
    });
    const answered = await chat('5', sessionId);
    expect(answered.replies.map((r) => r.text)).toEqual(['Thank you for your feedback!']);
    expect((await sb.switchboard.store.caseFeedback.getCsat(caseId))?.score).toBe(5);
    expect(frames.map((f) => f.type)).toEqual(
      expect.arrayContaining(['handoff.opened', 'handoff.assigned', 'message.created', 'handoff.resolved']),
    );
  });
});
