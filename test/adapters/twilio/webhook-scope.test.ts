/**
 * The Twilio webhook scope: a correctly signed form reaches the handler; unsigned, forged,
 * changed-body and wrong-URL requests are answered 403 before any handler runs.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { twilioWebhookScope } from '../../../adapters/twilio';
import { registerErrorHandlers } from '../../../gateway/http-errors';
import inboundSms from '../../fixtures/twilio/inbound-sms.json';
import { TwilioStandin } from '../../support/twilio-standin/server';
import { signWebhook } from '../../support/twilio-standin/signing';

const PUBLIC_URL = 'https://switchboard.example.com';

describe('twilioWebhookScope', () => {
  let app: FastifyInstance;
  let standin: TwilioStandin;
  let handled: Record<string, unknown>[];

  beforeEach(async () => {
    handled = [];
    standin = await TwilioStandin.start();
    app = Fastify({ logger: false });
    registerErrorHandlers(app);
    await app.register(
      twilioWebhookScope({
        authToken: standin.authToken,
        publicUrl: PUBLIC_URL,
        bodyLimit: 4096,
        routes: (scope) => {
          scope.post('/webhooks/twilio/test', (request, reply) => {
            handled.push(request.body as Record<string, unknown>);
            return reply.send({ ok: true });
          });
        },
      }),
    );
    const listenUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    standin.connectGateway({ publicUrl: PUBLIC_URL, listenUrl });
  });

  afterEach(async () => {
    await app.close();
    await standin.close();
  });

  const params = { ...inboundSms } as Record<string, string>;

  it('accepts a correctly signed webhook, query string included', async () => {
    const result = await standin.webhook('/webhooks/twilio/test?attempt=1&x=%20y', params);
    expect(result.status).toBe(200);
    expect(handled).toHaveLength(1);
    expect(handled[0]?.Body).toBe('机票怎么退票');
  });

  it.each([
    ['unsigned', { signature: 'none' as const }],
    [
      'forged',
      {
        signature: { value: signWebhook('not-the-token', `${PUBLIC_URL}/webhooks/twilio/test`, params) },
      },
    ],
    ['replayed with a changed body', { signParams: { ...params, Body: 'original' } }],
    ['signed for another URL', { signUrl: `${PUBLIC_URL}/webhooks/twilio/other` }],
    ['signed for another host', { signUrl: 'https://attacker.example.net/webhooks/twilio/test' }],
  ])('refuses a request %s with 403 before the handler', async (_name, options) => {
    const result = await standin.webhook('/webhooks/twilio/test', params, options);
    expect(result.status).toBe(403);
    expect(JSON.parse(result.body)).toMatchObject({ error: { code: 'SB_ERR_SIGNATURE_INVALID' } });
    expect(handled).toHaveLength(0);
  });

  it('refuses a signed request whose query string was altered', async () => {
    const result = await standin.webhook('/webhooks/twilio/test?attempt=2', params, {
      signUrl: `${PUBLIC_URL}/webhooks/twilio/test?attempt=1`,
    });
    expect(result.status).toBe(403);
    expect(handled).toHaveLength(0);
  });

  it('refuses JSON bodies with 415 and oversized forms with 413', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/webhooks/twilio/test',
      payload: params,
    });
    expect(json.statusCode).toBe(415);
    const big = await standin.webhook('/webhooks/twilio/test', { ...params, Body: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(handled).toHaveLength(0);
  });
});
