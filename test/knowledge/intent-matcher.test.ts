import { describe, expect, it } from 'vitest';
import { IntentMatcher, normalizeText, type LabelledText } from '../../knowledge/index';
import { augmentFewShot, synonymSwaps, wordDropouts } from '../../knowledge/nlu/augment';
import { fitTemperature, softmaxInto } from '../../knowledge/nlu/calibration';
import { lightStem } from '../../knowledge/nlu/light-stem';
import { trainLinearSvm, type SvmTrainingSet } from '../../knowledge/nlu/linear-svm';
import { GRAM_MEMO_WORDS, NluFeaturizer } from '../../knowledge/nlu/nlu-featurizer';
import { toSimplified, TRADITIONAL_TO_SIMPLIFIED } from '../../knowledge/nlu/traditional-chinese';

const ROWS: LabelledText[] = [
  { text: 'How do I get a refund for my flight?', label: 'refund' },
  { text: 'I want my money back for the plane ticket', label: 'refund' },
  { text: 'refund a cancelled flight', label: 'refund' },
  { text: 'How do I change my flight date?', label: 'change' },
  { text: 'Can I move my flight to another day?', label: 'change' },
  { text: 'switch my booking to a later flight', label: 'change' },
  { text: '机票怎么退票', label: 'zh-refund' },
  { text: '我想退掉已经买的机票', label: 'zh-refund' },
  { text: '退票手续费多少', label: 'zh-refund' },
  { text: '酒店几点可以入住', label: 'zh-hotel' },
  { text: '退房时间是几点', label: 'zh-hotel' },
  { text: '酒店早餐几点开始', label: 'zh-hotel' },
];

async function trained(rows: readonly LabelledText[] = ROWS): Promise<IntentMatcher> {
  const matcher = new IntentMatcher();
  await matcher.train(rows);
  return matcher;
}

describe('text normalization for the matcher', () => {
  it('folds traditional characters to simplified in one step', () => {
    for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(traditional).not.toBe(simplified);
      // A simplified form is never folded again, so folding twice changes nothing.
      expect(TRADITIONAL_TO_SIMPLIFIED.has(simplified)).toBe(false);
    }
    expect(toSimplified('機票怎麼退？請聯繫客服')).toBe('机票怎么退？请联系客服');
    expect(toSimplified('寬頻註銷要帶什麼證件')).toBe('宽频注销要带什么证件');
    expect(normalizeText('登錄密碼')).toBe(normalizeText('登录密码'));
  });

  it('stems plural and verb endings lightly', () => {
    expect(['refund', 'refunds', 'refunded', 'refunding'].map(lightStem)).toEqual(Array(4).fill('refund'));
    expect(['change', 'changes', 'changed'].map(lightStem)).toEqual(Array(3).fill('chang'));
    expect(lightStem('pass')).toBe('pass');
    expect(lightStem('bus')).toBe('bus');
  });

  it('makes words, bigrams and script-aware character n-grams for mixed text', () => {
    const bags = new NluFeaturizer().features('我的WiFi密码 refunds');
    expect(bags.word.has('w:wifi')).toBe(true);
    expect(bags.word.has('w:refund')).toBe(true);
    expect(bags.char.has('c:密码')).toBe(true);
    expect(bags.char.has('l: wi')).toBe(true);
    expect(bags.char.has('c:的w')).toBe(false);
    expect([...bags.word.keys()].some((feature) => feature.startsWith('b:'))).toBe(true);
  });

  it('gives a word the same n-grams, in the same order, before and after its kept list is dropped', () => {
    const featurizer = new NluFeaturizer();
    const text = 'Refund my refunds, please';
    const first = [...featurizer.features(text).char];
    expect(first).toContainEqual(['l:unds ', 1]);
    expect(first).toContainEqual(['l: re', 2]);
    // More distinct words than are kept: the list starts again.
    for (let i = 0; i <= GRAM_MEMO_WORDS; i += 1) featurizer.features(`word${i.toString(36)}`);
    expect([...featurizer.features(text).char]).toEqual(first);
    expect([...new NluFeaturizer().features(text).char]).toEqual(first);
  });
});

