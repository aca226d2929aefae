import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Float64Array.from({ length: 100 }, (_, i) => i + 1);

  it('returns the value at the nearest rank', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 99.9)).toBe(100);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0)).toBe(1);
  });

  it('rounds the rank up, never interpolates', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([7], 99)).toBe(7);
  });

  it('is NaN on an empty sample', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts numerically, ignores the unused tail of the buffer and keeps the input intact', () => {
    const buffer = new Float64Array(10);
    buffer.set([30, 2, 100, 10, 4]);
    const summary = summarize(buffer, 5, 2000);
    expect(summary).toEqual({
      requests: 5,
      perSecond: 2.5,
      samples: 5,
      p50: 10,
      p99: 100,
      p999: 100,
      max: 100,
      mean: 29.2,
    });
    expect(Array.from(buffer.subarray(0, 5))).toEqual([30, 2, 100, 10, 4]);
  });

  it('handles a 1000-sample tail correctly', () => {
    const buffer = Float64Array.from({ length: 1000 }, (_, i) => 1000 - i);
    const summary = summarize(buffer, 1000, 1000);
    expect(summary.p50).toBe(500);
    expect(summary.p99).toBe(990);
    expect(summary.p999).toBe(999);
    expect(summary.max).toBe(1000);
    expect(summary.perSecond).toBe(1000);
  });

  it('takes throughput from the completions and percentiles from the samples', () => {
    const summary = summarize(Float64Array.from([1, 2, 3]), 3, 500, 7);
    expect(summary).toMatchObject({ requests: 7, perSecond: 14, samples: 3, p50: 2, max: 3 });
  });

  it('reports an empty run without throwing', () => {
    const summary = summarize(new Float64Array(4), 0, 1000);
    expect(summary.requests).toBe(0);
    expect(summary.perSecond).toBe(0);
    expect(summary.p99).toBeNaN();
  });
});
