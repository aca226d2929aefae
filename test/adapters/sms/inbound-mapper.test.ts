/** Twilio's documented inbound forms (fixtures) → normalized messages. */
import { describe, expect, it } from 'vitest';
import { parseInboundForm, toInboundMessage } from '../../../adapters/sms';
import { messageStatusFormSchema } from '../../../adapters/twilio';
import inboundMms from '../../fixtures/twilio/inbound-mms.json';
import inboundSms from '../../fixtures/twilio/inbound-sms.json';
import statusDelivered from '../../fixtures/twilio/status-delivered.json';
import statusUndelivered from '../../fixtures/twilio/status-undelivered.json';

describe('SMS inbound mapper', () => {
  it('maps an SMS: MessageSid is the external id, the sender E.164, the raw form kept', () => {
    const message = toInboundMessage(parseInboundForm(inboundSms));
    expect(message).toMatchObject({
      channel: 'sms',
      externalId: 'SM0a1b2c3d4e5f60718293a4b5c6d7e8f9',
      from: '+8613800138000',
      to: '+14155550100',
      text: '机票怎么退票',
      metadata: { messageSid: 'SM0a1b2c3d4e5f60718293a4b5c6d7e8f9', numSegments: 1, fromCountry: 'CN' },
    });
    expect(message.attachments).toBeUndefined();
    expect(message.raw).toMatchObject({ Body: '机票怎么退票', SmsStatus: 'received' });
  });

  it('maps MMS media to attachments with their types, in order', () => {
    const message = toInboundMessage(parseInboundForm(inboundMms));
    expect(message.attachments).toEqual([
      { url: inboundMms.MediaUrl0, contentType: 'image/jpeg', name: 'media-0' },
      { url: inboundMms.MediaUrl1, contentType: 'application/pdf', name: 'media-1' },
    ]);
  });

  it('refuses forms that are not Twilio messages with a 400 naming the field', () => {
    expect(() => parseInboundForm({ ...inboundSms, MessageSid: 'nope' })).toThrow(/MessageSid/);
    expect(() => parseInboundForm({ ...inboundSms, Body: 'x'.repeat(1601) })).toThrow(/Body/);
    expect(() => toInboundMessage(parseInboundForm({ ...inboundSms, From: 'LARKTRAVEL' }))).toThrow(
      /not an E.164 number/,
    );
  });

  it("reads Twilio's status callbacks", () => {
    expect(messageStatusFormSchema.parse(statusDelivered)).toMatchObject({ MessageStatus: 'delivered' });
    expect(messageStatusFormSchema.parse(statusUndelivered)).toMatchObject({
      MessageStatus: 'undelivered',
      ErrorCode: '30003',
    });
    expect(
      messageStatusFormSchema.safeParse({ ...statusDelivered, MessageStatus: 'teleported' }).success,
    ).toBe(false);
  });
});
