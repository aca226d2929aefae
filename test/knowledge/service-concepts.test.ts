import { describe, expect, it } from 'vitest';
import { IntentMatcher, type LabelledText } from '../../knowledge/index';
import { normalizeText } from '../../knowledge/text-normalize';
import { NluFeaturizer } from '../../knowledge/nlu/nlu-featurizer';
import { IntentModel } from '../../knowledge/nlu/intent-model';
import { CONCEPT_LEXICON } from '../../knowledge/nlu/service-categories';
import { CONCEPT_PREFIX, canonicalFrames, conceptsOf } from '../../knowledge/nlu/service-concepts';
import { SERVICE_SYNONYMS } from '../../knowledge/nlu/service-lexicon';

const GROUPS = [
  ['破损', '坏了', '碎了'],
  ['postage', 'shipping'],
  ['log in', 'sign in'],
];

describe('conceptsOf', () => {
  it('names every group with a member in the text, Chinese anywhere, English as whole words', () => {
    expect(conceptsOf(normalizeText('杯子寄到的时候已经碎了'), GROUPS)).toEqual([0]);
    expect(conceptsOf(normalizeText('Do I pay POSTAGE? I cannot sign in'), GROUPS)).toEqual([1, 2]);
    expect(conceptsOf(normalizeText('shippingcost login'), GROUPS)).toEqual([]);
  });

  it('puts a named country in the same category as going abroad, in both languages', () => {
    const abroad = (text: string) => conceptsOf(normalizeText(text), CONCEPT_LEXICON);
    const shared = (a: string, b: string) => abroad(a).filter((group) => abroad(b).includes(group));
    expect(shared('我在新加坡可以买吗', '海外')).toHaveLength(1);
    expect(shared('I live in France', 'overseas')).toHaveLength(1);
    expect(shared('I live in France', '海外')).toEqual([]);
  });
});

describe('NluFeaturizer concepts', () => {
  const concepts = (text: string, featurizer: NluFeaturizer): string[] =>
    [...featurizer.features(text).word.keys()].filter((key) => key.startsWith(CONCEPT_PREFIX));

  it('gives two phrasings of one service concept the same feature, only when asked', () => {
    const on = new NluFeaturizer({ concepts: true });
    const broken = concepts('杯子碎了', on);
    expect(broken).toHaveLength(1);
    expect(concepts('商品在运输中破损了', on)).toEqual(expect.arrayContaining(broken));
    expect(concepts('杯子碎了', new NluFeaturizer())).toEqual([]);
  });
});

describe('canonicalFrames', () => {
  it('writes topic-free ways of asking "how" as 怎么, leaving the topic words alone', () => {
    expect(canonicalFrames('门店自提怎么操作')).toBe('门店自提怎么');
    expect(canonicalFrames('退货该怎么做 如何办理退款')).toBe('退货怎么 怎么退款');
    expect(canonicalFrames('怎么申请退款')).toBe('怎么申请退款');
  });

  it('leaves greetings and politeness out, and 亲 only as a word of its own', () => {
    expect(canonicalFrames('亲 请问一下 运费多少 谢谢')).toBe('运费多少');
    expect(canonicalFrames('您好 我想退货')).toBe('我想退货');
    expect(canonicalFrames('亲子票怎么买')).toBe('亲子票怎么买');
    expect(canonicalFrames('hi there please can i get a refund thank you')).toBe('there can i get a refund');
    expect(canonicalFrames('this item is a hit')).toBe('this item is a hit');
    expect(canonicalFrames('hello')).toBe('');
  });
});

describe('IntentMatcher concept features', () => {
  const fewShot: LabelledText[] = [
    { text: '收到的商品是坏的', label: 'damaged' },
    { text: '商品在运输中破损了', label: 'damaged' },
    { text: '快递一般几天能到', label: 'shipping-time' },
    { text: '发货需要多长时间', label: 'shipping-time' },
  ];

  it('are on for few-shot label sets', async () => {
    const matcher = new IntentMatcher();
    await matcher.train(fewShot);
    expect(matcher.toJSON().model.features.concepts).toBe(true);
  });

  it('carry a word only the lexicon connects (a country) to the entry that names the category', () => {
    const rows: LabelledText[] = [
      { text: '能寄到海外吗', label: 'international' },
      { text: '支持国际配送吗', label: 'international' },
      ...fewShot,
    ];
    const top = (model: IntentModel) => {
      const probabilities = model.probabilitiesOf('新加坡');
      return probabilities && model.labels[probabilities.indexOf(Math.max(...probabilities))];
    };
    expect(top(IntentModel.train(rows, { features: { concepts: true } }))).toBe('international');
    // Without concepts the model knows no feature of the word at all.
    expect(top(IntentModel.train(rows))).toBeUndefined();
  });

  it('are off for label sets with many rows per label, which keep their features as they were', async () => {
    const many = Array.from({ length: 12 }, (_, i) => [
      { text: `商品坏了 ${i}`, label: 'damaged' },
      { text: `几天能到 ${i}`, label: 'shipping-time' },
    ]).flat();
    const matcher = new IntentMatcher();
    await matcher.train(many);
    expect(matcher.toJSON().model.features.concepts).toBeUndefined();
  });
});

describe('the synonym lexicon', () => {
  it('holds no phrase in two groups (a swap would then cross from one meaning to another)', () => {
    const groupOf = new Map<string, number>();
    const repeated: string[] = [];
    SERVICE_SYNONYMS.forEach((group, index) => {
      for (const phrase of group) {
        const key = normalizeText(phrase);
        const earlier = groupOf.get(key);
        if (earlier !== undefined && earlier !== index) repeated.push(phrase);
        groupOf.set(key, index);
      }
    });
    expect(SERVICE_SYNONYMS.length).toBeGreaterThan(100);
    expect(repeated).toEqual([]);
  });

  it('lets a customer word reach an editor word of the same meaning (开卡 and 激活信用卡)', async () => {
    const matcher = new IntentMatcher();
    await matcher.train([
      { text: '收到信用卡后如何激活？', label: 'card-activate' },
      { text: '信用卡激活需要到网点吗？', label: 'card-activate' },
      { text: '银行卡坏了怎么换新卡？', label: 'replace-card' },
      { text: '卡片到期后怎么换卡？', label: 'replace-card' },
      { text: '信用卡账单日是哪天？', label: 'statement-date' },
      { text: '怎么修改账单日？', label: 'statement-date' },
    ]);
    // Without the group both go to replace-card, on 卡 and 怎么 alone.
    expect(matcher.match('卡寄到了 怎么开卡')[0]?.label).toBe('card-activate');
    expect(matcher.match('怎么开卡')[0]?.label).toBe('card-activate');
  });
});
