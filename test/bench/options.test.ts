import { describe, expect, it } from 'vitest';
import { BenchUsageError, DEFAULT_BENCH_DATABASE_URL, parseBenchOptions } from './options';

describe('parseBenchOptions', () => {
  it('runs every target with the documented defaults', () => {
    expect(parseBenchOptions([], {})).toEqual({
      targets: ['bare', 'sqlite', 'postgres'],
      sessions: 50,
      seconds: 10,
      warmupSeconds: 3,
      rounds: 3,
      targetCommand: undefined,
      enforceGoals: true,
      databaseUrl: DEFAULT_BENCH_DATABASE_URL,
      help: false,
    });
  });

  it('measures every target --rounds times, from the flag or BENCH_ROUNDS', () => {
    expect(parseBenchOptions(['--rounds', '5'], {}).rounds).toBe(5);
    expect(parseBenchOptions([], { BENCH_ROUNDS: '1' }).rounds).toBe(1);
    expect(() => parseBenchOptions(['--rounds', '0'], {})).toThrow(/--rounds must be a positive integer/);
    expect(() => parseBenchOptions(['--rounds', '1.5'], {})).toThrow(BenchUsageError);
  });

  it('adds bare whenever a real target needs its ratio, and keeps the run order', () => {
    expect(parseBenchOptions(['--only', 'postgres'], {}).targets).toEqual(['bare', 'postgres']);
    expect(parseBenchOptions(['--only', 'postgres,sqlite'], {}).targets).toEqual([
      'bare',
      'sqlite',
      'postgres',
    ]);
    expect(parseBenchOptions(['--only', 'bare'], {}).targets).toEqual(['bare']);
  });

  it('reads the environment, with flags taking precedence', () => {
    const env = {
      BENCH_SECONDS: '2.5',
      BENCH_SESSIONS: '8',
      BENCH_NO_GOALS: '1',
      BENCH_DATABASE_URL: 'postgres://x/y',
    };
    const options = parseBenchOptions(['--sessions', '4', '--warmup', '0'], env);
    expect(options).toMatchObject({ seconds: 2.5, sessions: 4, warmupSeconds: 0, enforceGoals: false });
    expect(options.databaseUrl).toBe('postgres://x/y');
  });

  it('splits the hidden target command on spaces', () => {
    const options = parseBenchOptions(['--target-cmd', 'node  --import tsx server.ts'], {});
    expect(options.targetCommand).toEqual(['node', '--import', 'tsx', 'server.ts']);
  });

  it('rejects unknown targets, bad numbers and unknown flags', () => {
    expect(() => parseBenchOptions(['--only', 'mysql'], {})).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(['--sessions', '2.5'], {})).toThrow(/positive integer/);
    expect(() => parseBenchOptions([], { BENCH_SECONDS: '0' })).toThrow(/--seconds/);
    expect(() => parseBenchOptions(['--fast'], {})).toThrow(BenchUsageError);
  });
});
