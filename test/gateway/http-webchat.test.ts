/**
 * The whole stack over HTTP (app.inject, no sockets): web chat turns answered from the demo
 * knowledge base, retries deduplicated, bad input refused with nothing stored, health and metrics.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { FaqBot } from '../../bot/index';
import { MatchWorkerPool } from '../../knowledge/match-worker-pool';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

interface ChatReply {
  sessionId: string;
  replies: { id: string; text: string; options?: { label: string; value: string }[] }[];
}

async function post(app: FastifyInstance, body: unknown) {
  return app.inject({ method: 'POST', url: '/webchat/messages', payload: body as Record<string, unknown> });
}

/** The demo knowledge base's web answer for changing a flight. */
const FLIGHT_CHANGE_ANSWER = /tap "Change flight"/;

describe.each(['sqlite', 'postgres'] as const)('web chat through the whole pipeline on %s', (kind) => {
  let env: TestSwitchboard;
  let app: FastifyInstance;

  beforeEach(async () => {
    env = await startTestSwitchboard(kind);
    app = env.switchboard.app;
    await app.ready();
  });

  afterEach(async () => {
    await env.dispose();
  });

  /** Inbound messages stored but never processed: a half-stored turn would show here. */
  async function halfStored(): Promise<number> {
    return (await env.switchboard.store.unprocessedInbound(100)).length;
  }

  it('answers demo FAQ questions in English and in Chinese, in one session', async () => {
    const first = await post(app, { text: 'I want a refund for my flight ticket' });
    expect(first.statusCode).toBe(200);
    const body = first.json<ChatReply>();
    expect(body.sessionId).toMatch(/\./);
    expect(body.replies[0]?.text).toMatch(/Request refund/);
    const second = await post(app, { sessionId: body.sessionId, text: '机票怎么退票' });
    expect(second.statusCode).toBe(200);
    expect(second.json<ChatReply>().replies[0]?.text).toMatch(/退/);
    const history = await app.inject({ method: 'GET', url: `/webchat/messages?sessionId=${body.sessionId}` });
    expect(history.json<{ messages: unknown[] }>().messages).toHaveLength(4);
  });

  it('understands a turn once, in the match worker, begun before the session was read', async () => {
    const anticipate = vi.spyOn(FaqBot.prototype, 'anticipate');
    const run = vi.spyOn(MatchWorkerPool.prototype, 'run');
    try {
      const answered = await post(app, { text: 'I want a refund for my flight ticket', locale: 'en' });
      expect(answered.json<ChatReply>().replies[0]?.text).toMatch(/Request refund/);
      expect(anticipate).toHaveBeenCalledTimes(1);
      // Taken up by the turn: the worker was asked once, and answered.
      expect(run).toHaveBeenCalledTimes(1);
      expect(await run.mock.results[0]?.value).toBeDefined();
    } finally {
      anticipate.mockRestore();
      run.mockRestore();
    }
  });

  it('asks which one when two entries are close, and answers the option the customer taps', async () => {
    // Train or plane: the demo knowledge base cannot tell which ticket.
    const asked = (await post(app, { text: 'I need to change my ticket' })).json<ChatReply>();
    const options = asked.replies[0]?.options ?? [];
    expect(options.map((o) => o.label)).toEqual(
      expect.arrayContaining(['How do I change my flight?', 'Can I change my train ticket?']),
    );
    const flight = options.find((o) => /flight/.test(o.label));
    const tapped = await post(app, { sessionId: asked.sessionId, text: flight?.value ?? '' });
    expect(tapped.json<ChatReply>().replies[0]?.text).toMatch(FLIGHT_CHANGE_ANSWER);
  });

  it('answers a retried message (same clientMessageId) once, with the same reply', async () => {
    const opened = (await post(app, { text: 'hello' })).json<ChatReply>();
    const message = {
      sessionId: opened.sessionId,
      text: 'What is the baggage allowance?',
      clientMessageId: 'c-1',
    };
    const [a, b, c] = await Promise.all([post(app, message), post(app, message), post(app, message)]);
    const ids = [a, b, c].map((r) =>
      r
        .json<ChatReply>()
        .replies.map((reply) => reply.id)
        .join(),
    );
    expect(new Set(ids).size).toBe(1);
    const again = await post(app, message);
    expect(
      again
        .json<ChatReply>()
        .replies.map((r) => r.id)
        .join(),
    ).toBe(ids[0]);
    const history = await app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${opened.sessionId}`,
    });
    const texts = history.json<{ messages: { text: string; direction: string }[] }>().messages;
    expect(texts.filter((m) => m.direction === 'in' && m.text === message.text)).toHaveLength(1);
  });

  it('refuses bad input with a clear 4xx, stores nothing, and keeps serving', async () => {
    const opened = (await post(app, { text: 'hello' })).json<ChatReply>();
    const cases: {
      name: string;
      request: InjectOptions;
      status: number;
      code: string;
    }[] = [
      {
        name: 'malformed JSON',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          headers: { 'content-type': 'application/json' },
          payload: '{"text": "hi"',
        },
        status: 400,
        code: 'SB_ERR_BAD_REQUEST',
      },
      {
        name: 'text over 64 KiB',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          payload: { sessionId: opened.sessionId, text: 'a'.repeat(64 * 1024 + 1) },
        },
        status: 413,
        code: 'SB_ERR_PAYLOAD_TOO_LARGE',
      },
      {
        name: 'wrong types',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          payload: { sessionId: opened.sessionId, text: 42 },
        },
        status: 400,
        code: 'SB_ERR_BAD_REQUEST',
      },
      {
        name: 'invalid UTF-8',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          headers: { 'content-type': 'application/json' },
          payload: Buffer.concat([
            Buffer.from(`{"sessionId":"${opened.sessionId}","text":"bad `),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('"}'),
          ]),
        },
        status: 400,
        code: 'SB_ERR_INVALID_UTF8',
      },
      {
        name: 'empty message',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          payload: { sessionId: opened.sessionId, text: '  \n ' },
        },
        status: 400,
        code: 'SB_ERR_EMPTY_MESSAGE',
      },
      {
        name: 'forged session id',
        request: {
          method: 'POST',
          url: '/webchat/messages',
          payload: { sessionId: `${opened.sessionId.split('.')[0]}.forged`, text: 'hi' },
        },
        status: 403,
        code: 'SB_ERR_SESSION_FORGED',
      },
    ];
    const historyBefore = await app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${opened.sessionId}`,
    });
    for (const testCase of cases) {
      const response = await app.inject(testCase.request);
      expect(response.statusCode, testCase.name).toBe(testCase.status);
      expect(
        response.json<{ error: { code: string; message: string } }>().error,
        testCase.name,
      ).toMatchObject({
        code: testCase.code,
      });
      expect(
        response.json<{ error: { message: string } }>().error.message.length,
        testCase.name,
      ).toBeGreaterThan(10);
    }
    const historyAfter = await app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${opened.sessionId}`,
    });
    expect(historyAfter.json()).toEqual(historyBefore.json());
    expect(await halfStored()).toBe(0);
    const ok = await post(app, { sessionId: opened.sessionId, text: 'How do I change my flight?' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<ChatReply>().replies[0]?.text).toMatch(/Change flight/);
  });

  it('reports health and Prometheus metrics', async () => {
    await post(app, { text: 'How do I get a refund for my flight?' });
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', store: { kind, ok: true }, channels: ['web'] });
    await env.switchboard.outbox.drainOnce();
    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/switchboard_messages_in_total\{channel="web"\} 1/);
    expect(metrics.body).toMatch(/switchboard_messages_out_total\{channel="web",status="sent"\} 1/);
    expect(metrics.body).toMatch(/switchboard_turn_duration_seconds_bucket/);
    expect(metrics.body).toMatch(/switchboard_outbox_backlog 0/);
  });
});
