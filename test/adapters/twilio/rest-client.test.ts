/**
 * The REST client through TWILIO_API_BASE: the official library's requests reach the stand-in
 * with basic auth, Twilio's JSON comes back parsed, and Twilio's errors map to our codes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiBaseRequestClient, createTwilioClient, toSendError } from '../../../adapters/twilio';
import { twilioSettingsFrom } from '../../../adapters/twilio/twilio-settings';
import { installMessages, type StandinMessages } from '../../support/twilio-standin/messages';
import { TwilioStandin } from '../../support/twilio-standin/server';

describe('Twilio REST client', () => {
  let standin: TwilioStandin;
  let messages: StandinMessages;

  beforeEach(async () => {
    standin = await TwilioStandin.start();
    messages = installMessages(standin);
  });

  afterEach(async () => {
    await standin.close();
  });

  it('rewrites only twilio.com hosts', () => {
    const client = new ApiBaseRequestClient('http://127.0.0.1:9/base/');
    expect(client.rewrite('https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?x=1')).toBe(
      'http://127.0.0.1:9/base/2010-04-01/Accounts/AC1/Messages.json?x=1',
    );
    expect(client.rewrite('https://api.us1.twilio.com/2010-04-01')).toBe(
      'http://127.0.0.1:9/base/2010-04-01',
    );
    expect(client.rewrite('https://twilio.com.evil.example/x')).toBe('https://twilio.com.evil.example/x');
  });

  it('creates and fetches a message on the stand-in with basic auth', async () => {
    const client = createTwilioClient({ ...standin, apiBase: standin.baseUrl });
    const created = await client.messages.create({
      to: '+8613800138000',
      from: '+14155550100',
      body: '你好',
    });
    expect(created.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(created.status).toBe('queued');
    expect(created.numSegments).toBe('1');
    const fetched = await client.messages(created.sid).fetch();
    expect(fetched.body).toBe('你好');
    const [request] = standin.requestsTo(/\/Messages\.json$/);
    expect(request).toMatchObject({ authenticated: true, params: { To: '+8613800138000', Body: '你好' } });
    expect(messages.to('+8613800138000')).toHaveLength(1);
  });

  it("maps Twilio's errors: bad credentials retry, an unsubscribed recipient is permanent", async () => {
    const wrong = createTwilioClient({
      accountSid: standin.accountSid,
      authToken: 'wrong',
      apiBase: standin.baseUrl,
    });
    const denied = await wrong.messages
      .create({ to: '+8613800138000', from: '+1415', body: 'x' })
      .catch((e: unknown) => e);
    expect(toSendError(denied, 'the message')).toMatchObject({ code: 'SB_ERR_SEND_FAILED' });
    expect(String((denied as Error).message)).toContain('Authenticate');
    messages.unsubscribed.add('+8613800138000');
    const client = createTwilioClient({ ...standin, apiBase: standin.baseUrl });
    const refused = await client.messages
      .create({ to: '+8613800138000', from: '+1415', body: 'x' })
      .catch((e: unknown) => e);
    expect(toSendError(refused, 'the message')).toMatchObject({ code: 'SB_ERR_RECIPIENT_UNREACHABLE' });
  });

  it('reads settings: absent → off, partial → a clear error', () => {
    expect(twilioSettingsFrom({ PUBLIC_URL: 'https://x.example' })).toBeUndefined();
    expect(() => twilioSettingsFrom({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_FROM: '+1' })).toThrow(
      /TWILIO_AUTH_TOKEN, PUBLIC_URL/,
    );
    expect(
      twilioSettingsFrom({
        TWILIO_ACCOUNT_SID: 'AC1',
        TWILIO_AUTH_TOKEN: 't',
        TWILIO_FROM: '+14155550100',
        PUBLIC_URL: 'https://sb.example.com/',
      }),
    ).toEqual({
      accountSid: 'AC1',
      authToken: 't',
      from: '+14155550100',
      publicUrl: 'https://sb.example.com',
    });
  });
});
