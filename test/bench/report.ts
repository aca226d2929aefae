/**
 * Turning measurements into verdicts and text: the goals from the issue, the table, and the final
 * JSON line. Pure functions of the results.
 */
import type { LoadResult } from './load';
import type { TargetName } from './options';

/** What one target's run produced: a load result, or the reason there is none. */
export interface TargetOutcome {
  target: TargetName;
  load?: LoadResult;
  /** Why the target could not be measured (e.g. the server did not start). */
  failure?: string;
  /** How the server process ended when stopped. */
  stopped?: string;
  /** Lines the server logged during the run (at LOG_LEVEL=warn a healthy server logs ~none). */
  serverLogLines?: number;
  /** The last lines of the server's output, kept when something went wrong. */
  serverTail?: string;
  /**
   * Server CPU time per successful request, ms. Unlike req/s it hardly depends on what else the
   * machine is doing, so it is the figure to compare across runs on a shared machine.
   */
  serverCpuMsPerRequest?: number;
  /**
   * The server's main thread (its event loop) alone, ms per successful request: what the gateway
   * itself costs, apart from the match worker thread and the garbage collector's helper threads.
   */
  serverMainThreadCpuMsPerRequest?: number;
  /** CPU time of the load generator per successful request, ms: shows when bare is generator-bound. */
  generatorCpuMsPerRequest?: number;
  /** CPU time of the PostgreSQL backends per successful request, ms (PostgreSQL target only). */
  databaseCpuMsPerRequest?: number;
  /** Share (0..1) of the machine's CPU that other processes used during the run, when known. */
  foreignCpu?: number;
  /** Set when the server process exited by itself during the load. */
  crashed?: string;
}

/** A performance goal for a real target, relative to bare Fastify in the same run. */
export interface Goal {
  /** Minimum req/s as a fraction of bare's req/s. */
  minRatio: number;
  /** Maximum p99 latency, ms, when set. */
  maxP99Ms?: number;
}

/** The goals of the issue: SQLite ≥ 25 % of bare with p99 < 50 ms; PostgreSQL ≥ 10 % of bare. */
export const GOALS: Readonly<Partial<Record<TargetName, Goal>>> = {
  sqlite: { minRatio: 0.25, maxP99Ms: 50 },
  postgres: { minRatio: 0.1 },
};

/** The verdict on one target. */
export interface Verdict {
  target: TargetName;
  /** req/s divided by bare's req/s, when both were measured. */
  ratio: number | undefined;
  goal: string;
  /** Errors and non-2xx answers: always fatal. */
  broken: string[];
  /** Goals missed: fatal unless goals are not enforced. */
  missed: string[];
}

function describeGoal(goal: Goal | undefined): string {
  if (!goal) return 'baseline';
  const ratio = `≥${Math.round(goal.minRatio * 100)}% bare`;
  return goal.maxP99Ms === undefined ? ratio : `${ratio}, p99<${goal.maxP99Ms}ms`;
}

function brokenReasons(outcome: TargetOutcome): string[] {
  const load = outcome.load;
  if (outcome.failure !== undefined || !load) return ['not measured'];
  const reasons: string[] = [];
  if (outcome.crashed !== undefined) reasons.push(`server exited: ${outcome.crashed}`);
  const non2xx = Object.values(load.non2xx).reduce((sum, n) => sum + n, 0);
  if (non2xx > 0) reasons.push(`${non2xx} non-2xx`);
  if (load.errors > 0) reasons.push(`${load.errors} errors`);
  if (load.summary.requests === 0) reasons.push('no request completed');
  return reasons;
}

/** Judges `outcome` against its goal, using `bare` for the ratio. */
export function judge(outcome: TargetOutcome, bare: TargetOutcome | undefined): Verdict {
  const goal = GOALS[outcome.target];
  const perSecond = outcome.load?.summary.perSecond;
  const barePerSecond = bare?.load?.summary.perSecond;
  const ratio =
    perSecond !== undefined && barePerSecond !== undefined && barePerSecond > 0
      ? perSecond / barePerSecond
      : undefined;
  const missed: string[] = [];
  if (goal && ratio !== undefined && ratio < goal.minRatio) {
    missed.push(`ratio ${formatPercent(ratio)} < ${formatPercent(goal.minRatio)}`);
  }
  const p99 = outcome.load?.summary.p99;
  if (goal?.maxP99Ms !== undefined && p99 !== undefined && !(p99 < goal.maxP99Ms)) {
    missed.push(`p99 ${p99.toFixed(1)} ms ≥ ${goal.maxP99Ms} ms`);
  }
  if (goal && ratio === undefined && outcome.failure === undefined) missed.push('no bare figure to compare');
  return { target: outcome.target, ratio, goal: describeGoal(goal), broken: brokenReasons(outcome), missed };
}

/** One round of a run: every target measured once, bare first, each judged against that round's bare. */
export interface Round {
  outcomes: TargetOutcome[];
  verdicts: Verdict[];
}

/** What a run reports after several rounds: per target, its median round, and every round's ratio. */
export interface RoundsSummary {
  outcomes: TargetOutcome[];
  verdicts: Verdict[];
  /** Per target, its ratio to bare in each round, in run order (null where a round has none: not measured, or no bare). */
  ratios: Partial<Record<TargetName, (number | null)[]>>;
}

/**
 * The figures of several rounds, one row per target: the round whose ratio to its own round's
 * bare is the median (with an even count, the lower of the two middle ones), its figures and its
 * verdict; for bare, the round with the median req/s. On a shared machine a single round's ratio
 * moves by a fifth either way; alternating the targets and taking the median keeps one slow or
 * lucky stretch from deciding. A target broken in any round (errors, non-2xx, a crash) is broken.
 */
