import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from './logistic-fit';
import { seededRandom } from '../../knowledge/nlu/seeded-random';

describe('fitLogistic', () => {
  it('recovers the weights that generated the labels, on raw (unstandardized) features', () => {
    const next = seededRandom(7);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i += 1) {
      const row = [next() * 10, next() - 0.5, 100 + next() * 50];
      const z = -1 + 0.8 * row[0]! - 3 * row[1]! - 0.05 * (row[2]! - 125);
      rows.push(row);
      labels.push(next() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
    }
    const model = fitLogistic(rows, labels, { l2: 0.01 });
    expect(model.weights[0]).toBeCloseTo(0.8, 0);
    expect(model.weights[1]).toBeCloseTo(-3, 0);
    expect(model.weights[2]).toBeCloseTo(-0.05, 1);
    expect(model.bias + 125 * -0.05).toBeCloseTo(-1, 0);
    expect(predictLogistic(model, [9, -0.4, 110])).toBeGreaterThan(0.95);
    expect(predictLogistic(model, [0, 0.4, 140])).toBeLessThan(0.1);
  });

  it('keeps weights finite on separable rows and on a constant feature', () => {
    const rows = [
      [0, 1],
      [1, 1],
      [2, 1],
      [3, 1],
    ];
    const model = fitLogistic(rows, [0, 0, 1, 1]);
    expect(model.weights.every(Number.isFinite)).toBe(true);
    expect(model.weights[1]).toBe(0);
    expect(predictLogistic(model, [3, 1])).toBeGreaterThan(predictLogistic(model, [0, 1]));
  });

  it('refuses rows without labels', () => {
    expect(() => fitLogistic([[1]], [])).toThrow(/labels/);
  });
});
