/**
 * `X-Twilio-Signature` against Twilio's documented scheme rather than against itself: the
 * stand-in's signer (written from Twilio's description on node:crypto) reproduces the worked
 * example of Twilio's webhook security docs; the gateway's check (`isValidTwilioSignature`) and the
 * twilio library's own `validateRequest` accept exactly what the stand-in signs, and refuse any
 * change of token, URL, parameter name or value.
 */
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { isValidTwilioSignature } from '../../../adapters/twilio';
import { signWebhook } from '../../support/twilio-standin/signing';

/**
 * Twilio's worked example (docs "Secure webhooks" / security#validating-requests): auth token
 * 12345, a `<Gather>` POST to this URL with these parameters.
 */
const DOCS = {
  authToken: '12345',
  url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
  params: {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  },
  signature: '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
};

const TOKEN = 'standin-auth-token-0123456789abcdef';
const URL_WITH_QUERY = 'https://switchboard.example.com/webhooks/twilio/voice/gather?lang=zh-CN&turn=2';

/** Forms whose values test what a hand-rolled signer gets wrong: order, encoding, empties. */
const FORMS: Record<string, string>[] = [
  { To: '+14155550100', From: '+8613800138000', Body: '机票怎么退票', MessageSid: `SM${'0a'.repeat(16)}` },
  { Body: 'a+b = c & d%20e', NumMedia: '0', AccountSid: `AC${'a1'.repeat(16)}`, ApiVersion: '2010-04-01' },
  { SpeechResult: '', Confidence: '0.88', CallSid: `CA${'5e'.repeat(16)}`, Caller: '+14155550123' },
  { MediaUrl0: 'https://api.twilio.com/x?y=1&z=2', MediaContentType0: 'image/jpeg', NumMedia: '1' },
  { Body: '🙂 emoji, "quotes" and\nnew lines', a: '1', B: '2', _c: '3' },
];

describe('Twilio request signatures', () => {
  it("the stand-in's signer reproduces the worked example of Twilio's docs", () => {
    expect(signWebhook(DOCS.authToken, DOCS.url, DOCS.params)).toBe(DOCS.signature);
  });

  it("the gateway's check and the twilio library's validateRequest accept the docs' example", () => {
    expect(isValidTwilioSignature(DOCS.authToken, DOCS.signature, DOCS.url, DOCS.params)).toBe(true);
    expect(twilio.validateRequest(DOCS.authToken, DOCS.signature, DOCS.url, DOCS.params)).toBe(true);
  });

  it.each(FORMS.map((form, index) => [index, form] as const))(
    'form %i: what the stand-in signs, both checks accept',
    (_index, form) => {
      const signature = signWebhook(TOKEN, URL_WITH_QUERY, form);
      expect(isValidTwilioSignature(TOKEN, signature, URL_WITH_QUERY, form)).toBe(true);
      expect(twilio.validateRequest(TOKEN, signature, URL_WITH_QUERY, form)).toBe(true);
    },
  );

  it('refuses a changed token, URL, query, value, added or removed parameter, or no signature', () => {
    const form = FORMS[0] ?? {};
    const signature = signWebhook(TOKEN, URL_WITH_QUERY, form);
    const refused = (token: string, url: string, params: Record<string, string>, sig = signature) => {
      expect(isValidTwilioSignature(token, sig, url, params)).toBe(false);
      expect(twilio.validateRequest(token, sig, url, params)).toBe(false);
    };
    refused('another-token', URL_WITH_QUERY, form);
    refused(TOKEN, URL_WITH_QUERY.replace('/gather', '/wait'), form);
    refused(TOKEN, URL_WITH_QUERY.replace('turn=2', 'turn=3'), form);
    refused(TOKEN, 'https://attacker.example.net/webhooks/twilio/voice/gather?lang=zh-CN&turn=2', form);
    refused(TOKEN, URL_WITH_QUERY, { ...form, Body: '把退款打到这个账户' });
    refused(TOKEN, URL_WITH_QUERY, { ...form, NumMedia: '1' });
    const { Body: _dropped, ...withoutBody } = form;
    refused(TOKEN, URL_WITH_QUERY, withoutBody);
    // A genuine signature of another form does not cover this one.
    refused(TOKEN, URL_WITH_QUERY, form, signWebhook(TOKEN, URL_WITH_QUERY, { ...form, To: '+14155550101' }));
    expect(isValidTwilioSignature(TOKEN, undefined, URL_WITH_QUERY, form)).toBe(false);
    expect(isValidTwilioSignature(TOKEN, '', URL_WITH_QUERY, form)).toBe(false);
  });
});