export function medianOfRounds(rounds: readonly Round[]): RoundsSummary {
  const summary: RoundsSummary = { outcomes: [], verdicts: [], ratios: {} };
  for (const { target } of rounds[0]?.outcomes ?? []) {
    const runs = rounds.flatMap((round, index) => {
      const at = round.outcomes.findIndex((outcome) => outcome.target === target);
      const outcome = round.outcomes[at];
      const verdict = round.verdicts[at];
      return outcome && verdict ? [{ outcome, verdict, round: index + 1 }] : [];
    });
    const key = (run: (typeof runs)[number]): number =>
      (target === 'bare' ? run.outcome.load?.summary.perSecond : run.verdict.ratio) ?? -Infinity;
    const sorted = [...runs].sort((a, b) => key(a) - key(b));
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    if (median === undefined) continue;
    const broken = runs.flatMap((run) =>
      run.verdict.broken.map((reason) => (runs.length > 1 ? `round ${run.round}: ${reason}` : reason)),
    );
    summary.outcomes.push(median.outcome);
    summary.verdicts.push({ ...median.verdict, broken });
    summary.ratios[target] = runs.map((run) => run.verdict.ratio ?? null);
  }
  return summary;
}

function formatPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

function formatMs(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '-' : ms.toFixed(2);
}

function verdictText(verdict: Verdict): string {
  if (verdict.broken.length > 0) return `FAIL (${verdict.broken.join(', ')})`;
  if (verdict.missed.length > 0) return `FAIL (${verdict.missed.join(', ')})`;
  return verdict.goal === 'baseline' ? '-' : 'pass';
}

/** The human-readable table, one row per target, columns aligned. */
export function formatTable(outcomes: readonly TargetOutcome[], verdicts: readonly Verdict[]): string {
  const header = [
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'p99.9 ms',
    'max ms',
    'ratio vs bare',
    'goal',
    'pass/fail',
    'server CPU ms/req',
    'event loop CPU ms/req',
    'db CPU ms/req',
    'CPU used by others',
  ];
  const rows = outcomes.map((outcome, i) => {
    const summary = outcome.load?.summary;
    const verdict = verdicts[i];
    return [
      outcome.target,
      summary ? summary.perSecond.toFixed(0) : '-',
      formatMs(summary?.p50),
      formatMs(summary?.p99),
      formatMs(summary?.p999),
      formatMs(summary?.max),
      verdict?.ratio === undefined ? '-' : formatPercent(verdict.ratio),
      verdict?.goal ?? '-',
      verdict ? verdictText(verdict) : '-',
      formatMs(outcome.serverCpuMsPerRequest),
      formatMs(outcome.serverMainThreadCpuMsPerRequest),
      formatMs(outcome.databaseCpuMsPerRequest),
      outcome.foreignCpu === undefined ? '-' : formatPercent(outcome.foreignCpu),
    ];
  });
  const widths = header.map((title, col) =>
    Math.max(title.length, ...rows.map((row) => (row[col] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Rounds for the JSON line (to 0.01 by default), so the line stays readable; null when not a number. */
function round(value: number, digits = 2): number | null {
  const scale = 10 ** digits;
  return Number.isFinite(value) ? Math.round(value * scale) / scale : null;
}

/** The machine-readable summary: one object with every figure, printed as the last stdout line. */
export function summaryObject(
  outcomes: readonly TargetOutcome[],
  verdicts: readonly Verdict[],
  settings: { sessions: number; seconds: number; warmupSeconds: number; rounds?: number },
  ratios: RoundsSummary['ratios'] = {},
): Record<string, unknown> {
  const targets: Record<string, unknown> = {};
  outcomes.forEach((outcome, i) => {
    const summary = outcome.load?.summary;
    const verdict = verdicts[i];
    targets[outcome.target] = {
      requests: summary?.requests ?? 0,
      reqPerSec: summary ? round(summary.perSecond) : null,
      p50Ms: summary ? round(summary.p50) : null,
      p99Ms: summary ? round(summary.p99) : null,
      p999Ms: summary ? round(summary.p999) : null,
      maxMs: summary ? round(summary.max) : null,
      meanMs: summary ? round(summary.mean) : null,
      ratioVsBare: verdict?.ratio === undefined ? null : round(verdict.ratio, 4),
      ratioByRound: (ratios[outcome.target] ?? []).map((ratio) => (ratio === null ? null : round(ratio, 4))),
      non2xx: outcome.load?.non2xx ?? {},
      errors: outcome.load?.errors ?? 0,
      emptyReplies: outcome.load?.emptyReplies ?? 0,
      serverLogLines: outcome.serverLogLines ?? null,
      generatorCpuMsPerReq:
        outcome.generatorCpuMsPerRequest === undefined ? null : round(outcome.generatorCpuMsPerRequest, 3),
      serverCpuMsPerReq:
        outcome.serverCpuMsPerRequest === undefined ? null : round(outcome.serverCpuMsPerRequest, 3),
      serverMainThreadCpuMsPerReq:
        outcome.serverMainThreadCpuMsPerRequest === undefined
          ? null
          : round(outcome.serverMainThreadCpuMsPerRequest, 3),
      databaseCpuMsPerReq:
        outcome.databaseCpuMsPerRequest === undefined ? null : round(outcome.databaseCpuMsPerRequest, 3),
      foreignCpuShare: outcome.foreignCpu === undefined ? null : round(outcome.foreignCpu, 3),
      // The first line says what failed; the server output that follows is in the stderr report.
      failure: outcome.failure?.split('\n')[0] ?? null,
      goal: verdict?.goal ?? null,
      pass: verdict ? verdict.broken.length === 0 && verdict.missed.length === 0 : false,
    };
  });
  return { bench: 'webchat-pipeline', ...settings, targets };
}
