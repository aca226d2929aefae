/**
 * `npm run bench:handoff`: how fast cases open and how soon an agent hears of them. For each
 * backend — the embedded default (SQLite, in-process timers) and Redis + PostgreSQL (a fresh
 * database, a private Redis key prefix) — the real server runs as a child process
 * (`switchboard start`), an agent signs in and listens on `/api/v1/events`, and the bench opens
 * cases at a fixed rate, then unthrottled. Prints a table, then one JSON line with every figure.
 * Exit code 1 on any error or lost event, and on a missed goal unless `BENCH_NO_GOALS=1`.
 */
import { randomBytes } from 'node:crypto';
import { CpuWindow } from '../cpu-window';
import { BenchUsageError } from '../options';
import { createBenchDatabase } from '../postgres-db';
import { startGatewayProcess, type GatewayProcess } from '../../support/gateway-process';
import { deleteRedisKeys, uniqueRedisPrefix } from '../../support/redis-prefix';
import { AgentSocket, signIn } from './agent-socket';
import { runCaseLoad, type CaseLoadOptions, type CaseLoadResult } from './case-load';
import {
  HANDOFF_USAGE,
  parseHandoffBenchOptions,
  type HandoffBackend,
  type HandoffBenchOptions,
} from './handoff-options';
import {
  formatHandoffTable,
  handoffSummary,
  judgeBackend,
  type BackendOutcome,
  type HandoffVerdict,
} from './handoff-report';

/** Cases opened before measuring (not counted): the server's first requests compile code paths. */
const WARMUP_CASES = 20;

function say(text: string): void {
  process.stderr.write(`${text}\n`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A live "phase, sent, announced" line, only on a terminal. */
function progressLine(label: string, total: number): CaseLoadOptions['onProgress'] {
  if (!process.stderr.isTTY) return undefined;
  return (sent, opened) =>
    process.stderr.write(`\r\x1b[2K  ${label}: ${sent}/${total} sent, ${opened} announced`);
}

/** A started backend: the server, the agent, and what to undo afterwards (newest first). */
interface RunningBackend {
  server: GatewayProcess;
  agent: AgentSocket;
  /** The PostgreSQL backends serving the server (PostgreSQL only), for CPU accounting. */
  databasePids?: () => Promise<number[]>;
  cleanups: (() => Promise<unknown>)[];
}

async function runCleanups(cleanups: (() => Promise<unknown>)[]): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    await cleanup().catch((error: unknown) => say(`warning: cleanup failed: ${messageOf(error)}`));
  }
}

async function startBackend(backend: HandoffBackend, options: HandoffBenchOptions): Promise<RunningBackend> {
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const email = 'bench-agent@example.com';
    const password = randomBytes(12).toString('hex');
    const env: Record<string, string> = { ADMIN_EMAIL: email, ADMIN_PASSWORD: password };
    let databasePids: RunningBackend['databasePids'];
    if (backend === 'postgres') {
      const database = await createBenchDatabase(options.databaseUrl);
      cleanups.push(() => database.drop());
      databasePids = () => database.backendPids();
      const prefix = uniqueRedisPrefix('bench');
      cleanups.push(() => deleteRedisKeys(options.redisUrl, prefix));
      Object.assign(env, { DATABASE_URL: database.url, REDIS_URL: options.redisUrl, REDIS_PREFIX: prefix });
    }
    const server = await startGatewayProcess({ label: backend, env, readyTimeoutMs: 120_000 });
    cleanups.push(() => server.stop());
    const agent = await AgentSocket.connect(server.base, await signIn(server.base, email, password));
    cleanups.push(() => Promise.resolve(agent.close()));
    return { server, agent, cleanups, ...(databasePids ? { databasePids } : {}) };
  } catch (error) {
    await runCleanups(cleanups);
    throw error;
  }
}

async function phase(
  running: RunningBackend,
  label: string,
  load: Pick<CaseLoadOptions, 'cases' | 'rate' | 'concurrency'>,
  signal: AbortSignal,
): Promise<CaseLoadResult> {
  try {
    return await runCaseLoad({
      ...load,
      port: running.server.server.port,
      agent: running.agent,
      onProgress: progressLine(label, load.cases),
      signal,
    });
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  }
}

