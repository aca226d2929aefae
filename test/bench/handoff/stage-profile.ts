/**
 * Where a handoff's latency goes: runs a gateway in this process, times the stages a case passes
 * through (identity, conversation, turn store, case open, queue position, context packet, queue
 * notice) by wrapping those methods, counts PostgreSQL pool checkouts and their waits, and the
 * statements sent (by their first words), and drives it with the bench's paced case load. With
 * `--statements` it lists every statement text per case. CPU per case is this process's (server and
 * load generator) and, on PostgreSQL, the database backends'. A diagnostic beside `npm run bench:handoff`, not a benchmark:
 * the load generator shares the process, and the wrappers cost a little.
 *
 *   node --import tsx test/bench/handoff/stage-profile.ts [--cases N] [--rate R] [--postgres] [--statements]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../../../gateway/config';
import { createSwitchboard } from '../../../gateway/main';
import { DEFAULT_BENCH_DATABASE_URL } from '../options';
import { createBenchDatabase, type BenchDatabase } from '../postgres-db';
import { CpuWindow } from '../cpu-window';
import { percentile } from '../stats';
import { deleteRedisKeys, uniqueRedisPrefix } from '../../support/redis-prefix';
import { AgentSocket, signIn } from './agent-socket';
import { runCaseLoad } from './case-load';
import { DEFAULT_BENCH_REDIS_URL } from './handoff-options';

const samples = new Map<string, number[]>();

function record(label: string, ms: number): void {
  const list = samples.get(label) ?? [];
  list.push(ms);
  samples.set(label, list);
}

/** Replaces `target[name]` (an async method) with one that records how long each call took. */
function timeMethod(target: object, name: string, label: string): void {
  const original: unknown = Reflect.get(target, name);
  if (typeof original !== 'function') return;
  const bound = (original as (...args: unknown[]) => Promise<unknown>).bind(target);
  Reflect.set(target, name, async (...args: unknown[]) => {
    const start = performance.now();
    try {
      return await bound(...args);
    } finally {
      record(label, performance.now() - start);
    }
  });
}

/** Records how long each pool checkout waited for a connection (PostgreSQL). */
function timePoolCheckouts(): void {
  const proto = pg.Pool.prototype as unknown as { connect: (...args: unknown[]) => unknown };
  const original = proto.connect;
  proto.connect = function (this: unknown, ...args: unknown[]) {
    const start = performance.now();
    const result = original.apply(this, args);
    if (result instanceof Promise) {
      result.then(
        () => record('pool checkout wait', performance.now() - start),
        () => undefined,
      );
    }
    return result;
  };
}

const statements = new Map<string, number>();

/** Counts the statements every PostgreSQL client sends, keyed by their text without whitespace runs. */
function countStatements(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    if (typeof text === 'string') {
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
      statements.set(key, (statements.get(key) ?? 0) + 1);
    }
    return original.apply(this, args);
  };
}

function printStatements(cases: number, each: boolean): void {
  const total = [...statements.values()].reduce((sum, n) => sum + n, 0);
  process.stdout.write(`\nstatements sent: ${(total / cases).toFixed(1)} per case\n`);
  if (!each) return;
  const rows = [...statements].sort((a, b) => b[1] - a[1]);
  for (const [text, n] of rows) process.stdout.write(`${(n / cases).toFixed(2).padStart(6)}  ${text}\n`);
}

function printStages(cases: number): void {
  const rows = [...samples].map(([label, list]) => {
    const sorted = Float64Array.from(list).sort();
    const cells = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(2).padStart(8));
    return `${label.padEnd(34)} ${(list.length / cases).toFixed(1).padStart(6)} ${cells.join(' ')}`;
  });
  process.stdout.write(
    `${'stage'.padEnd(34)} ${'/case'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}\n`,
  );
  process.stdout.write(`${rows.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' },
      rate: { type: 'string' },
      postgres: { type: 'boolean' },
      statements: { type: 'boolean' },
    },
    strict: true,
  });
  const cases = Math.min(10_000, Math.max(1, Number(values.cases ?? 300)));
  const rate = Math.max(1, Number(values.rate ?? 50));
  const dataDir = await mkdtemp(join(tmpdir(), 'sb-stages-'));
  const redisUrl = process.env.BENCH_REDIS_URL || DEFAULT_BENCH_REDIS_URL;
  const prefix = uniqueRedisPrefix('stages');
  let database: BenchDatabase | undefined;
  if (values.postgres) {
    database = await createBenchDatabase(process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL);
    timePoolCheckouts();
    countStatements();
  }
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_EMAIL: 'stages@example.com',
    ADMIN_PASSWORD: 'stage-profile-password',
    ...(database ? { DATABASE_URL: database.url, REDIS_URL: redisUrl, REDIS_PREFIX: prefix } : {}),
  };
  const sb = await createSwitchboard(loadConfig(env), { logger: pino({ level: 'warn' }) });
  try {
    const store = sb.store;
    for (const name of ['resolveIdentity', 'currentConversation', 'recordTurn', 'enqueueOutbound'])
      timeMethod(store, name, `store.${name}`);
    timeMethod(store.cases, 'open', 'store.cases.open');
    timeMethod(store.cases, 'queuePosition', 'store.cases.queuePosition');
    timeMethod(sb.gateway, 'receive', 'gateway.receive (whole turn)');
    timeMethod(sb.gateway, 'send', 'gateway.send (queue notice)');
    if (sb.cases) {
      timeMethod(sb.cases, 'open', 'cases.open (handoff)');
      timeMethod(sb.cases, 'getCaseWithContext', 'context packet');
    }
    const base = await sb.listen();
    const agent = await AgentSocket.connect(
      base,
      await signIn(base, env.ADMIN_EMAIL ?? '', env.ADMIN_PASSWORD ?? ''),
    );
    const port = Number(new URL(base).port);
    await runCaseLoad({ port, agent, cases: 20, rate, concurrency: 32 });
    samples.clear();
    statements.clear();
    const cpu = new CpuWindow(process.pid, database ? () => database.backendPids() : undefined);
    cpu.begin();
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const result = await runCaseLoad({ port, agent, cases, rate, concurrency: 32 });
    lag.disable();
    cpu.end();
    const used = await cpu.figures();
    agent.close();
    process.stdout.write(
      `${cases} cases at ${rate}/s on ${database ? 'PostgreSQL + Redis' : 'SQLite'}: send → handoff.opened p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms; event loop delay p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms\n\n`,
    );
    const perCase = (ms: number | undefined) => (ms === undefined ? '-' : (ms / cases).toFixed(2));
    process.stdout.write(
      `CPU per case: this process (server + load) ${perCase(used.serverMs)} ms, PostgreSQL ${perCase(used.databaseMs)} ms\n\n`,
    );
    printStages(cases);
    if (database) printStatements(cases, values.statements === true);
  } finally {
    await sb.close();
    await database?.drop();
    if (database) await deleteRedisKeys(redisUrl, prefix);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`stage profile failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
