/**
 * Command-line and environment options of `npm run bench:handoff`. Pure, so the rules are testable
 * without starting anything.
 */
import { parseArgs } from 'node:util';
import { BenchUsageError, DEFAULT_BENCH_DATABASE_URL } from '../options';

/** The two deployments measured: the embedded default, and Redis + PostgreSQL. */
export type HandoffBackend = 'sqlite' | 'postgres';

const ALL_BACKENDS: readonly HandoffBackend[] = ['sqlite', 'postgres'];

/** The Redis the Redis + PostgreSQL run uses, under a key prefix of its own. */
export const DEFAULT_BENCH_REDIS_URL = 'redis://127.0.0.1:6379';

/** Most cases one phase may open: keeps every buffer and wait bounded. */
export const MAX_CASES = 100_000;

/** Everything one run needs to know. */
export interface HandoffBenchOptions {
  backends: HandoffBackend[];
  /** Cases of the paced phase. `--cases`, default 1000. */
  cases: number;
  /** Cases opened per second in the paced phase. `--rate`, default 50. */
  rate: number;
  /** Cases of the unthrottled phase (0: skip it). `--burst`, default 300. */
  burst: number;
  /** Requests in flight in the unthrottled phase. `--concurrency`, default 32. */
  concurrency: number;
  /** False with `BENCH_NO_GOALS=1`: a missed goal is then a warning, not exit code 1. */
  enforceGoals: boolean;
  /** Server on which the PostgreSQL run's database is created. `BENCH_DATABASE_URL`. */
  databaseUrl: string;
  /** `BENCH_REDIS_URL`. */
  redisUrl: string;
  help: boolean;
}

/** Usage text for `--help`. */
export const HANDOFF_USAGE = `usage: npm run bench:handoff -- [--only sqlite|postgres] [--cases N] [--rate R] [--burst N] [--concurrency N]

Opens N cases at R cases/s (each a new web chat customer with an urgent message) with an agent on
/api/v1/events, and measures the time from each POST /webchat/messages to the agent's handoff.opened
frame; then opens --burst cases unthrottled (--concurrency in flight) for the maximum open rate.
On the embedded default (SQLite, in-process timers) and on Redis + PostgreSQL (a fresh database, a
private Redis key prefix). Environment: BENCH_DATABASE_URL (default ${DEFAULT_BENCH_DATABASE_URL}),
BENCH_REDIS_URL (default ${DEFAULT_BENCH_REDIS_URL}), BENCH_NO_GOALS=1 (missed goals only warn).`;

function positive(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new BenchUsageError(
      `${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got "${raw}"`,
    );
  }
  return value;
}

function count(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  const value = positive(name, raw, fallback, allowZero);
  if (!Number.isInteger(value) || value > MAX_CASES) {
    throw new BenchUsageError(`${name} must be a whole number up to ${MAX_CASES}, got "${raw}"`);
  }
  return value;
}

function selectBackends(only: string | undefined): HandoffBackend[] {
  if (only === undefined) return [...ALL_BACKENDS];
  const wanted = only.split(',').map((part) => part.trim());
  for (const name of wanted) {
    if (!(ALL_BACKENDS as readonly string[]).includes(name)) {
      throw new BenchUsageError(`--only takes ${ALL_BACKENDS.join(', ')} (comma-separated), got "${name}"`);
    }
  }
  return ALL_BACKENDS.filter((name) => wanted.includes(name));
}

/** Reads options from `argv` (without node and script) and `env`; throws `BenchUsageError`. */
export function parseHandoffBenchOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): HandoffBenchOptions {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        cases: { type: 'string' },
        rate: { type: 'string' },
        burst: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  return {
    backends: selectBackends(values.only),
    cases: count('--cases', values.cases, 1000),
    rate: positive('--rate', values.rate, 50),
    burst: count('--burst', values.burst, 300, true),
    concurrency: count('--concurrency', values.concurrency, 32),
    enforceGoals: env.BENCH_NO_GOALS !== '1',
    databaseUrl: env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL,
    redisUrl: env.BENCH_REDIS_URL || DEFAULT_BENCH_REDIS_URL,
    help: values.help === true,
  };
}
