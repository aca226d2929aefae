/**
 * The answer gate: its evidence read off a scored text, the shipped model's fit to the features
 * this version computes, and the intent matcher giving the first candidate of a few-shot label
 * set (and only that one) its answer confidence.
 */
import { describe, expect, it } from 'vitest';
import { IntentMatcher, type LabelledText } from '../../knowledge/index';
import type { IntentMatcherData } from '../../knowledge/nlu/intent-matcher';
import {
  answerConfidence,
  evidenceOf,
  fitsGateFeatures,
  GATE_FEATURE_NAMES,
  gateFeatures,
  type AnswerEvidence,
} from '../../knowledge/nlu/answer-gate';
import { ANSWER_GATE_MODEL } from '../../knowledge/nlu/answer-gate-weights';

const FEW_SHOT: LabelledText[] = [
  { text: '机票怎么退票', label: 'refund' },
  { text: '我想退掉已经买的机票', label: 'refund' },
  { text: '退票手续费多少', label: 'refund' },
  { text: '酒店几点可以入住', label: 'hotel' },
  { text: '退房时间是几点', label: 'hotel' },
  { text: '酒店早餐几点开始', label: 'hotel' },
  { text: '行李可以带多少公斤', label: 'baggage' },
  { text: '托运行李的额度是多少', label: 'baggage' },
  { text: '超重行李怎么收费', label: 'baggage' },
];

describe('evidenceOf', () => {
  const scored = {
    text: '机票 refund',
    // Label 1 is the chatter label: never the first or second candidate, however high.
    mixed: [0.3, 0.9, 0.5, 0.1],
    svm: [0.2, 0.7, 0.6, 0.1],
    coverage: [0.4, 0.9, 0.1, 0.2],
    chatterIndex: 1,
    known: { words: 0.5, chars: 0.75 },
    words: 4,
  };

  it('reads the first and second candidates without the chatter label', () => {
    const evidence = evidenceOf(scored)!;
    expect(evidence).toMatchObject({
      top: 0.5,
      second: 0.3,
      topSvm: 0.6,
      topCoverage: 0.1,
      maxCoverage: 0.9,
    });
    expect(evidence).toMatchObject({
      chatterSvm: 0.7,
      chatterCoverage: 0.9,
      knownWords: 0.5,
      knownChars: 0.75,
    });
    expect(evidence).toMatchObject({ words: 4, length: 9, cjk: true });
    // The SVM alone ranks label 2 first too; BM25 alone ranks label 0 first.
    expect(evidence.svmAgrees).toBe(true);
    expect(evidence.coverageAgrees).toBe(false);
  });

  it('has no evidence without a candidate, and no second candidate as 0', () => {
    expect(
      evidenceOf({ ...scored, mixed: [0.9], svm: [0.9], coverage: [0.9], chatterIndex: 0 }),
    ).toBeUndefined();
    const alone = evidenceOf({
      ...scored,
      text: 'refund',
      mixed: [0.4],
      svm: [0.4],
      coverage: [0.2],
      chatterIndex: -1,
    })!;
    expect(alone).toMatchObject({ top: 0.4, second: 0, chatterSvm: 0, cjk: false });
  });
});

describe('the shipped gate', () => {
  it('was fitted on the features this version computes', () => {
    expect(fitsGateFeatures(ANSWER_GATE_MODEL)).toBe(true);
    expect(ANSWER_GATE_MODEL.weights.every(Number.isFinite)).toBe(true);
    expect(fitsGateFeatures({ ...ANSWER_GATE_MODEL, features: [...GATE_FEATURE_NAMES].reverse() })).toBe(
      false,
    );
    expect(fitsGateFeatures({ ...ANSWER_GATE_MODEL, weights: ANSWER_GATE_MODEL.weights.slice(1) })).toBe(
      false,
    );
  });

  it('is more confident where the matcher, the lexical member and the vocabulary agree', () => {
    const clear: AnswerEvidence = {
      top: 0.8,
      second: 0.05,
      topSvm: 0.75,
      topCoverage: 0.6,
      maxCoverage: 0.6,
      chatterSvm: 0.01,
      chatterCoverage: 0.05,
      knownWords: 1,
      knownChars: 1,
      words: 4,
      length: 8,
      svmAgrees: true,
      coverageAgrees: true,
      cjk: true,
    };
    const chatter: AnswerEvidence = {
      ...clear,
      top: 0.1,
      second: 0.04,
      topSvm: 0.1,
      topCoverage: 0.08,
      maxCoverage: 0.3,
      chatterSvm: 0.6,
      chatterCoverage: 0.3,
      knownWords: 0.3,
      knownChars: 0.5,
      coverageAgrees: false,
    };
    expect(answerConfidence(clear)).toBeGreaterThan(0.9);
    expect(answerConfidence(chatter)).toBeLessThan(0.2);
    expect(gateFeatures(clear)).toHaveLength(GATE_FEATURE_NAMES.length);
  });
});

describe('IntentMatcher with the answer gate', () => {
  it('gives the first candidate of a few-shot label set, and only it, an answer confidence', async () => {
    const matcher = new IntentMatcher();
    await matcher.train(FEW_SHOT);
    const [first, ...rest] = matcher.match('我买的机票想退掉要扣多少钱');
    expect(first?.label).toBe('refund');
    expect(first?.answerConfidence).toBeGreaterThan(0.5);
    expect(first?.answerConfidence).toBeLessThanOrEqual(1);
    expect(rest.length).toBeGreaterThan(0);
    for (const candidate of rest) expect(candidate.answerConfidence).toBeUndefined();
    const unrelated = matcher.match('今天天气真不错我们去公园散步吧')[0];
    expect(unrelated?.answerConfidence).toBeLessThan(first!.answerConfidence!);
    // The evidence the gate read is the matcher's own scores.
    expect(matcher.evidence('我买的机票想退掉要扣多少钱')?.top).toBeCloseTo(first!.score, 10);
  });

  it('leaves the gate out when told to, for a model of other features, and for many-shot sets', async () => {
    const off = new IntentMatcher({ answerGate: false });
    await off.train(FEW_SHOT);
    expect(off.match('机票怎么退')[0]?.answerConfidence).toBeUndefined();
    expect(off.evidence('机票怎么退')).toBeDefined();
    const stale = new IntentMatcher({ answerGate: { features: ['top'], weights: [1], bias: 0 } });
    await stale.train(FEW_SHOT);
    expect(stale.match('机票怎么退')[0]?.answerConfidence).toBeUndefined();
    const manyShot = new IntentMatcher();
    await manyShot.train(
      ['refund', 'hotel'].flatMap((label) =>
        Array.from({ length: 12 }, (_, i) => ({ text: `${label} question number ${i}`, label })),
      ),
    );
    expect(manyShot.match('refund question')[0]?.answerConfidence).toBeUndefined();
    expect(manyShot.evidence('refund question')).toBeUndefined();
  });

  it('keeps the answer confidence through toJSON and fromJSON', async () => {
    const matcher = new IntentMatcher();
    await matcher.train(FEW_SHOT);
    const restored = IntentMatcher.fromJSON(
      JSON.parse(JSON.stringify(matcher.toJSON())) as IntentMatcherData,
    );
    expect(restored.match('行李超重了怎么办')).toEqual(matcher.match('行李超重了怎么办'));
  });
});
