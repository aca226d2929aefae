import { describe, expect, it } from 'vitest';
import { toInboundMessage, type WebChatInboundInput } from '../../../adapters/web/inbound-mapper';

const base: WebChatInboundInput = {
  address: 'wc-0123456789abcdef0123456789abcdef',
  text: 'How long do refunds take?',
  fallbackId: 'random-1',
  transport: 'http',
  raw: { text: 'How long do refunds take?' },
};

describe('toInboundMessage', () => {
  it('maps a web chat message to the normalized inbound shape', () => {
    expect(toInboundMessage({ ...base, clientMessageId: 'c-1' })).toEqual({
      channel: 'web',
      externalId: 'wc-0123456789abcdef0123456789abcdef:c-1',
      threadKey: 'wc-0123456789abcdef0123456789abcdef',
      from: 'wc-0123456789abcdef0123456789abcdef',
      text: 'How long do refunds take?',
      metadata: { transport: 'http' },
      raw: { text: 'How long do refunds take?' },
    });
  });

  it('gives a retried clientMessageId the same externalId, and different sessions different ones', () => {
    const a = toInboundMessage({ ...base, clientMessageId: 'c-1', fallbackId: 'x' });
    const b = toInboundMessage({ ...base, clientMessageId: 'c-1', fallbackId: 'y' });
    const other = toInboundMessage({ ...base, address: 'wc-ffff', clientMessageId: 'c-1' });
    expect(a.externalId).toBe(b.externalId);
    expect(other.externalId).not.toBe(a.externalId);
  });

  it("uses the server's own id, as it is, when the client gave none; it never meets a client's key", () => {
    const a = toInboundMessage({ ...base, fallbackId: 'srv_r1' });
    const b = toInboundMessage({ ...base, fallbackId: 'srv_r2' });
    expect(a.externalId).toBe('srv_r1');
    expect(a.externalId).not.toBe(b.externalId);
    // A client key always holds the session's address and a `:`; a server id holds no `:`.
    expect(toInboundMessage({ ...base, clientMessageId: 'srv_r1' }).externalId).not.toBe(a.externalId);
  });

  it('prefers the explicit locale over Accept-Language, and omits it when neither is known', () => {
    expect(toInboundMessage({ ...base, locale: 'zh-CN', headerLocale: 'en' }).locale).toBe('zh-CN');
    expect(toInboundMessage({ ...base, headerLocale: 'en-GB' }).locale).toBe('en-GB');
    expect(toInboundMessage(base)).not.toHaveProperty('locale');
  });

  it('keeps the text exactly as typed (no trimming, no escaping)', () => {
    const text = '  <img src=x onerror=alert(1)>\n退款 ';
    expect(toInboundMessage({ ...base, text }).text).toBe(text);
  });
});
