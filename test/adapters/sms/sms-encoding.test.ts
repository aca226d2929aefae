/**
 * SMS encoding rules, with sizes computed by hand: GSM-7 160 single / 153 per concatenated segment
 * (extension characters count two and an escape pair is never split), UCS-2 70 / 67 (Chinese,
 * emoji as surrogate pairs never split), and the split of long texts into Messages bodies.
 */
import { describe, expect, it } from 'vitest';
import {
  encodingOf,
  segment,
  segmentCount,
  smartEncode,
  splitForSms,
  TWILIO_MAX_BODY,
} from '../../../adapters/sms';

describe('SMS segments', () => {
  it('GSM-7: 160 characters are one SMS, 161 are two of 153 + 8', () => {
    expect(encodingOf('Hello @ £5 — no')).toBe('UCS-2');
    expect(encodingOf('Hello @ £5 ÄÖÜ {ok} €')).toBe('GSM-7');
    expect(segment('a'.repeat(160))).toEqual({
      encoding: 'GSM-7',
      segments: ['a'.repeat(160)],
      units: [160],
    });
    expect(segment('a'.repeat(161)).units).toEqual([153, 8]);
    expect(segmentCount('a'.repeat(306))).toBe(2);
    expect(segmentCount('a'.repeat(307))).toBe(3);
  });

  it('GSM-7 extension characters count as two septets and are never split from their escape', () => {
    expect(segment('€'.repeat(80)).units).toEqual([160]);
    expect(segment('€'.repeat(81)).units).toEqual([152, 10]);
    // 152 septets of text, then `{` needs two: it starts the next segment rather than straddle.
    const { segments, units } = segment(`${'a'.repeat(152)}{${'b'.repeat(10)}`);
    expect(units).toEqual([152, 12]);
    expect(segments[1]?.startsWith('{')).toBe(true);
  });

  it('UCS-2: 70 characters are one SMS, 200 Chinese characters are 67 + 67 + 66', () => {
    expect(segment('退'.repeat(70)).units).toEqual([70]);
    expect(segment('退'.repeat(71)).units).toEqual([67, 4]);
    const chinese = segment('您'.repeat(200));
    expect(chinese.encoding).toBe('UCS-2');
    expect(chinese.units).toEqual([67, 67, 66]);
    expect(chinese.segments.join('')).toBe('您'.repeat(200));
  });

  it('one non-GSM character makes the whole text UCS-2; surrogate pairs stay whole', () => {
    expect(segment(`${'a'.repeat(100)}中`).units).toEqual([67, 34]);
    // 66 + 2 (a surrogate pair) + 3 = 71 units: concatenated, and 66 + 2 would overflow 67.
    const emoji = segment(`${'a'.repeat(66)}😀bcd`);
    expect(emoji.units).toEqual([66, 5]);
    expect(emoji.segments[1]).toBe('😀bcd');
  });

  it('smart-encodes typographic lookalikes only when that makes the text GSM-7', () => {
    expect(smartEncode('It’s “done” – really…')).toBe('It\'s "done" - really...');
    expect(smartEncode('退款“已到账”…')).toBe('退款“已到账”…');
  });
});

describe('splitForSms', () => {
  it('keeps a text that fits in one body', () => {
    expect(splitForSms('  您好，退款已到账。  ', 10)).toEqual(['您好，退款已到账。']);
  });

  it('splits at sentence ends into bodies of at most the segment budget', () => {
    const sentence = '退票请在App中操作，退款三到七个工作日原路退回。';
    const text = sentence.repeat(12);
    const bodies = splitForSms(text, 3);
    for (const body of bodies) {
      expect(segmentCount(body)).toBeLessThanOrEqual(3);
      expect(body.endsWith('。')).toBe(true);
    }
    expect(bodies.join('')).toBe(text);
  });

  it('never exceeds Twilio’s 1600-character body and never cuts a word', () => {
    const words = Array.from({ length: 600 }, (_, i) => `w${i}`);
    const bodies = splitForSms(words.join(' '), 20);
    expect(bodies.length).toBeGreaterThan(1);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(TWILIO_MAX_BODY);
    expect(bodies.join(' ').split(' ')).toEqual(words);
  });
});
