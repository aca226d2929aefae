import { describe, expect, it } from 'vitest';
import {
  checkText,
  clientFrameSchema,
  decodeJson,
  localeFromAcceptLanguage,
  parseWith,
  postMessageBodySchema,
} from '../../../adapters/web/validation';
import { splitText } from '../../../adapters/shared/text-splitter';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('decodeJson', () => {
  it('parses UTF-8 JSON, Chinese included', () => {
    expect(decodeJson(Buffer.from('{"text":"退款"}'))).toEqual({ text: '退款' });
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(codeOf(() => decodeJson(bytes))).toBe('SB_ERR_INVALID_UTF8');
  });

  it('refuses malformed and empty JSON as bad requests', () => {
    expect(codeOf(() => decodeJson(Buffer.from('{"text":')))).toBe('SB_ERR_BAD_REQUEST');
    expect(codeOf(() => decodeJson(Buffer.from('  ')))).toBe('SB_ERR_BAD_REQUEST');
  });
});

describe('schemas', () => {
  it('names the offending field', () => {
    expect(() => parseWith(postMessageBodySchema, { text: 42 }, 'body')).toThrow(/^text: /);
    expect(() => parseWith(postMessageBodySchema, { text: 'hi', extra: 1 }, 'body')).toThrow(/extra/);
    expect(() => parseWith(postMessageBodySchema, { text: 'hi', clientMessageId: 'a b' }, 'body')).toThrow(
      /^clientMessageId: /,
    );
    expect(() => parseWith(postMessageBodySchema, [], 'body')).toThrow(/^body: /);
  });

  it('accepts the documented shapes', () => {
    expect(
      parseWith(postMessageBodySchema, { text: 'hi', clientMessageId: 'c-1', locale: 'zh-CN' }, 'body'),
    ).toEqual({
      text: 'hi',
      clientMessageId: 'c-1',
      locale: 'zh-CN',
    });
    expect(parseWith(clientFrameSchema, { type: 'hello' }, 'frame')).toEqual({ type: 'hello' });
    expect(() => parseWith(clientFrameSchema, { type: 'shout' }, 'frame')).toThrow(/^type: /);
  });
});

describe('checkText', () => {
  it('allows exactly the byte limit and refuses one byte more with 413', () => {
    expect(checkText('a'.repeat(16), 16)).toHaveLength(16);
    expect(codeOf(() => checkText('a'.repeat(17), 16))).toBe('SB_ERR_PAYLOAD_TOO_LARGE');
    // Six Chinese characters are 18 bytes in UTF-8: the limit counts bytes, not characters.
    expect(codeOf(() => checkText('退款退款退款', 16))).toBe('SB_ERR_PAYLOAD_TOO_LARGE');
  });

  it('refuses empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\t', '\u3000'])
      expect(codeOf(() => checkText(text, 100))).toBe('SB_ERR_EMPTY_MESSAGE');
  });

  it('refuses unpaired surrogates but keeps emoji', () => {
    expect(codeOf(() => checkText('a\ud800b', 100))).toBe('SB_ERR_INVALID_UTF8');
    expect(checkText('👍', 100)).toBe('👍');
  });
});

describe('localeFromAcceptLanguage', () => {
  it('picks the highest-weighted valid tag', () => {
    expect(localeFromAcceptLanguage('en-US;q=0.8, zh-CN, fr;q=0.5')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('*, de;q=0.4')).toBe('de');
    expect(localeFromAcceptLanguage('<script>')).toBeUndefined();
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('splitText', () => {
  it('keeps short text whole and splits long text at spaces, each part within the limit', () => {
    expect(splitText('hello', 10)).toEqual(['hello']);
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const parts = splitText(words.join(' '), 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.join(' ').split(' ')).toEqual(words);
  });

  it('prefers sentence ends, Chinese ones too, and never cuts a surrogate pair', () => {
    expect(splitText('第一句话。第二句话很长很长。', 8)).toEqual(['第一句话。', '第二句话很长很长', '。']);
    const emoji = '😀'.repeat(10);
    const parts = splitText(emoji, 5);
    expect(parts.join('')).toBe(emoji);
    // A cut inside a pair would leave a lone surrogate that encodes as U+FFFD.
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
  });
});