describe('IntentMatcher', () => {
  it('ranks the right label first in English and Chinese, and for unseen phrasings', async () => {
    const matcher = await trained();
    expect(matcher.match('refund my flight please')[0]?.label).toBe('refund');
    expect(matcher.match('change the date of my flight')[0]?.label).toBe('change');
    expect(matcher.match('退票怎么操作')[0]?.label).toBe('zh-refund');
    expect(matcher.match('最晚几点退房')[0]?.label).toBe('zh-hotel');
    expect(matcher.match('機票怎麼退票')[0]?.label).toBe('zh-refund');
  });

  it('returns probabilities: in [0, 1], best first, summing to at most 1, at most `limit`', async () => {
    const matcher = await trained();
    const all = matcher.match('flight refund', undefined, 10);
    expect(all).toHaveLength(4);
    // At most 1: the chatter label a few-shot matcher trains with keeps its share unreturned.
    const sum = all.reduce((total, candidate) => total + candidate.score, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(sum).toBeGreaterThan(0.9);
    const scores = all.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matcher.match('flight refund', undefined, 2)).toEqual(all.slice(0, 2));
  });

  it('is surer of an in-scope question than of chatter', async () => {
    const matcher = await trained();
    const inScope = matcher.match('I want a refund for my flight')[0]?.score ?? 0;
    const chatter = matcher.match('what is your favourite colour')[0]?.score ?? 1;
    expect(inScope).toBeGreaterThan(0.5);
    expect(chatter).toBeLessThan(inScope);
  });

  it('is deterministic and survives a JSON round trip with identical scores', async () => {
    const [a, b] = await Promise.all([trained(), trained()]);
    const restored = IntentMatcher.fromJSON(
      JSON.parse(JSON.stringify(a.toJSON())) as ReturnType<IntentMatcher['toJSON']>,
    );
    for (const text of ['refund', '机票', 'hotel 几点', 'nothing alike']) {
      expect(a.match(text)).toEqual(b.match(text));
      expect(restored.match(text)).toEqual(a.match(text));
    }
  });

  it('weighs the best label against a trained rival label', async () => {
    const rows: LabelledText[] = [
      ...ROWS,
      { text: 'what is the weather like today', label: 'oos' },
      { text: 'tell me a joke', label: 'oos' },
      { text: 'who won the football match', label: 'oos' },
    ];
    const matcher = await trained(rows);
    expect(matcher.knows('oos')).toBe(true);
    expect(matcher.knows('nope')).toBe(false);
    for (const text of ['refund my flight please', 'tell me a joke about the weather', '酒店几点入住']) {
      const all = matcher.match(text, undefined, 10);
      const rival = all.find((candidate) => candidate.label === 'oos')?.score ?? 0;
      const best = all.find((candidate) => candidate.label !== 'oos');
      const against = matcher.matchAgainst(text, 'oos');
      expect(against?.best.label).toBe(best?.label);
      expect(against?.best.score).toBeCloseTo(best?.score ?? -1, 12);
      expect(against?.rivalScore).toBeCloseTo(rival, 12);
    }
    expect(matcher.matchAgainst('tell me a joke', 'oos')?.rivalScore).toBeGreaterThan(0.5);
    expect(matcher.matchAgainst('refund', 'nope')).toBeUndefined();
    expect(matcher.matchAgainst('🙂', 'oos')).toBeUndefined();
    expect(new IntentMatcher().matchAgainst('refund', 'oos')).toBeUndefined();
  });

  it('never throws on odd input and returns nothing before training', async () => {
    expect(new IntentMatcher().match('refund')).toEqual([]);
    expect(() => new IntentMatcher().toJSON()).toThrow(/train the matcher first/);
    const matcher = await trained();
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('？？？！！！')).toEqual([]);
    expect(matcher.match('🙂🙂')).toEqual([]);
    expect(matcher.match('refund', 'en', 0)).toEqual([]);
  });

  it('reports what training cost and replaces its model when trained again', async () => {
    const matcher = await trained();
    expect(matcher.stats).toMatchObject({ rows: ROWS.length, labels: 4 });
    expect(matcher.stats?.trainedRows).toBeGreaterThan(ROWS.length);
    await matcher.train([
      { text: 'baggage allowance', label: 'bags' },
      { text: 'how many suitcases can I take', label: 'bags' },
      { text: 'hotel breakfast time', label: 'hotel' },
    ]);
    expect(
      matcher
        .match('refund my flight', undefined, 10)
        .map((c) => c.label)
        .sort(),
    ).toEqual(['bags', 'hotel']);
    expect(matcher.match('baggage')[0]?.label).toBe('bags');
  });
});