async function measureBackend(
  backend: HandoffBackend,
  options: HandoffBenchOptions,
  signal: AbortSignal,
): Promise<BackendOutcome> {
  const outcome: BackendOutcome = { backend, rate: options.rate };
  say(`${backend}: starting server…`);
  let running: RunningBackend;
  try {
    running = await startBackend(backend, options);
  } catch (error) {
    return { ...outcome, failure: messageOf(error) };
  }
  try {
    const { rate, concurrency } = options;
    await phase(
      running,
      `${backend} warm-up`,
      { cases: Math.min(WARMUP_CASES, options.cases), rate, concurrency },
      signal,
    );
    say(`${backend}: ${options.cases} cases at ${rate}/s`);
    const cpu = new CpuWindow(running.server.server.pid, running.databasePids);
    cpu.begin();
    outcome.paced = await phase(
      running,
      `${backend} paced`,
      { cases: options.cases, rate, concurrency },
      signal,
    );
    cpu.end();
    outcome.cpu = await cpu.figures();
    if (options.burst > 0 && !signal.aborted) {
      say(`${backend}: ${options.burst} cases unthrottled, ${concurrency} in flight`);
      outcome.burst = await phase(
        running,
        `${backend} unthrottled`,
        { cases: options.burst, concurrency },
        signal,
      );
    }
  } catch (error) {
    outcome.failure = `load failed: ${messageOf(error)}`;
  }
  if (!running.server.server.running) outcome.crashed = await running.server.server.stop();
  const problems = [...(outcome.paced?.problems ?? []), ...(outcome.burst?.problems ?? [])];
  if (outcome.crashed || outcome.failure || problems.length > 0)
    outcome.serverTail = running.server.server.describeTail();
  for (const problem of problems) say(`${backend}: ${problem}`);
  await runCleanups(running.cleanups);
  return outcome;
}

function report(outcomes: readonly BackendOutcome[], verdicts: readonly HandoffVerdict[]): void {
  for (const outcome of outcomes) {
    if (outcome.failure) say(`\n${outcome.backend}: ${outcome.failure}`);
    if (outcome.crashed) say(`\n${outcome.backend}: the server exited during the run (${outcome.crashed})`);
    if (outcome.serverTail && !outcome.failure)
      say(`${outcome.backend} server output (last lines):\n${outcome.serverTail}`);
  }
  for (const verdict of verdicts) {
    if (!verdict.fullSize && verdict.broken.length === 0) {
      say(`note: ${verdict.backend}: smaller or slower than the goal's 1,000 cases at 50/s`);
    }
  }
}

function exitCode(verdicts: readonly HandoffVerdict[], enforceGoals: boolean): number {
  const broken = verdicts.filter((v) => v.broken.length > 0);
  const missed = verdicts.filter((v) => v.missed.length > 0);
  for (const v of broken) say(`FAILED: ${v.backend}: ${v.broken.join(', ')}`);
  for (const v of missed)
    say(`${enforceGoals ? 'FAILED' : 'warning'}: ${v.backend} missed its goal: ${v.missed.join(', ')}`);
  return broken.length > 0 || (enforceGoals && missed.length > 0) ? 1 : 0;
}

async function main(): Promise<number> {
  const options = parseHandoffBenchOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(`${HANDOFF_USAGE}\n`);
    return 0;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const outcomes: BackendOutcome[] = [];
  // One backend at a time: they share the machine's cores.
  for (const backend of options.backends) {
    if (abort.signal.aborted) break;
    outcomes.push(await measureBackend(backend, options, abort.signal));
  }
  const verdicts = outcomes.map(judgeBackend);
  process.stdout.write(`\n${formatHandoffTable(outcomes, verdicts)}\n\n`);
  report(outcomes, verdicts);
  if (abort.signal.aborted) say('interrupted: the figures above are partial');
  const code = abort.signal.aborted ? 130 : exitCode(verdicts, options.enforceGoals);
  process.stdout.write(`${JSON.stringify(handoffSummary(outcomes, verdicts))}\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(
      error instanceof BenchUsageError
        ? `${error.message}\n${HANDOFF_USAGE}`
        : `bench failed: ${messageOf(error)}`,
    );
    process.exit(2);
  },
);
