import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load';
import { type Round, type TargetOutcome, formatTable, judge, medianOfRounds, summaryObject } from './report';

function outcome(
  target: TargetOutcome['target'],
  perSecond: number,
  p99: number,
  extra?: Partial<LoadResult>,
) {
  const summary = {
    requests: perSecond * 10,
    perSecond,
    samples: perSecond * 10,
    p50: p99 / 4,
    p99,
    p999: p99,
    max: p99,
    mean: p99 / 3,
  };
  const load: LoadResult = {
    summary,
    non2xx: {},
    errors: 0,
    emptyReplies: 0,
    problems: [],
    truncated: false,
    slow: [],
  };
  return { target, load: { ...load, ...extra } } satisfies TargetOutcome;
}

describe('judge', () => {
  const bare = outcome('bare', 10_000, 5);

  it('passes SQLite at 25 % of bare with p99 under 50 ms', () => {
    const verdict = judge(outcome('sqlite', 2500, 49.9), bare);
    expect(verdict.ratio).toBe(0.25);
    expect(verdict.missed).toEqual([]);
    expect(verdict.broken).toEqual([]);
  });

  it('misses on a low ratio or a p99 of 50 ms or more', () => {
    expect(judge(outcome('sqlite', 2499, 10), bare).missed).toHaveLength(1);
    expect(judge(outcome('sqlite', 5000, 50), bare).missed).toEqual(['p99 50.0 ms ≥ 50 ms']);
    expect(judge(outcome('postgres', 999, 500), bare).missed).toHaveLength(1);
    expect(judge(outcome('postgres', 1000, 500), bare).missed).toEqual([]);
  });

  it('treats errors, non-2xx answers and failed starts as broken, whatever the figures', () => {
    expect(judge(outcome('sqlite', 9000, 1, { errors: 1 }), bare).broken).toEqual(['1 errors']);
    expect(judge(outcome('bare', 9000, 1, { non2xx: { 503: 2 } }), undefined).broken).toEqual(['2 non-2xx']);
    expect(judge({ target: 'postgres', failure: 'did not start' }, bare).broken).toEqual(['not measured']);
  });
});

describe('formatTable and summaryObject', () => {
  it('prints one aligned row per target and a JSON object with every figure', () => {
    const outcomes = [outcome('bare', 8000, 4), outcome('sqlite', 2400, 30)];
    const verdicts = outcomes.map((o) => judge(o, outcomes[0]));
    const lines = formatTable(outcomes, verdicts).split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[3]).toMatch(/^sqlite\s+\| 2400\s+\|.*\| 30\.0%\s+\|.*\| pass(\s+\| -){4}\s*$/);
    const json = summaryObject(outcomes, verdicts, { sessions: 50, seconds: 10, warmupSeconds: 3 });
    expect(json).toMatchObject({
      targets: { sqlite: { reqPerSec: 2400, p99Ms: 30, ratioVsBare: 0.3, pass: true } },
    });
  });
});

describe('medianOfRounds', () => {
  const round = (bare: number, sqlite: number, p99 = 30, extra?: Partial<LoadResult>): Round => {
    const outcomes = [outcome('bare', bare, 5), outcome('sqlite', sqlite, p99, extra)];
    return { outcomes, verdicts: outcomes.map((o) => judge(o, outcomes[0])) };
  };

  it('judges each target on the round with its median ratio, each ratio against its own round', () => {
    // Ratios 0.20, 0.30, 0.26: the median round is the third, though its req/s is the lowest.
    const summary = medianOfRounds([round(10_000, 2_000), round(10_000, 3_000), round(9_000, 2_340)]);
    expect(summary.outcomes.map((o) => o.target)).toEqual(['bare', 'sqlite']);
    expect(summary.outcomes[1]?.load?.summary.perSecond).toBe(2_340);
    expect(summary.verdicts[1]?.ratio).toBeCloseTo(0.26);
    expect(summary.verdicts[1]?.missed).toEqual([]);
    expect(summary.outcomes[0]?.load?.summary.perSecond).toBe(10_000);
    expect(summary.ratios.sqlite).toEqual([0.2, 0.3, 0.26]);
    expect(summary.ratios.bare).toEqual([1, 1, 1]);
  });

  it('takes the lower middle round of an even count and keeps that round’s p99 verdict', () => {
    const summary = medianOfRounds([round(10_000, 2_800, 60), round(10_000, 2_400)]);
    expect(summary.verdicts[1]?.ratio).toBeCloseTo(0.24);
    expect(summary.verdicts[1]?.missed).toEqual(['ratio 24.0% < 25.0%']);
    const p99Missed = medianOfRounds([round(10_000, 2_800, 60), round(10_000, 3_000, 30)]);
    expect(p99Missed.verdicts[1]?.missed).toEqual(['p99 60.0 ms ≥ 50 ms']);
  });

  it('calls a target broken when any round was, naming the round', () => {
    const summary = medianOfRounds([
      round(10_000, 3_000),
      round(10_000, 3_000, 30, { errors: 2 }),
      round(10_000, 3_000),
    ]);
    expect(summary.verdicts[1]?.broken).toEqual(['round 2: 2 errors']);
    expect(medianOfRounds([round(10_000, 3_000)]).verdicts[1]?.broken).toEqual([]);
  });
});
