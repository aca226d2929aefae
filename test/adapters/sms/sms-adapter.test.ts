/**
 * The SMS adapter against the stand-in, below the gateway: MMS media reach the sink as
 * attachments; keywords change the opt-out state and are answered in TwiML (HELP stays silent to an
 * opted-out number, Twilio's own Advanced Opt-Out answers are not doubled); per-number rate limits
 * refuse inbound with 429 before anything is handed on and hold outbound back for a retry;
 * Twilio's 21610 is remembered as an opt-out; status callbacks move the outbox row forward only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SendContext } from '../../../gateway/adapter';
import { RecordingSink } from '../../contract/channel-adapter-contract';
import inboundMms from '../../fixtures/twilio/inbound-mms.json';
import { inboundForm, messageSid, startSmsHarness, type SmsHarness } from './sms-harness';

const CUSTOMER = '+8613800138000';
const context = (n: number): SendContext => ({
  idempotencyKey: `key-${n}`,
  messageId: `msg_${n}`,
  conversationId: 'conv_1',
});

describe('TwilioSmsAdapter', () => {
  let sms: SmsHarness;
  let sink: RecordingSink;

  async function start(options: Parameters<typeof startSmsHarness>[0] = {}): Promise<void> {
    sms = await startSmsHarness(options);
    sink = new RecordingSink();
    await sms.adapter.start(sink);
  }
  afterEach(async () => {
    await sms.adapter.stop();
    await sms.close();
  });

  const text = (body: string, id: string, extra: Record<string, string> = {}) =>
    sms.twilio.webhook('/webhooks/twilio/sms', {
      ...inboundForm(sms.twilio, CUSTOMER, body, messageSid(id)),
      ...extra,
    });

  it('hands MMS media on as attachments and answers with empty TwiML', async () => {
    await start();
    const result = await sms.twilio.webhook('/webhooks/twilio/sms', {
      ...(inboundMms as Record<string, string>),
      AccountSid: sms.twilio.accountSid,
    });
    expect(result.status).toBe(200);
    expect(result.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(sink.messages[0]).toMatchObject({
      channel: 'sms',
      from: '+14155550123',
      externalId: inboundMms.MessageSid,
      attachments: [{ contentType: 'image/jpeg' }, { contentType: 'application/pdf' }],
    });
  });

  it('refuses a webhook signed for another account with 403', async () => {
    await start();
    const result = await text('hello', 'other-account', { AccountSid: `AC${'0'.repeat(32)}` });
    expect(result.status).toBe(403);
    expect(sink.messages).toHaveLength(0);
  });

  it('keeps keywords from the bot, stores the opt-out, and answers HELP only while subscribed', async () => {
    await start();
    const help = await text('HELP', 'k1');
    expect(help.body).toContain('<Message>Switchboard support');
    const stop = await text('Stop', 'k2');
    expect(stop.body).toContain('unsubscribed');
    expect(await sms.testStore.store.sms.getOptOut(CUSTOMER)).toMatchObject({ keyword: 'Stop' });
    expect((await text('HELP', 'k3')).body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    await expect(sms.adapter.send(CUSTOMER, { text: 'hi' }, context(1))).rejects.toMatchObject({
      code: 'SB_ERR_OPTED_OUT',
    });
    await expect(sms.adapter.checkRecipient(CUSTOMER)).rejects.toMatchObject({ statusCode: 409 });
    // Twilio's Advanced Opt-Out already answered START: the state changes, we stay silent.
    const start2 = await text('START', 'k4', { OptOutType: 'START' });
    expect(start2.body).not.toContain('<Message>');
    expect(await sms.testStore.store.sms.getOptOut(CUSTOMER)).toBeNull();
    expect(sink.messages).toHaveLength(0);
    expect(sms.messages.sent).toHaveLength(0);
  });

  it('refuses inbound over the per-number limit with 429 before handing anything on', async () => {
    await start({ inboundLimit: { limit: 2, windowMs: 60_000 } });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await text(`question ${i}`, `rate-${i}`)).status);
    expect(answers).toEqual([200, 200, 429]);
    expect(sink.messages.map((m) => m.text)).toEqual(['question 0', 'question 1']);
    // STOP still works over the limit.
    expect((await text('STOP', 'rate-stop')).status).toBe(200);
    // Another number has its own allowance.
    const other = await sms.twilio.webhook(
      '/webhooks/twilio/sms',
      inboundForm(sms.twilio, '+8613900139000', 'hi', messageSid('rate-other')),
    );
    expect(other.status).toBe(200);
  });

  it('holds outbound over the per-number limit back with SB_ERR_RATE_LIMITED, resending only unsent parts', async () => {
    let now = Date.parse('2026-11-22T12:00:00Z');
    await start({
      outboundLimit: { limit: 2, windowMs: 60_000 },
      maxSegmentsPerMessage: 1,
      clock: () => new Date(now),
    });
    // Three single-segment parts: 70 + 68 + 56 UCS-2 characters, cut at sentence ends.
    const long = '第一句话很长。'.repeat(10) + '第二句话也很长。'.repeat(8) + '第三句。'.repeat(15);
    await expect(sms.adapter.send(CUSTOMER, { text: long }, context(2))).rejects.toMatchObject({
      code: 'SB_ERR_RATE_LIMITED',
    });
    expect(sms.messages.to(CUSTOMER)).toHaveLength(2);
    now += 30_000;
    const receipt = await sms.adapter.send(CUSTOMER, { text: long }, context(2));
    const bodies = sms.messages.to(CUSTOMER).map((m) => m.body);
    expect(bodies).toHaveLength(3);
    expect(bodies.join('')).toBe(long);
    expect(receipt.providerMessageId).toBe(sms.messages.to(CUSTOMER)[0]?.sid);
  });

  it("records Twilio's 21610 (unsubscribed at Twilio) as an opt-out, permanently", async () => {
    await start();
    sms.messages.unsubscribed.add(CUSTOMER);
    await expect(sms.adapter.send(CUSTOMER, { text: 'hi' }, context(3))).rejects.toMatchObject({
      code: 'SB_ERR_OPTED_OUT',
    });
    expect(await sms.testStore.store.sms.getOptOut(CUSTOMER)).toMatchObject({ keyword: 'twilio:21610' });
  });

  it('sends attachments as MMS media on the first part, media alone with an empty body', async () => {
    await start();
    const image = { url: 'https://cdn.example.com/boarding-pass.png', contentType: 'image/png' };
    await sms.adapter.send(CUSTOMER, { text: '', attachments: [image] }, context(4));
    expect(sms.messages.to(CUSTOMER)[0]).toMatchObject({ body: '', mediaUrls: [image.url] });
    await expect(sms.adapter.send(CUSTOMER, { text: '  ' }, context(5))).rejects.toMatchObject({
      code: 'SB_ERR_EMPTY_MESSAGE',
    });
  });

  it('answers 503 once stopped and 400 for a form that is not a message', async () => {
    await start();
    const bad = await sms.twilio.webhook('/webhooks/twilio/sms', {
      AccountSid: sms.twilio.accountSid,
      From: CUSTOMER,
      To: '+1',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('MessageSid');
    await sms.adapter.stop();
    expect((await text('hello', 'stopped')).status).toBe(503);
  });
});