describe('few-shot augmentation', () => {
  it('swaps service synonyms and drops single words', () => {
    expect(synonymSwaps('机票怎么退票', [['怎么', '如何']])).toEqual(['机票如何退票']);
    expect(synonymSwaps('How do I cancel?', [['cancel', 'call off']])).toEqual(['how do i call off']);
    expect(synonymSwaps('cancellation fee', [['cancel', 'call off']])).toEqual([]);
    expect(wordDropouts('how do refunds work')).toContain('how do work');
    expect(wordDropouts('hi there')).toEqual([]);
  });

  it('adds weighted variants only for labels with few rows, without repeating a text', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      text: `balance question number ${i}`,
      label: 'many',
    }));
    const out = augmentFewShot([...many, { text: '机票怎么退票', label: 'few' }]);
    const variants = out.filter((row) => row.weight < 1);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((row) => row.row.label === 'few')).toBe(true);
    expect(new Set(out.map((row) => normalizeText(row.row.text))).size).toBe(out.length);
  });
});

describe('one-vs-rest linear SVM', () => {
  // Three classes, each owning one feature; feature 3 is noise shared by every row.
  const rows = [0, 1, 2, 0, 1, 2].map((cls, i) => ({
    indices: Int32Array.of(cls, 3),
    values: Float32Array.of(0.9, i % 2 === 0 ? 0.3 : -0.3),
  }));
  const set: SvmTrainingSet = {
    rows,
    classes: Int32Array.of(0, 1, 2, 0, 1, 2),
    classCount: 3,
    featureCount: 4,
  };

  it('separates the classes and puts each feature on its own class', () => {
    const { weights, bias } = trainLinearSvm(set);
    rows.forEach((row, i) => {
      const scores = [0, 1, 2].map((c) => bias[c]! + 0.9 * weights[row.indices[0]! * 3 + c]!);
      expect(scores.indexOf(Math.max(...scores))).toBe(set.classes[i]);
    });
    expect(weights[0 * 3 + 0]).toBeGreaterThan(0);
    expect(weights[0 * 3 + 1]).toBeLessThan(0);
  });

  it('gives the same weights for the same rows and seed', () => {
    expect(trainLinearSvm(set, { maxEpochs: 3 }).weights).toEqual(
      trainLinearSvm(set, { maxEpochs: 3 }).weights,
    );
  });
});

describe('temperature calibration', () => {
  it('recovers the temperature that generated the labels', () => {
    const classCount = 3;
    const rows = 3000;
    const scores = new Float32Array(rows * classCount);
    const classes = new Int32Array(rows);
    const probabilities = new Float64Array(classCount);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let row = 0; row < rows; row += 1) {
      for (let c = 0; c < classCount; c += 1) scores[row * classCount + c] = random() * 2 - 1;
      softmaxInto(scores.subarray(row * classCount, (row + 1) * classCount), 4, probabilities);
      const draw = random();
      classes[row] = draw < probabilities[0]! ? 0 : draw < probabilities[0]! + probabilities[1]! ? 1 : 2;
    }
    expect(fitTemperature({ scores, classes, classCount })).toBeGreaterThan(3);
    expect(fitTemperature({ scores, classes, classCount })).toBeLessThan(5);
  });
});
