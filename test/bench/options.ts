/**
 * Command-line and environment options of `npm run bench`. Pure, so the rules (which targets run,
 * defaults, validation) are testable without starting anything.
 */
import { parseArgs } from 'node:util';

/** The PostgreSQL server the bench creates its database on; `BENCH_DATABASE_URL` overrides it. */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** What can be benchmarked: the bare Fastify baseline and the real server on each store. */
export type TargetName = 'bare' | 'sqlite' | 'postgres';

const ALL_TARGETS: readonly TargetName[] = ['bare', 'sqlite', 'postgres'];

/** Everything one bench run needs to know. */
export interface BenchOptions {
  /** In run order; `bare` comes first whenever a real target needs its ratio. */
  targets: TargetName[];
  /** Concurrent sessions. `--sessions` / `BENCH_SESSIONS`, default 50. */
  sessions: number;
  /** Measured seconds per target. `--seconds` / `BENCH_SECONDS`, default 10. */
  seconds: number;
  /** Discarded warm-up seconds per target. `--warmup` / `BENCH_WARMUP_SECONDS`, default 3. */
  warmupSeconds: number;
  /**
   * Times every target is measured, alternating (bare, sqlite, postgres, bare, …); each target is
   * judged on its median round. `--rounds` / `BENCH_ROUNDS`, default 3.
   */
  rounds: number;
  /**
   * Command line that replaces `node bin/switchboard.js start` for the sqlite and postgres targets
   * (`--target-cmd` / `BENCH_TARGET_CMD`, split on spaces). Undocumented in `--help` on purpose: it
   * exists to test the harness itself, e.g. against the bare server.
   */
  targetCommand: string[] | undefined;
  /** False with `BENCH_NO_GOALS=1`: a missed goal is then a warning, not exit code 1. */
  enforceGoals: boolean;
  /** Server on which the PostgreSQL run's database is created. `BENCH_DATABASE_URL`. */
  databaseUrl: string;
  help: boolean;
}

/** Usage text for `--help`. */
export const USAGE = `usage: npm run bench -- [--only bare|sqlite|postgres[,…]] [--sessions N] [--seconds S] [--warmup S] [--rounds N]

Whole-pipeline web chat turns/s and latency of the real server (SQLite, PostgreSQL) against a bare
Fastify route, in one run: the targets are measured in turn, --rounds times (default 3), and each
is judged on its median round. Environment: BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_SESSIONS,
BENCH_ROUNDS, BENCH_DATABASE_URL (default ${DEFAULT_BENCH_DATABASE_URL}), BENCH_NO_GOALS=1 (missed
goals only warn).`;

/** A bad option; the message says which and why. */
export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

interface NumberRule {
  fallback: number;
  integer?: boolean;
  allowZero?: boolean;
}

function readNumber(name: string, raw: string | undefined, rule: NumberRule): number {
  if (raw === undefined || raw === '') return rule.fallback;
  const value = Number(raw);
  const tooSmall = rule.allowZero ? value < 0 : value <= 0;
  if (!Number.isFinite(value) || tooSmall || (rule.integer && !Number.isInteger(value))) {
    const kind = `${rule.allowZero ? 'non-negative' : 'positive'} ${rule.integer ? 'integer' : 'number'}`;
    throw new BenchUsageError(`${name} must be a ${kind}, got "${raw}"`);
  }
  return value;
}

function selectTargets(only: string | undefined): TargetName[] {
  if (only === undefined) return [...ALL_TARGETS];
  const wanted = new Set<string>(only.split(',').map((part) => part.trim()));
  for (const name of wanted) {
    if (!(ALL_TARGETS as readonly string[]).includes(name)) {
      throw new BenchUsageError(`--only takes ${ALL_TARGETS.join(', ')} (comma-separated), got "${name}"`);
    }
  }
  // A real target's goal is a ratio to bare, so bare is measured in the same run whenever needed.
  if (wanted.has('sqlite') || wanted.has('postgres')) wanted.add('bare');
  return ALL_TARGETS.filter((name) => wanted.has(name));
}

/** Reads options from `argv` (without node and script) and `env`; throws `BenchUsageError`. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        only: { type: 'string' },
        sessions: { type: 'string' },
        seconds: { type: 'string' },
        warmup: { type: 'string' },
        rounds: { type: 'string' },
        'target-cmd': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const command = (parsed['target-cmd'] ?? env.BENCH_TARGET_CMD ?? '').split(' ').filter(Boolean);
  return {
    targets: selectTargets(parsed.only),
    sessions: readNumber('--sessions', parsed.sessions ?? env.BENCH_SESSIONS, {
      fallback: 50,
      integer: true,
    }),
    seconds: readNumber('--seconds', parsed.seconds ?? env.BENCH_SECONDS, { fallback: 10 }),
    warmupSeconds: readNumber('--warmup', parsed.warmup ?? env.BENCH_WARMUP_SECONDS, {
      fallback: 3,
      allowZero: true,
    }),
    rounds: readNumber('--rounds', parsed.rounds ?? env.BENCH_ROUNDS, { fallback: 3, integer: true }),
    targetCommand: command.length > 0 ? command : undefined,
    enforceGoals: env.BENCH_NO_GOALS !== '1',
    databaseUrl: env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL,
    help: parsed.help === true,
  };
}
