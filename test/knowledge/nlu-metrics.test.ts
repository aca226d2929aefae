import { describe, expect, it } from 'vitest';
import {
  accuracy,
  confusedPairs,
  inScopeAccuracy,
  latencyPercentiles,
  macroF1,
  microF1,
  oosPrecision,
  oosRecall,
  percentile,
  scoreClassification,
} from '../../knowledge/nlu/metrics';

// Ten rows worked out by hand:
//   gold a a a b b c oos oos oos oos
//   pred a a b b a c oos a   oos c
// hits: a,a,b,c,oos,oos → 6 of 10.
const gold = ['a', 'a', 'a', 'b', 'b', 'c', 'oos', 'oos', 'oos', 'oos'];
const predicted = ['a', 'a', 'b', 'b', 'a', 'c', 'oos', 'a', 'oos', 'c'];

describe('accuracy figures', () => {
  it('accuracy counts every row', () => {
    expect(accuracy(gold, predicted)).toBeCloseTo(0.6);
  });

  it('in-scope accuracy: 4 of the 6 rows whose gold is not oos', () => {
    expect(inScopeAccuracy(gold, predicted)).toBeCloseTo(4 / 6);
  });

  it('oos recall: 2 of 4 oos rows; oos precision: 2 of 2 oos predictions', () => {
    expect(oosRecall(gold, predicted)).toBeCloseTo(0.5);
    expect(oosPrecision(gold, predicted)).toBe(1);
  });

  it('oos figures are NaN when there is no oos row or prediction', () => {
    expect(oosRecall(['a'], ['a'])).toBeNaN();
    expect(oosPrecision(['a'], ['a'])).toBeNaN();
    expect(inScopeAccuracy(['oos'], ['oos'])).toBeNaN();
  });

  it('macro F1 averages per-label F1 over gold labels', () => {
    // a: P 2/4, R 2/3 → 4/7; b: P 1/2, R 1/2 → 1/2; c: P 1/2, R 1 → 2/3; oos: P 1, R 1/2 → 2/3.
    const expected = (4 / 7 + 1 / 2 + 2 / 3 + 2 / 3) / 4;
    expect(macroF1(gold, predicted)).toBeCloseTo(expected, 10);
  });

  it('macro F1 gives 0 to a gold label never predicted right and ignores labels only predicted', () => {
    // x: never right → 0; y: P 1, R 1 → 1; z only predicted → not averaged.
    expect(macroF1(['x', 'y'], ['z', 'y'])).toBeCloseTo(0.5);
  });

  it('micro F1 with oos included equals accuracy', () => {
    expect(microF1(gold, predicted)).toBeCloseTo(accuracy(gold, predicted), 10);
  });

  it('micro F1 excluding oos drops its rows and predictions', () => {
    // Without oos: hits 4 (a,a,b,c); Σpredicted non-oos = 8; Σgold non-oos = 6.
    // P = 4/8, R = 4/6 → F1 = 2·0.5·(2/3)/(0.5+2/3) = 4/7.
    expect(microF1(gold, predicted, { exclude: ['oos'] })).toBeCloseTo(4 / 7, 10);
  });

  it('refuses arrays of different lengths', () => {
    expect(() => accuracy(['a'], [])).toThrow(/1 gold, 0 predicted/);
  });

  it('scoreClassification bundles the figures', () => {
    const scores = scoreClassification(gold, predicted);
    expect(scores.n).toBe(10);
    expect(scores.accuracy).toBeCloseTo(0.6);
    expect(scores.oosRecall).toBeCloseTo(0.5);
    expect(scores.microF1).toBeCloseTo(0.6);
  });
});

describe('confusedPairs', () => {
  it('lists mistakes most frequent first, ties in label order, up to the limit', () => {
    const g = ['a', 'a', 'b', 'b', 'b', 'c'];
    const p = ['b', 'b', 'a', 'c', 'b', 'a'];
    expect(confusedPairs(g, p)).toEqual([
      { gold: 'a', predicted: 'b', count: 2 },
      { gold: 'b', predicted: 'a', count: 1 },
      { gold: 'b', predicted: 'c', count: 1 },
      { gold: 'c', predicted: 'a', count: 1 },
    ]);
    expect(confusedPairs(g, p, 1)).toHaveLength(1);
    expect(confusedPairs(['a'], ['a'])).toEqual([]);
  });
});

describe('percentiles', () => {
  it('uses the nearest rank on unsorted input', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 1)).toBe(1);
  });

  it('p99 of 200 values is the 198th smallest', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(latencyPercentiles(values)).toEqual({ p50: 100, p99: 198 });
  });

  it('is NaN for no values', () => {
    expect(latencyPercentiles([]).p50).toBeNaN();
  });
});
