import { describe, expect, it } from 'vitest';
import { fitText, renderOptions, replyLanguage, resolvePendingOption } from '../../bot/index';
import { SMS, WEB } from './channel-presets';

const OPTIONS = [
  { label: 'How can I use my points?', value: 'en-points-redeem' },
  { label: 'How do I earn points?', value: 'en-points-earn' },
  { label: 'What are the membership levels?', value: 'en-membership-tiers' },
];

describe('resolvePendingOption', () => {
  it.each([
    ['2', 'en-points-earn'],
    ['２', 'en-points-earn'],
    ['#3', 'en-membership-tiers'],
    ['2.', 'en-points-earn'],
    ['option 1', 'en-points-redeem'],
    ['the third one', 'en-membership-tiers'],
    ['second', 'en-points-earn'],
    ['第二个', 'en-points-earn'],
    ['第3个', 'en-membership-tiers'],
    ['选1', 'en-points-redeem'],
    ['一', 'en-points-redeem'],
    ['EN-POINTS-EARN', 'en-points-earn'],
    ['how do i earn points', 'en-points-earn'],
  ])('resolves %s', (text, value) => {
    expect(resolvePendingOption(text, OPTIONS)?.value).toBe(value);
  });

  it.each(['4', '0', 'points', 'I have 2 bags', ''])('does not resolve %s', (text) => {
    expect(resolvePendingOption(text, OPTIONS)).toBeUndefined();
  });

  it('resolves nothing without pending options', () => {
    expect(resolvePendingOption('1', undefined)).toBeUndefined();
    expect(resolvePendingOption('1', [])).toBeUndefined();
  });
});

describe('fitText', () => {
  it('leaves short text alone', () => {
    expect(fitText('Short answer.', 100)).toBe('Short answer.');
  });

  it('cuts at the last sentence end in the second half', () => {
    expect(fitText('First sentence here. Second one is longer than allowed.', 36)).toBe(
      'First sentence here.…',
    );
  });

  it('cuts at a space when no sentence end is near', () => {
    const text = fitText('one two three four five six seven eight nine ten', 20);
    expect(text).toBe('one two three four…');
    expect(text.length).toBeLessThanOrEqual(20);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(
      Array.from(fitText('退票很简单。在订单里点申请退票就好了，三到七天退回。', 12)).length,
    ).toBeLessThanOrEqual(12);
  });
});

describe('renderOptions', () => {
  it('keeps options as quick replies where the channel has them', () => {
    expect(renderOptions('Did you mean:', 'Reply 1', OPTIONS.slice(0, 2), WEB)).toEqual({
      text: 'Did you mean:',
      options: OPTIONS.slice(0, 2),
    });
  });

  it('numbers the options in the text and fits a short channel', () => {
    const rendered = renderOptions('Did you mean:', 'Reply with the number.', OPTIONS, {
      ...SMS,
      maxTextLength: 100,
    });
    expect(rendered.options).toBeUndefined();
    expect(rendered.text.split('\n')).toHaveLength(5);
    expect(rendered.text).toMatch(
      /^Did you mean:\n1\. How can I use.*\n2\. .*\n3\. .*\nReply with the number\.$/,
    );
    expect(rendered.text.length).toBeLessThanOrEqual(100);
  });
});

describe('replyLanguage', () => {
  it('follows CJK text, then the locale', () => {
    expect(replyLanguage('退票', 'en')).toBe('zh');
    expect(replyLanguage('2', 'zh-TW')).toBe('zh');
    expect(replyLanguage('refund', undefined)).toBe('en');
  });
});
