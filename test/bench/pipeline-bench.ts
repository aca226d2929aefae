/**
 * `npm run bench`: whole-pipeline web chat turns per second and latency of the real server on SQLite
 * and on PostgreSQL, against a bare Fastify route returning the same JSON, all in the same run, so
 * the ratios compare like with like on whatever machine runs it. Each server runs in its own child
 * process; the load generator runs here. Prints a table, then one JSON line with every figure.
 * Exit code 1 on any error or non-2xx answer, and on a missed goal unless `BENCH_NO_GOALS=1`.
 */
import { type CpuFigures, CpuWindow } from './cpu-window';
import { runLoad } from './load';
import { type BenchOptions, BenchUsageError, type TargetName, USAGE, parseBenchOptions } from './options';
import { BENCH_QUESTIONS } from './questions';
import {
  type Round,
  type TargetOutcome,
  type Verdict,
  formatTable,
  judge,
  medianOfRounds,
  summaryObject,
} from './report';
import { type RunningTarget, startTarget } from './targets';

/** Above this share of the CPU used by other processes, a run's figures are flagged as unreliable. */
const BUSY_MACHINE = 0.1;

function say(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** A live "phase, elapsed, requests" line, only on a terminal: in a log file it would be noise. */
function progressLine(
  name: string,
  warmupMs: number,
): ((elapsedMs: number, completed: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (elapsedMs, completed) => {
    const phase = elapsedMs < warmupMs ? 'warm-up' : 'measuring';
    process.stderr.write(
      `\r\x1b[2K  ${name}: ${phase}, ${(elapsedMs / 1000).toFixed(1)} s, ${completed} requests`,
    );
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Stores the window's CPU figures on the outcome, per successful request. */
function recordCpu(outcome: TargetOutcome, figures: CpuFigures): void {
  const requests = outcome.load?.summary.requests ?? 0;
  const perRequest = (ms: number | undefined) =>
    requests > 0 && ms !== undefined ? ms / requests : undefined;
  outcome.foreignCpu = figures.foreignShare;
  outcome.generatorCpuMsPerRequest = perRequest(figures.generatorMs);
  outcome.serverCpuMsPerRequest = perRequest(figures.serverMs);
  outcome.serverMainThreadCpuMsPerRequest = perRequest(figures.serverMainThreadMs);
  outcome.databaseCpuMsPerRequest = perRequest(figures.databaseMs);
}

/** Loads a started target and stops it; whatever happens, the target is closed. */
async function loadTarget(
  name: TargetName,
  running: RunningTarget,
  options: BenchOptions,
  signal: AbortSignal,
): Promise<TargetOutcome> {
  const outcome: TargetOutcome = { target: name };
  const cpu = new CpuWindow(running.server.pid, running.databasePids);
  try {
    outcome.load = await runLoad({
      port: running.server.port,
      sessions: options.sessions,
      warmupMs: options.warmupSeconds * 1000,
      durationMs: options.seconds * 1000,
      questions: BENCH_QUESTIONS,
      onProgress: progressLine(name, options.warmupSeconds * 1000),
      onMeasureStart: () => cpu.begin(),
      onMeasureEnd: () => cpu.end(),
      signal,
    });
  } catch (error) {
    outcome.failure = `load generator failed: ${messageOf(error)}`;
  } finally {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  }
  recordCpu(outcome, await cpu.figures());
  if (!running.server.running) outcome.crashed = await running.server.stop();
  outcome.serverLogLines = running.server.logLines;
  const load = outcome.load;
  if (
    outcome.crashed ||
    outcome.failure ||
    (load && (load.errors > 0 || Object.keys(load.non2xx).length > 0))
  ) {
    outcome.serverTail = running.server.describeTail();
  }
  try {
    outcome.stopped = await running.close();
  } catch (error) {
    say(`warning: cleaning up after ${name} failed: ${messageOf(error)}`);
  }
  return outcome;
}

/** Starts, loads and stops one target. */
async function measureTarget(
  name: TargetName,
  options: BenchOptions,
  signal: AbortSignal,
): Promise<TargetOutcome> {
  say(`${name}: starting server…`);
  let running: RunningTarget;
  try {
    running = await startTarget(name, options);
  } catch (error) {
    return { target: name, failure: messageOf(error) };
  }
  say(
    `${name}: ${options.sessions} sessions, ${options.warmupSeconds} s warm-up + ${options.seconds} s measured`,
  );
  return loadTarget(name, running, options, signal);
}

/** What went wrong or looked odd in each outcome, each line after `prefix` ("round 2: " when there are several). */
function printDetails(outcomes: readonly TargetOutcome[], prefix = ''): void {
  for (const outcome of outcomes) {
    const load = outcome.load;
    const name = `${prefix}${outcome.target}`;
    if (outcome.failure) say(`\n${name}: ${outcome.failure}`);
    if (outcome.crashed) say(`\n${name}: the server exited during the run (${outcome.crashed})`);
    for (const problem of load?.problems ?? []) say(`${name}: ${problem}`);
    if (outcome.serverTail && !outcome.failure)
      say(`${name} server output (last lines):\n${outcome.serverTail}`);
    if (load && load.emptyReplies > 0) {
      say(`warning: ${name}: ${load.emptyReplies} answers had no reply (bot did not answer)`);
    }
    if (outcome.foreignCpu !== undefined && outcome.foreignCpu > BUSY_MACHINE) {
      const percent = (outcome.foreignCpu * 100).toFixed(0);
      say(
        `warning: ${name}: processes outside the bench, server and database used ${percent}% of the CPU; req/s and latency are unreliable (CPU ms/req less so)`,
      );
    }
    if (load && load.slow.length > 0) {
      const list = load.slow.map((s) => `${s.ms.toFixed(0)} ms sent at ${s.startS.toFixed(2)} s`).join(', ');
      say(`${name}: requests over 1 s (first ${load.slow.length}): ${list}`);
    }
    if (load?.truncated) say(`warning: ${name}: latency buffer full, window cut short`);
  }
}

/** Exit code from the verdicts: broken runs always fail; missed goals fail unless not enforced. */
function exitCode(verdicts: readonly Verdict[], enforceGoals: boolean): number {
  const broken = verdicts.filter((v) => v.broken.length > 0);
  const missed = verdicts.filter((v) => v.missed.length > 0);
  for (const v of broken) say(`FAILED: ${v.target}: ${v.broken.join(', ')}`);
  for (const v of missed)
    say(`${enforceGoals ? 'FAILED' : 'warning'}: ${v.target} missed its goal: ${v.missed.join(', ')}`);
  return broken.length > 0 || (enforceGoals && missed.length > 0) ? 1 : 0;
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const rounds: Round[] = [];
  // One target at a time, never overlapping: they share the machine's two cores. Round after round,
  // so a slow stretch of the machine falls on every target alike.
  for (let index = 0; index < options.rounds && !abort.signal.aborted; index += 1) {
    if (options.rounds > 1) say(`round ${index + 1} of ${options.rounds}`);
    const outcomes: TargetOutcome[] = [];
    for (const name of options.targets) {
      if (abort.signal.aborted) break;
      outcomes.push(await measureTarget(name, options, abort.signal));
    }
    const bare = outcomes.find((outcome) => outcome.target === 'bare');
    rounds.push({ outcomes, verdicts: outcomes.map((outcome) => judge(outcome, bare)) });
  }
  if (rounds.length > 1) {
    rounds.forEach((round, index) => {
      process.stdout.write(`\nround ${index + 1}:\n${formatTable(round.outcomes, round.verdicts)}\n`);
    });
    process.stdout.write(`\nmedian of ${rounds.length} rounds:`);
  }
  const { outcomes, verdicts, ratios } = medianOfRounds(rounds);
  process.stdout.write(`\n${formatTable(outcomes, verdicts)}\n\n`);
  rounds.forEach((round, index) =>
    printDetails(round.outcomes, rounds.length > 1 ? `round ${index + 1}: ` : ''),
  );
  if (abort.signal.aborted) say('interrupted: the figures above are partial');
  const code = abort.signal.aborted ? 130 : exitCode(verdicts, options.enforceGoals);
  const { sessions, seconds, warmupSeconds } = options;
  const settings = { sessions, seconds, warmupSeconds, rounds: rounds.length };
  process.stdout.write(`${JSON.stringify(summaryObject(outcomes, verdicts, settings, ratios))}\n`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(
      error instanceof BenchUsageError ? `${error.message}\n${USAGE}` : `bench failed: ${messageOf(error)}`,
    );
    process.exit(2);
  },
);
