import { describe, expect, it } from 'vitest';
import { normalizeText, TfidfMatcher, type LabelledText } from '../../knowledge/index';
import { TextFeaturizer } from '../../knowledge/text-features';

const ROWS: LabelledText[] = [
  { text: 'How do I get a refund for my flight?', label: 'refund' },
  { text: 'I want my money back for the plane ticket', label: 'refund' },
  { text: 'How do I change my flight date?', label: 'change' },
  { text: 'Can I move my flight to another day?', label: 'change' },
  { text: '机票怎么退票', label: 'zh-refund' },
  { text: '我想退掉已经买的机票', label: 'zh-refund' },
  { text: '酒店几点可以入住', label: 'zh-hotel' },
  { text: '退房时间是几点', label: 'zh-hotel' },
];

async function trained(rows: readonly LabelledText[] = ROWS): Promise<TfidfMatcher> {
  const matcher = new TfidfMatcher();
  await matcher.train(rows);
  return matcher;
}

describe('normalizeText', () => {
  it('folds full-width forms, case and punctuation', () => {
    expect(normalizeText('ＣＡ１２３４航班？！ Refund, PLEASE.')).toBe('ca1234航班 refund please');
    expect(normalizeText('  “转人工”  ')).toBe('转人工');
  });

  it('drops the measure word 个 between a one-character verb and its object, nowhere else', () => {
    expect(normalizeText('我想给车上个保险')).toBe('我想给车上保险');
    expect(normalizeText('能来搭个电吗 退个款')).toBe('能来搭电吗 退款');
    expect(normalizeText('一个人 这个订单 个人信息 打个车')).toBe('一个人 这个订单 个人信息 打车');
  });

  it('drops the rhotic 儿 of 哪儿, 这儿, 一会儿, never the word 儿', () => {
    expect(normalizeText('我的快递到哪儿了')).toBe('我的快递到哪里了');
    expect(normalizeText('放这儿 等一会儿 便宜点儿')).toBe('放这里 等一会 便宜点');
    expect(normalizeText('给女儿买的儿童鞋')).toBe('给女儿买的儿童鞋');
  });
});

describe('TextFeaturizer', () => {
  it('makes CJK 1–3 grams and words, and padded Latin 3–4 grams', () => {
    const features = new TextFeaturizer().features('退票 refund');
    for (const feature of ['c:退', 'c:退票', 'w:refund', 'l: re', 'l:und ', 'l: ref', 'l:fund']) {
      expect(features.has(feature), feature).toBe(true);
    }
    expect(features.has('l:d r')).toBe(false);
  });

  it('segments mixed Chinese and English text by script', () => {
    const features = new TextFeaturizer().features('我的wifi密码');
    expect(features.has('w:wifi')).toBe(true);
    expect(features.has('c:密码')).toBe(true);
    expect(features.has('c:的w')).toBe(false);
  });
});

describe('TfidfMatcher', () => {
  it('ranks the right label first in English and Chinese, without a dictionary', async () => {
    const matcher = await trained();
    expect(matcher.match('refund my flight please')[0]?.label).toBe('refund');
    expect(matcher.match('change the date of my flight')[0]?.label).toBe('change');
    expect(matcher.match('退票怎么操作')[0]?.label).toBe('zh-refund');
    expect(matcher.match('最晚几点退房')[0]?.label).toBe('zh-hotel');
  });

  it('treats full-width input like half-width input', async () => {
    const matcher = await trained();
    expect(matcher.match('ＲＥＦＵＮＤ my flight')).toEqual(matcher.match('refund my flight'));
  });

  it('returns scores in [0, 1], best first, at most `limit`', async () => {
    const matcher = await trained();
    const candidates = matcher.match('flight refund', undefined, 3);
    expect(candidates.length).toBeLessThanOrEqual(3);
    for (const candidate of candidates) {
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
    }
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matcher.match('How do I get a refund for my flight?')[0]?.score).toBeGreaterThan(0.6);
  });

  it('is deterministic for the same rows', async () => {
    const [a, b] = await Promise.all([trained(), trained()]);
    for (const text of ['refund', '机票', 'hotel 几点', 'nothing alike'])
      expect(a.match(text)).toEqual(b.match(text));
  });

  it('never throws on odd input and returns nothing before training', async () => {
    expect(new TfidfMatcher().match('refund')).toEqual([]);
    const matcher = await trained();
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('？？？！！！')).toEqual([]);
    expect(matcher.match('🙂🙂')).toEqual([]);
    expect(matcher.match('zzqx', 'en', 0)).toEqual([]);
  });

  it('replaces its model when trained again', async () => {
    const matcher = await trained();
    await matcher.train([{ text: 'baggage allowance', label: 'bags' }]);
    expect(matcher.match('refund my flight').map((candidate) => candidate.label)).toEqual([]);
    expect(matcher.match('baggage')[0]?.label).toBe('bags');
  });
});
