import { describe, expect, it } from 'vitest';
import { IntentMatcher, type LabelledText } from '../../knowledge/index';
import { synonymSwaps } from '../../knowledge/nlu/augment';
import { Bm25Scorer } from '../../knowledge/nlu/bm25-scorer';
import { isFewShot, mixLexical } from '../../knowledge/nlu/lexical-ensemble';
import { NluFeaturizer, withoutWordBigrams } from '../../knowledge/nlu/nlu-featurizer';
import { SERVICE_SYNONYMS } from '../../knowledge/nlu/service-lexicon';

const ROWS: LabelledText[] = [
  { text: '我的订单到哪里了', label: 'order-status' },
  { text: '怎么查看订单状态', label: 'order-status' },
  { text: '订单什么时候能送到', label: 'order-status' },
  { text: '收到的商品破损了怎么办', label: 'order-damaged' },
  { text: '东西坏了可以换吗', label: 'order-damaged' },
  { text: '包装被压坏了', label: 'order-damaged' },
  { text: 'How do I get a refund?', label: 'refund' },
  { text: 'When will my money come back?', label: 'refund' },
  { text: 'refund for a returned item', label: 'refund' },
  { text: '请拍照上传破损处，我们会补发或退款。', label: 'order-damaged', weight: 0.3 },
];

describe('Bm25Scorer', () => {
  const scorer = Bm25Scorer.build(ROWS);

  it('covers a query by the entry whose phrasing it shares, in [0, 1]', () => {
    const scores = scorer.scores('我的订单到哪了');
    const best = scores.indexOf(Math.max(...scores));
    expect(scorer.labels[best]).toBe('order-status');
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of scores) expect(score).toBeLessThanOrEqual(1);
  });

  it('finds an entry through a service synonym and through its answer', () => {
    const cracked = scorer.scores('杯子碎了');
    expect(scorer.labels[cracked.indexOf(Math.max(...cracked))]).toBe('order-damaged');
    const reimbursed = scorer.scores('can I get my money back');
    expect(scorer.labels[reimbursed.indexOf(Math.max(...reimbursed))]).toBe('refund');
  });

  it('scores chatter near zero: at most a stray character n-gram is shared', () => {
    expect(Math.max(...scorer.scores('今天天气不错'))).toBeLessThan(0.1);
    expect(Math.max(...scorer.scores('zebra xylophone'))).toBeLessThan(0.1);
  });

  it('indexes questions again with service synonyms swapped in, but not with their question frame swapped', () => {
    // 坏了 → 破损 is a service synonym; 可以 → 能 only a way of asking, which augmentation teaches.
    const index = Bm25Scorer.build([
      { text: '东西坏了可以换吗', label: 'exchange' },
      { text: '我可以问一下吗', label: 'ask' },
    ]);
    const variants = (label: string) =>
      index
        .toData()
        .documents.filter(
          (document) => index.labels[document.label] === label && document.factor !== undefined,
        );
    expect(variants('exchange').length).toBeGreaterThan(0);
    expect(variants('exchange').every((document) => document.factor === 0.9)).toBe(true);
    expect(variants('ask')).toHaveLength(0);
    expect(synonymSwaps('我可以问一下吗', SERVICE_SYNONYMS)).toContain('我能问一下吗');
    // A customer's synonym meets the question through its variant, a little below the question itself.
    const exchange = index.labels.indexOf('exchange');
    const viaVariant = index.scores('东西破损可以换吗')[exchange]!;
    const asWritten = index.scores('东西坏了可以换吗')[exchange]!;
    expect(viaVariant).toBeGreaterThan(0.5);
    expect(viaVariant).toBeLessThan(asWritten);
  });

  it('survives a trip through plain JSON with the same scores', () => {
    const copy = Bm25Scorer.fromData(JSON.parse(JSON.stringify(scorer.toData())) as never);
    expect(copy.scores('东西坏了')).toEqual(scorer.scores('东西坏了'));
  });
});

describe('the lexical ensemble', () => {
  it('is used only when the median label has few question rows', () => {
    expect(isFewShot(ROWS, 10)).toBe(true);
    const many = Array.from({ length: 30 }, (_, i) => ({ text: `q${i}`, label: `l${i % 2}` }));
    expect(isFewShot(many, 10)).toBe(false);
  });

  it('keeps scores a sub-distribution and adds nothing for an uncovered query', () => {
    const mixed = mixLexical(Float64Array.from([0.6, 0.3, 0.1]), Float64Array.from([0.1, 0.4, 0]), {});
    expect(mixed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(mixed[1]!).toBeGreaterThan(0.3 * 0.6);
    const silent = mixLexical(Float64Array.from([0.5, 0.2]), Float64Array.from([0, 0]), {});
    expect(Array.from(silent)).toEqual([0.5 * 0.6, 0.2 * 0.6]);
  });

  it('round-trips a few-shot matcher through toJSON/fromJSON with identical candidates', async () => {
    const matcher = new IntentMatcher();
    await matcher.train(ROWS);
    const data = matcher.toJSON();
    expect(data.lexical).toBeDefined();
    const copy = IntentMatcher.fromJSON(JSON.parse(JSON.stringify(data)) as typeof data);
    expect(copy.match('快递到哪了')).toEqual(matcher.match('快递到哪了'));
    expect(matcher.match('快递到哪了')[0]?.label).toBe('order-status');
  });
});

describe('features shared by the model and the BM25 member', () => {
  const queries = [
    '我的订单到哪了，怎么查看',
    'how do I get my money back for a refund',
    '包装 box 坏了 broken',
  ];

  it('derives the no-bigram bags from the bigram bags, features in the same order', () => {
    const withBigrams = new NluFeaturizer({ concepts: true });
    const without = new NluFeaturizer({ concepts: true, wordBigrams: false });
    for (const text of queries) {
      const derived = withoutWordBigrams(withBigrams.features(text));
      const direct = without.features(text);
      expect([...derived.word]).toEqual([...direct.word]);
      expect([...derived.char]).toEqual([...direct.char]);
      expect([...withBigrams.features(text).word.keys()].some((key) => key.startsWith('b:'))).toBe(true);
    }
  });
});

describe('the service lexicon', () => {
  it('has no phrase in two groups, so a swap never crosses meanings', () => {
    const seen = new Map<string, number>();
    SERVICE_SYNONYMS.forEach((group, index) => {
      for (const phrase of group) {
        expect(seen.get(phrase), phrase).toBeUndefined();
        seen.set(phrase, index);
      }
    });
  });
});
