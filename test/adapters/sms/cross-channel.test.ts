/**
 * One customer across channels through the Twilio stand-in, on SQLite and PostgreSQL: a web chat
 * customer whose phone an agent links (written as a person would) is the customer an MMS from that
 * number lands on — its media stored as attachments with URL and type — and the customer a call
 * from that number lands on (and, the MMS having opened a case, the caller holds for that case);
 * the customer's timeline holds web, SMS and voice in one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import inboundMms from '../../fixtures/twilio/inbound-mms.json';
import { installCalls, type StandinCalls } from '../../support/twilio-standin/calls';
import { startSmsGateway, type SmsGateway } from './sms-gateway';
import { messageSid } from './sms-harness';

const NUMBER = '+8613800138020';

describe.each(['sqlite', 'postgres'] as const)('one customer on web, SMS and voice on %s', (kind) => {
  let gw: SmsGateway;
  let calls: StandinCalls;

  beforeAll(async () => {
    gw = await startSmsGateway(kind);
    calls = installCalls(gw.twilio);
  });
  afterAll(async () => {
    await gw.dispose();
  });

  it('links the phone once and finds the same customer for an MMS and a call from it', async () => {
    const web = await gw.sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      payload: { text: 'how do I get a refund for my flight?' },
    });
    expect(web.statusCode).toBe(200);
    const webMessage = await gw.sb.switchboard.store.getMessage(web.json<{ messageId: string }>().messageId);
    const customerId = webMessage?.customerId ?? '';
    expect(customerId).not.toBe('');

    const linked = await gw.sb.switchboard.app.inject({
      method: 'POST',
      url: `/api/v1/customers/${customerId}/identities`,
      headers: gw.agent.headers,
      payload: { channel: 'sms', address: '+86 138-0013-8020' },
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json<{ identity: { address: string } }>().identity.address).toBe(NUMBER);

    const mms = await gw.twilio.webhook('/webhooks/twilio/sms', {
      ...(inboundMms as Record<string, string>),
      AccountSid: gw.twilio.accountSid,
      MessageSid: messageSid('cross-channel-mms'),
      From: NUMBER,
    });
    expect(mms.status).toBe(200);
    const [sms] = await gw.sb.switchboard.store.listByAddress('sms', NUMBER, null, 10);
    expect(sms).toMatchObject({ customerId, direction: 'in', text: inboundMms.Body });
    expect(sms?.attachments).toEqual([
      expect.objectContaining({ url: inboundMms.MediaUrl0, contentType: 'image/jpeg' }),
      expect.objectContaining({ url: inboundMms.MediaUrl1, contentType: 'application/pdf' }),
    ]);

    const call = await calls.dial({ from: NUMBER });
    await call.say('机票怎么退票');
    // The MMS (a double charge) handed the conversation to a person: the call joins that case's queue.
    expect(call.state).toBe('queued');
    await call.hangUp();
    const [spoken] = await gw.sb.switchboard.store.listByAddress('voice', NUMBER, null, 10);
    expect(spoken).toMatchObject({ customerId, direction: 'in', text: '机票怎么退票' });

    const profile = await gw.sb.switchboard.app.inject({
      method: 'GET',
      url: `/api/v1/customers/${customerId}`,
      headers: gw.agent.headers,
    });
    const identities = profile.json<{ identities: { channel: string; address: string }[] }>().identities;
    expect(identities.filter((identity) => identity.address === NUMBER)).toEqual([
      expect.objectContaining({ channel: 'phone' }),
    ]);
    const timeline = await gw.sb.switchboard.app.inject({
      method: 'GET',
      url: `/api/v1/customers/${customerId}/timeline`,
      headers: gw.agent.headers,
    });
    const channels = timeline
      .json<{ messages: { channel: string; direction: string }[] }>()
      .messages.filter((message) => message.direction === 'in')
      .map((message) => message.channel);
    expect(channels).toEqual(['web', 'sms', 'voice']);
  });
});
