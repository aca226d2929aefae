/**
 * The pure parts of `npm run bench:handoff`: options, the marker that ties a frame to its case,
 * and the verdict on the goal.
 */
import { describe, expect, it } from 'vitest';
import { BenchUsageError, DEFAULT_BENCH_DATABASE_URL } from '../options';
import { caseMarker, openedCaseOf } from './agent-socket';
import type { CaseLoadResult } from './case-load';
import { DEFAULT_BENCH_REDIS_URL, parseHandoffBenchOptions } from './handoff-options';
import { formatHandoffTable, judgeBackend } from './handoff-report';

describe('parseHandoffBenchOptions', () => {
  it('runs both backends at the goal size by default', () => {
    expect(parseHandoffBenchOptions([], {})).toEqual({
      backends: ['sqlite', 'postgres'],
      cases: 1000,
      rate: 50,
      burst: 300,
      concurrency: 32,
      enforceGoals: true,
      databaseUrl: DEFAULT_BENCH_DATABASE_URL,
      redisUrl: DEFAULT_BENCH_REDIS_URL,
      help: false,
    });
  });

  it('takes smaller runs, one backend, and the environment', () => {
    const options = parseHandoffBenchOptions(
      ['--cases', '100', '--rate', '20', '--only', 'postgres', '--burst', '0'],
      { BENCH_NO_GOALS: '1', BENCH_REDIS_URL: 'redis://127.0.0.1:6390' },
    );
    expect(options).toMatchObject({
      backends: ['postgres'],
      cases: 100,
      rate: 20,
      burst: 0,
      enforceGoals: false,
      redisUrl: 'redis://127.0.0.1:6390',
    });
  });

  it('refuses bad values', () => {
    expect(() => parseHandoffBenchOptions(['--cases', '0'], {})).toThrow(BenchUsageError);
    expect(() => parseHandoffBenchOptions(['--cases', '1.5'], {})).toThrow(BenchUsageError);
    expect(() => parseHandoffBenchOptions(['--cases', '100001'], {})).toThrow(BenchUsageError);
    expect(() => parseHandoffBenchOptions(['--rate', '-1'], {})).toThrow(BenchUsageError);
    expect(() => parseHandoffBenchOptions(['--only', 'mysql'], {})).toThrow(BenchUsageError);
    expect(() => parseHandoffBenchOptions(['--seconds', '3'], {})).toThrow(BenchUsageError);
  });
});

describe('openedCaseOf', () => {
  const frame = (type: string, text: string, priority = 'urgent') =>
    JSON.stringify({
      type,
      at: '2026-11-22T00:00:00.000Z',
      data: { case: { priority }, context: { transcript: [{ direction: 'in', text }] } },
    });

  it("finds the case's marker in the customer's message", () => {
    const text = `I was charged twice (${caseMarker('ab12', 7)})`;
    expect(openedCaseOf(frame('handoff.opened', text), 5)).toEqual({
      runId: 'ab12',
      index: 7,
      receivedAt: 5,
      priority: 'urgent',
    });
  });

  it('ignores other frames and messages without a marker', () => {
    expect(openedCaseOf(frame('handoff.assigned', caseMarker('ab12', 1)), 5)).toBeNull();
    expect(openedCaseOf(frame('handoff.opened', 'no marker here'), 5)).toBeNull();
  });
});

describe('judgeBackend', () => {
  const result = (p99: number, perSecond = 50): CaseLoadResult => ({
    cases: 1000,
    accepted: 1000,
    opened: 1000,
    notUrgent: 0,
    perSecond,
    seconds: 20,
    p50: 10,
    p95: 50,
    p99,
    max: p99 + 10,
    non2xx: {},
    errors: 0,
    problems: [],
  });

  it('passes p99 at or under 200 ms at the requested rate', () => {
    const verdict = judgeBackend({ backend: 'sqlite', rate: 50, paced: result(200) });
    expect(verdict).toEqual({ backend: 'sqlite', broken: [], missed: [], fullSize: true });
    expect(formatHandoffTable([{ backend: 'sqlite', rate: 50, paced: result(200) }], [verdict])).toContain(
      'pass',
    );
  });

  it('misses on latency or rate, and breaks on lost frames or errors', () => {
    expect(judgeBackend({ backend: 'postgres', rate: 50, paced: result(201) }).missed).toEqual([
      'p99 201.0 ms > 200 ms',
    ]);
    expect(judgeBackend({ backend: 'postgres', rate: 50, paced: result(100, 40) }).missed).toEqual([
      '40.0 cases/s < 50 requested',
    ]);
    const lost = { ...result(100), opened: 990, errors: 2 };
    expect(judgeBackend({ backend: 'postgres', rate: 50, paced: lost }).broken).toEqual([
      'paced: 2 errors',
      'paced: 10 cases never announced',
    ]);
    expect(judgeBackend({ backend: 'sqlite', rate: 50, failure: 'no server' }).broken).toEqual([
      'not measured',
    ]);
  });
});
