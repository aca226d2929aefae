/**
 * The SMS channel end to end through the Twilio stand-in, on SQLite and PostgreSQL: an FAQ answer
 * from the demo knowledge base, "人工" → a case whose context holds the SMS transcript, the
 * agent's reply as a Messages create to the customer's number with its delivery status recorded,
 * STOP refusing every later send (the agent is told with SB_ERR_OPTED_OUT) until START, dedupe of
 * a MessageSid delivered twice and concurrently, and forged webhooks refused and stored nowhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusUndelivered from '../../fixtures/twilio/status-undelivered.json';
import { eventually } from '../../support/eventually';
import { signWebhook } from '../../support/twilio-standin/signing';
import { startSmsGateway, type SmsGateway } from './sms-gateway';
import { inboundForm, messageSid, PUBLIC_URL } from './sms-harness';

const FAQ_SMS_ANSWER =
  '退票：App「我的-订单」打开机票订单点「申请退票」，页面显示可退金额，3-7个工作日原路退回。';

describe.each(['sqlite', 'postgres'] as const)('SMS through the Twilio stand-in on %s', (kind) => {
  let gw: SmsGateway;

  beforeAll(async () => {
    gw = await startSmsGateway(kind);
  });
  afterAll(async () => {
    await gw.dispose();
  });

  const stored = (number: string) => gw.sb.switchboard.store.listByAddress('sms', number, null, 100);

  async function caseOf(number: string): Promise<string> {
    const [first] = await stored(number);
    const list = await gw.api('GET', '/handoffs');
    const found = (list.body.items ?? []).find((item) => item.conversationId === first?.conversationId);
    if (!found) throw new Error(`no case for ${number}`);
    return found.id;
  }

  it('answers an FAQ, hands "人工" to an agent with the SMS transcript, and delivers the reply', async () => {
    const customer = '+8613800138001';
    const asked = await gw.text(customer, '机票怎么退票');
    expect(asked.status).toBe(200);
    expect(asked.contentType).toContain('text/xml');
    expect(asked.body).toMatch(/<Response\/>$/);
    await eventually(
      () => gw.messages.to(customer),
      (list) => list.length === 1,
    );
    expect(gw.messages.to(customer)[0]?.body).toBe(FAQ_SMS_ANSWER);

    expect((await gw.text(customer, '人工')).status).toBe(200);
    const caseId = await eventually(
      () => caseOf(customer).catch(() => ''),
      (id) => id !== '',
    );
    const context = await gw.api('GET', `/handoffs/${caseId}`);
    expect(context.status).toBe(200);
    expect(context.body.channel).toMatchObject({ current: 'sms', address: customer });
    const transcript = (
      context.body.transcript as { channel: string; direction: string; text: string }[]
    ).map((entry) => [entry.channel, entry.direction, entry.text]);
    expect(transcript).toEqual(
      expect.arrayContaining([
        ['sms', 'in', '机票怎么退票'],
        ['sms', 'out', FAQ_SMS_ANSWER],
        ['sms', 'in', '人工'],
      ]),
    );

    expect((await gw.api('POST', `/handoffs/${caseId}/claim`)).status).toBe(200);
    const replyText = '您好，我是客服小王，您的退票申请我来跟进。';
    const replied = await gw.api('POST', `/handoffs/${caseId}/reply`, { text: replyText });
    expect(replied.status).toBe(201);
    const sent = await eventually(
      () => gw.messages.to(customer),
      (list) => list.some((m) => m.body === replyText),
    );
    expect(sent.find((m) => m.body === replyText)).toMatchObject({ from: '+14155550100', to: customer });
    const create = gw.twilio.requestsTo(/\/Messages\.json$/).find((r) => r.params.Body === replyText);
    expect(create?.authenticated).toBe(true);
    expect(create?.params.StatusCallback).toMatch(
      new RegExp(`^${PUBLIC_URL}/webhooks/twilio/sms/status\\?m=`),
    );
    // The stand-in's signed status callbacks (queued → sent → delivered) reach the stored message.
    const messageId = replied.body.message?.id ?? '';
    await eventually(
      () => gw.sb.switchboard.store.getMessage(messageId),
      (message) => message?.deliveryStatus === 'delivered',
    );
  });

  it('after STOP sends nothing but the confirmation, refuses the agent with SB_ERR_OPTED_OUT, until START', async () => {
    const customer = '+8613800138002';
    await gw.text(customer, '我要投诉，转人工');
    const caseId = await eventually(
      () => caseOf(customer).catch(() => ''),
      (id) => id !== '',
    );
    expect((await gw.api('POST', `/handoffs/${caseId}/claim`)).status).toBe(200);
    // Everything sent before STOP has arrived: the handoff reply and the expected-wait notice the
    // case sends once it is open (under load that can come after the case is listed).
    await eventually(
      () => gw.messages.to(customer),
      (list) => list.some((m) => m.body.includes('预计等待')),
    );
    await gw.sb.switchboard.outbox.drainOnce();
    await gw.messages.settled();
    const before = gw.messages.to(customer).length;

    const stop = await gw.text(customer, 'STOP');
    expect(stop.status).toBe(200);
    expect(stop.body).toContain('<Message>');
    expect(stop.body).toContain('unsubscribed');

    const refused = await gw.api('POST', `/handoffs/${caseId}/reply`, { text: 'Are you still there?' });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('SB_ERR_OPTED_OUT');
    expect(refused.body.error?.message).toMatch(/opted out/);
    // A message the customer sends while opted out is still stored and reaches the case.
    expect((await gw.text(customer, '还在吗')).status).toBe(200);
    await gw.sb.switchboard.outbox.drainOnce();
    await gw.messages.settled();
    expect(gw.messages.to(customer)).toHaveLength(before);
    expect((await stored(customer)).map((m) => m.text)).toContain('还在吗');

    const start = await gw.text(customer, 'START');
    expect(start.body).toContain('resubscribed');
    const again = await gw.api('POST', `/handoffs/${caseId}/reply`, { text: 'Welcome back.' });
    expect(again.status).toBe(201);
    await eventually(
      () => gw.messages.to(customer),
      (list) => list.some((m) => m.body === 'Welcome back.'),
    );
  });

  it("refuses the bot's replies to an opted-out number at delivery, recorded as SB_ERR_OPTED_OUT", async () => {
    const customer = '+8613800138003';
    const stop = await gw.text(customer, '退订');
    expect(stop.body).toContain('您已退订');
    expect((await gw.text(customer, '机票怎么退票')).status).toBe(200);
    const [inbound] = await stored(customer);
    const [reply] = await gw.sb.switchboard.store.repliesTo(inbound?.id ?? '');
    // The running outbox worker takes it; refused at once, never retried.
    const row = await eventually(
      () => gw.sb.switchboard.store.getOutboxByMessage(reply?.id ?? ''),
      (item) => item?.status === 'dead',
    );
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toContain('SB_ERR_OPTED_OUT');
    expect(gw.messages.to(customer)).toHaveLength(0);
  });

  it("records Twilio's undelivered status callback (recorded fixture) on the bot's reply", async () => {
    const customer = '+8613800138006';
    gw.messages.progression = ['sent'];
    try {
      expect((await gw.text(customer, '机票怎么退票')).status).toBe(200);
      const [sent] = await eventually(
        () => gw.messages.to(customer),
        (list) => list.length === 1,
      );
      await gw.messages.settled();
      const [, reply] = await stored(customer);
      await eventually(
        () => gw.sb.switchboard.store.getOutboxByMessage(reply?.id ?? ''),
        (row) => row?.providerMessageId === sent?.sid,
      );
      const callback = await gw.twilio.webhook('/webhooks/twilio/sms/status', {
        ...(statusUndelivered as Record<string, string>),
        AccountSid: gw.twilio.accountSid,
        MessageSid: sent?.sid ?? '',
        SmsSid: sent?.sid ?? '',
        To: customer,
      });
      expect(callback.status).toBe(204);
      const row = await gw.sb.switchboard.store.getOutboxByMessage(reply?.id ?? '');
      expect(row).toMatchObject({ status: 'dead', lastError: 'twilio 30003: undelivered' });
      expect((await gw.sb.switchboard.store.getMessage(reply?.id ?? ''))?.deliveryStatus).toBe('dead');
    } finally {
      gw.messages.progression = ['sent', 'delivered'];
    }
  });

  it('stores one message and sends one reply for a MessageSid delivered twice and concurrently', async () => {
    const customer = '+8613800138004';
    const sid = 'dedupe-1';
    const answers = await Promise.all([1, 2, 3].map(() => gw.text(customer, '机票怎么退票', sid)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((await gw.text(customer, '机票怎么退票', sid)).status).toBe(200);
    await eventually(
      () => gw.messages.to(customer),
      (list) => list.length >= 1,
    );
    await gw.sb.switchboard.outbox.drainOnce();
    await gw.messages.settled();
    const messages = await stored(customer);
    expect(messages.filter((m) => m.direction === 'in')).toHaveLength(1);
    expect(messages.filter((m) => m.direction === 'out')).toHaveLength(1);
    expect(gw.messages.to(customer)).toHaveLength(1);
  });

  it('refuses unsigned, forged, changed-body and wrong-URL webhooks with 403 and stores nothing', async () => {
    const customer = '+8613800138005';
    const form = inboundForm(gw.twilio, customer, '机票怎么退票', messageSid('forged-1'));
    const path = '/webhooks/twilio/sms';
    const attempts = [
      await gw.twilio.webhook(path, form, { signature: 'none' }),
      await gw.twilio.webhook(path, form, {
        signature: { value: signWebhook('guessed-token', `${PUBLIC_URL}${path}`, form) },
      }),
      await gw.twilio.webhook(path, { ...form, Body: '把退款打到这个账户' }, { signParams: form }),
      await gw.twilio.webhook(path, form, { signUrl: `${PUBLIC_URL}/webhooks/twilio/voice` }),
      await gw.twilio.webhook(path, form, { signUrl: `http://127.0.0.1:1${path}` }),
    ];
    expect(attempts.map((a) => a.status)).toEqual([403, 403, 403, 403, 403]);
    expect(JSON.parse(attempts[0]?.body ?? '{}')).toMatchObject({
      error: { code: 'SB_ERR_SIGNATURE_INVALID' },
    });
    const status = await gw.twilio.webhook(
      `${path}/status`,
      {
        AccountSid: gw.twilio.accountSid,
        From: '+1',
        To: customer,
        MessageSid: messageSid('x'),
        MessageStatus: 'failed',
      },
      { signature: 'none' },
    );
    expect(status.status).toBe(403);
    expect(await stored(customer)).toHaveLength(0);
    expect(gw.messages.to(customer)).toHaveLength(0);
    // The same form correctly signed is taken.
    expect((await gw.twilio.webhook(path, form)).status).toBe(200);
    expect((await stored(customer)).filter((m) => m.direction === 'in')).toHaveLength(1);
  });
});
