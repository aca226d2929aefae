/** The HTTP routes through app.inject(): sessions, replies, dedupe keys, and every refusal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { SessionTokenSigner } from '../../../adapters/web/session-tokens';
import { buildWebChatTestApp, TEST_SECRET, type WebChatTestApp } from './test-app';

interface PostBody {
  sessionId: string;
  messageId: string;
  replies: { id: string; text: string; options?: { label: string; value: string }[] }[];
}

let t: WebChatTestApp;

beforeEach(async () => {
  t = await buildWebChatTestApp();
});

afterEach(async () => {
  await t.close();
});

function post(payload: unknown, headers: InjectOptions['headers'] = {}): Promise<LightMyRequestResponse> {
  const body = typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload);
  return t.app.inject({
    method: 'POST',
    url: '/webchat/messages',
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });
}

function errorOf(response: LightMyRequestResponse): { code: string; message: string } {
  return response.json<{ error: { code: string; message: string } }>().error;
}

describe('POST /webchat/messages', () => {
  it('opens a session and returns the turn replies, quick replies included', async () => {
    const response = await post({ text: 'My ticket is wrong' });
    expect(response.statusCode).toBe(200);
    const body = response.json<PostBody>();
    expect(body.sessionId).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(body.replies).toEqual([
      {
        id: expect.any(String) as string,
        author: 'bot',
        text: 'Which ticket do you mean?',
        options: [
          { label: 'Flight ticket', value: 'ticket-flight' },
          { label: 'Train ticket', value: 'ticket-train' },
        ],
      },
    ]);
    const [inbound] = t.gateway.received;
    const address = new SessionTokenSigner(TEST_SECRET).verify(body.sessionId).address;
    expect(inbound).toMatchObject({
      channel: 'web',
      from: address,
      threadKey: address,
      text: 'My ticket is wrong',
    });
    expect(inbound?.raw).toEqual({ text: 'My ticket is wrong' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('issues a different valid session each time the id is omitted', async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(async () => (await post({ text: 'hi' })).json<PostBody>().sessionId),
    );
    expect(new Set(ids).size).toBe(3);
    const signer = new SessionTokenSigner(TEST_SECRET);
    expect(new Set(ids.map((id) => signer.verify(id).address)).size).toBe(3);
  });

  it('keeps a session: the second message comes from the same address', async () => {
    const { sessionId } = (await post({ text: 'hi' })).json<PostBody>();
    const second = await post({ sessionId, text: 'refund please' });
    expect(second.json<PostBody>()).toMatchObject({ sessionId, replies: [{ text: 'Refunds take 7 days' }] });
    expect(t.gateway.received[1]?.from).toBe(t.gateway.received[0]?.from);
    // The session id is the customer's credential: the payload kept for audit leaves it out.
    expect(t.gateway.received[1]?.raw).toEqual({ text: 'refund please' });
    expect(JSON.stringify(t.gateway.received[1]?.raw)).not.toContain(sessionId);
  });

  it('sends a retried clientMessageId with the same externalId and returns the same replies', async () => {
    const { sessionId } = (await post({ text: 'hi' })).json<PostBody>();
    const message = { sessionId, text: 'refund?', clientMessageId: 'c-42' };
    const first = (await post(message)).json<PostBody>();
    const retry = (await post(message)).json<PostBody>();
    expect(retry.replies).toEqual(first.replies);
    expect(retry.messageId).toBe(first.messageId);
    const [, a, b] = t.gateway.received;
    expect(a?.externalId).toBe(b?.externalId);
    expect(a?.externalId).toMatch(/:c-42$/);
  });

  it('takes the locale from Accept-Language, or from the locale field', async () => {
    await post({ text: 'hi' }, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    await post({ text: 'hi', locale: 'en' }, { 'accept-language': 'zh-CN' });
    expect(t.gateway.received.map((m) => m.locale)).toEqual(['zh-CN', 'en']);
  });

  it('refuses a forged session with 403 and a way out, never another session', async () => {
    const { sessionId } = (await post({ text: 'hi' })).json<PostBody>();
    const forged = `${sessionId.slice(0, -2)}AA`;
    const response = await post({ sessionId: forged, text: 'show me their chat' });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('SB_ERR_SESSION_FORGED');
    expect(errorOf(response).message).toMatch(/without a sessionId/);
    const otherSecret = new SessionTokenSigner('some-other-secret-0123456789').issue().token;
    expect((await post({ sessionId: otherSecret, text: 'x' })).statusCode).toBe(403);
    expect(t.gateway.received).toHaveLength(1);
  });

  describe('bad input reaches nothing', () => {
    const cases: [string, () => Promise<LightMyRequestResponse>, number, string, RegExp?][] = [
      ['malformed JSON', () => post('{"text": "hi"'), 400, 'SB_ERR_BAD_REQUEST'],
      ['an empty body', () => post(''), 400, 'SB_ERR_BAD_REQUEST'],
      ['a JSON array', () => post([]), 400, 'SB_ERR_BAD_REQUEST', /body/],
      ['text of the wrong type', () => post({ text: 5 }), 400, 'SB_ERR_BAD_REQUEST', /^text: /],
      ['missing text', () => post({ sessionId: undefined }), 400, 'SB_ERR_BAD_REQUEST', /^text: /],
      ['an unknown field', () => post({ text: 'hi', admin: true }), 400, 'SB_ERR_BAD_REQUEST', /admin/],
      [
        'a bad clientMessageId',
        () => post({ text: 'hi', clientMessageId: '' }),
        400,
        'SB_ERR_BAD_REQUEST',
        /clientMessageId/,
      ],
      [
        'a sessionId of the wrong type',
        () => post({ text: 'hi', sessionId: 7 }),
        400,
        'SB_ERR_BAD_REQUEST',
        /sessionId/,
      ],
      ['empty text', () => post({ text: '' }), 400, 'SB_ERR_EMPTY_MESSAGE'],
      ['whitespace-only text', () => post({ text: ' \n\t ' }), 400, 'SB_ERR_EMPTY_MESSAGE'],
      ['text one byte over 64 KiB', () => post({ text: 'a'.repeat(65537) }), 413, 'SB_ERR_PAYLOAD_TOO_LARGE'],
      [
        'Chinese text over 64 KiB in bytes',
        () => post({ text: '退'.repeat(21846) }),
        413,
        'SB_ERR_PAYLOAD_TOO_LARGE',
      ],
      [
        'a body far over the limit',
        () => post({ text: 'a'.repeat(300_000) }),
        413,
        'SB_ERR_PAYLOAD_TOO_LARGE',
      ],
      [
        'invalid UTF-8 bytes',
        () => post(Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')])),
        400,
        'SB_ERR_INVALID_UTF8',
      ],
      ['an unpaired surrogate escape', () => post('{"text":"\\ud800"}'), 400, 'SB_ERR_INVALID_UTF8'],
    ];

    it.each(cases)('%s', async (_name, send, status, code, message) => {
      const response = await send();
      expect(response.statusCode).toBe(status);
      expect(errorOf(response).code).toBe(code);
      if (message) expect(errorOf(response).message).toMatch(message);
      expect(t.gateway.received).toHaveLength(0);
    });
  });

  it('accepts exactly 64 KiB of text', async () => {
    const response = await post({ text: 'a'.repeat(65536) });
    expect(response.statusCode).toBe(200);
  });

  it('answers 503 and reaches nothing once the adapter is stopped', async () => {
    await t.adapter.stop();
    const response = await post({ text: 'hello?' });
    expect(response.statusCode).toBe(503);
    expect(errorOf(response).code).toBe('SB_ERR_CHANNEL_OFF');
    expect(t.gateway.received).toHaveLength(0);
  });
});

describe('GET /webchat/messages', () => {
  it('returns the session history from the history option, and only newer messages after an id', async () => {
    const { sessionId } = (await post({ text: 'refund?' })).json<PostBody>();
    await post({ sessionId, text: 'ticket' });
    const response = await t.app.inject({ method: 'GET', url: `/webchat/messages?sessionId=${sessionId}` });
    expect(response.statusCode).toBe(200);
    const { messages } = response.json<{ sessionId: string; messages: Record<string, unknown>[] }>();
    expect(messages.map((m) => [m['direction'], m['author'], m['text']])).toEqual([
      ['in', 'customer', 'refund?'],
      ['out', 'bot', 'Refunds take 7 days'],
      ['in', 'customer', 'ticket'],
      ['out', 'bot', 'Which ticket do you mean?'],
    ]);
    expect(messages[3]?.['options']).toHaveLength(2);
    expect(Object.keys(messages[0] ?? {}).sort()).toEqual(['author', 'createdAt', 'direction', 'id', 'text']);
    const after = String(messages[1]?.['id']);
    const newer = await t.app.inject({
      method: 'GET',
      url: `/webchat/messages?sessionId=${sessionId}&after=${after}`,
    });
    expect(newer.json<{ messages: { text: string }[] }>().messages.map((m) => m.text)).toEqual([
      'ticket',
      'Which ticket do you mean?',
    ]);
  });

  it('refuses a forged session and a missing one', async () => {
    const forged = await t.app.inject({ method: 'GET', url: '/webchat/messages?sessionId=abc.def' });
    expect(forged.statusCode).toBe(403);
    expect(errorOf(forged).code).toBe('SB_ERR_SESSION_FORGED');
    const missing = await t.app.inject({ method: 'GET', url: '/webchat/messages' });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).message).toMatch(/sessionId/);
  });
});

describe('page and widget', () => {
  it('serves the page with a CSP allowing only self and our WebSocket', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'chat.example.com' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws://chat.example.com wss://chat.example.com");
    expect(csp).not.toContain('unsafe');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('/webchat/app.js');
  });

  it('does not echo a hostile Host header into the CSP', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { host: 'evil.com; script-src *' },
    });
    expect(String(response.headers['content-security-policy'])).toContain("connect-src 'self';");
  });

  it('serves the assets and a cross-origin widget script', async () => {
    for (const url of ['/webchat/app.js', '/webchat/styles.css', '/webchat/icon.svg']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(200);
    }
    const widget = await t.app.inject({ method: 'GET', url: '/webchat/widget.js' });
    expect(widget.headers['content-type']).toMatch(/javascript/);
    expect(widget.headers['access-control-allow-origin']).toBe('*');
    expect(widget.body).toContain('?embed=1');
  });
});
