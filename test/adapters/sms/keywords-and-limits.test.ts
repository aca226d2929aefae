/** STOP/START/HELP recognition, keyword replies, and rate limit settings (limiters: rate-limiter-contract). */
import { describe, expect, it } from 'vitest';
import { keywordOf, keywordReply, parseRateLimit } from '../../../adapters/sms';

describe('SMS keywords', () => {
  it.each([
    ['STOP', 'stop'],
    [' stop. ', 'stop'],
    ['Stopall', 'stop'],
    ['UNSUBSCRIBE', 'stop'],
    ['cancel', 'stop'],
    ['END', 'stop'],
    ['quit!', 'stop'],
    ['退订', 'stop'],
    ['TD', 'stop'],
    ['START', 'start'],
    ['yes', 'start'],
    ['UNSTOP', 'start'],
    ['HELP', 'help'],
    ['帮助', 'help'],
  ])('%j is %s', (text, keyword) => {
    expect(keywordOf(text)).toBe(keyword);
  });

  it.each(['please stop calling me', 'STOP IT', 'the end?', 'help me with my refund', '人工'])(
    '%j is an ordinary message',
    (text) => {
      expect(keywordOf(text)).toBeNull();
    },
  );

  it('confirms in the language the customer used', () => {
    expect(keywordReply('stop', '退订', { sender: '云雀旅行' })).toContain('您已退订');
    expect(keywordReply('stop', 'STOP', { sender: 'Lark' })).toMatch(/^Lark: You are unsubscribed/);
    expect(keywordReply('start', 'START', { sender: 'Lark' })).toContain('resubscribed');
  });
});

describe('parseRateLimit', () => {
  it('parses count/duration and refuses nonsense', () => {
    expect(parseRateLimit('20/1m')).toEqual({ limit: 20, windowMs: 60_000 });
    expect(parseRateLimit('5/s')).toEqual({ limit: 5, windowMs: 1000 });
    expect(() => parseRateLimit('0/1m')).toThrow(/at least 1/);
    expect(() => parseRateLimit('lots')).toThrow(/count\/duration/);
  });
});
