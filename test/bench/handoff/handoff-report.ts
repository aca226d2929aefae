/**
 * Verdicts and text for `npm run bench:handoff`: the goal of issue 4 (customer message → agent
 * event p99 ≤ 200 ms at 50 cases/s over 1,000 cases, on both backends), the table and the JSON line.
 * Pure functions of the results.
 */
import type { CpuFigures } from '../cpu-window';
import type { CaseLoadResult } from './case-load';
import type { HandoffBackend } from './handoff-options';

/** The goal for the paced phase. */
export const HANDOFF_GOAL = { maxP99Ms: 200, rate: 50, cases: 1000 } as const;

/** Below this share of the requested rate, the paced phase did not really run at that rate. */
const MIN_RATE_SHARE = 0.9;

/** One backend's run: both phases, or the reason there are none. */
export interface BackendOutcome {
  backend: HandoffBackend;
  /** The requested rate of the paced phase. */
  rate: number;
  paced?: CaseLoadResult;
  burst?: CaseLoadResult;
  /** CPU over the paced phase: server, database backends, and everything else on the machine. */
  cpu?: CpuFigures;
  failure?: string;
  /** Set when the server exited during the run. */
  crashed?: string;
  serverTail?: string;
}

/** The verdict on one backend. */
export interface HandoffVerdict {
  backend: HandoffBackend;
  /** Errors, non-2xx, lost frames: always fatal. */
  broken: string[];
  /** The latency goal or the requested rate missed: fatal unless goals are not enforced. */
  missed: string[];
  /** Whether the run was as large and fast as the goal's (otherwise the goal is checked, but say so). */
  fullSize: boolean;
}

function brokenBy(label: string, result: CaseLoadResult | undefined): string[] {
  if (!result) return [];
  const reasons: string[] = [];
  const non2xx = Object.values(result.non2xx).reduce((sum, n) => sum + n, 0);
  if (non2xx > 0) reasons.push(`${label}: ${non2xx} non-2xx`);
  if (result.errors > 0) reasons.push(`${label}: ${result.errors} errors`);
  if (result.opened < result.accepted)
    reasons.push(`${label}: ${result.accepted - result.opened} cases never announced`);
  if (result.notUrgent > 0) reasons.push(`${label}: ${result.notUrgent} cases not urgent`);
  return reasons;
}

/** Judges one backend against the goal. */
export function judgeBackend(outcome: BackendOutcome): HandoffVerdict {
  const broken: string[] = [];
  if (outcome.failure !== undefined) broken.push('not measured');
  if (outcome.crashed !== undefined) broken.push(`server exited: ${outcome.crashed}`);
  broken.push(...brokenBy('paced', outcome.paced), ...brokenBy('unthrottled', outcome.burst));
  const missed: string[] = [];
  const paced = outcome.paced;
  if (paced && !(paced.p99 <= HANDOFF_GOAL.maxP99Ms)) {
    missed.push(`p99 ${paced.p99.toFixed(1)} ms > ${HANDOFF_GOAL.maxP99Ms} ms`);
  }
  if (paced && paced.perSecond < outcome.rate * MIN_RATE_SHARE) {
    missed.push(`${paced.perSecond.toFixed(1)} cases/s < ${outcome.rate} requested`);
  }
  const fullSize =
    paced !== undefined && paced.cases >= HANDOFF_GOAL.cases && outcome.rate >= HANDOFF_GOAL.rate;
  return { backend: outcome.backend, broken, missed, fullSize };
}

const BACKEND_NAMES: Record<HandoffBackend, string> = {
  sqlite: 'SQLite + in-process timers',
  postgres: 'PostgreSQL + Redis (BullMQ)',
};

function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '-' : value.toFixed(1);
}

/** Server and database CPU per paced case, and the share of the machine other processes used. */
function cpuCells(outcome: BackendOutcome): string[] {
  const cases = outcome.paced?.opened ?? 0;
  const perCase = (value: number | undefined) =>
    value === undefined || cases === 0 ? '-' : (value / cases).toFixed(2);
  const others = outcome.cpu?.foreignShare;
  return [
    perCase(outcome.cpu?.serverMs),
    perCase(outcome.cpu?.databaseMs),
    others === undefined ? '-' : `${(others * 100).toFixed(0)}%`,
  ];
}

function verdictText(verdict: HandoffVerdict): string {
  const problems = [...verdict.broken, ...verdict.missed];
  if (problems.length > 0) return `FAIL (${problems.join(', ')})`;
  return verdict.fullSize ? 'pass' : 'pass (smaller run than the goal)';
}

/** The human-readable table: one row per backend and phase, columns aligned. */
export function formatHandoffTable(
  outcomes: readonly BackendOutcome[],
  verdicts: readonly HandoffVerdict[],
): string {
  const header = [
    'backend',
    'phase',
    'cases',
    'cases/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'goal p99 ≤ 200 ms',
    'server CPU ms/case',
    'db CPU ms/case',
    'CPU used by others',
  ];
  const rows: string[][] = [];
  outcomes.forEach((outcome, i) => {
    const name = BACKEND_NAMES[outcome.backend];
    const phases: [string, CaseLoadResult | undefined][] = [
      [`${outcome.rate}/s paced`, outcome.paced],
      ['unthrottled', outcome.burst],
    ];
    for (const [phase, result] of phases) {
      if (!result && phase === 'unthrottled') continue;
      rows.push([
        name,
        phase,
        result ? `${result.opened}/${result.cases}` : '-',
        result ? result.perSecond.toFixed(1) : '-',
        ms(result?.p50),
        ms(result?.p95),
        ms(result?.p99),
        ms(result?.max),
        phase === 'unthrottled' ? '-' : verdicts[i] ? verdictText(verdicts[i]) : '-',
        ...(phase === 'unthrottled' ? ['-', '-', '-'] : cpuCells(outcome)),
      ]);
    }
  });
  const widths = header.map((title, col) =>
    Math.max(title.length, ...rows.map((row) => (row[col] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

function round(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

function phaseJson(result: CaseLoadResult | undefined): Record<string, unknown> | null {
  if (!result) return null;
  return {
    cases: result.cases,
    accepted: result.accepted,
    opened: result.opened,
    casesPerSec: round(result.perSecond),
    p50Ms: round(result.p50),
    p95Ms: round(result.p95),
    p99Ms: round(result.p99),
    maxMs: round(result.max),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function perCaseJson(ms: number | undefined, paced: CaseLoadResult | undefined): number | null {
  return ms === undefined || !paced || paced.opened === 0 ? null : round(ms / paced.opened);
}

/** The machine-readable summary, printed as the last stdout line. */
export function handoffSummary(
  outcomes: readonly BackendOutcome[],
  verdicts: readonly HandoffVerdict[],
): Record<string, unknown> {
  const backends: Record<string, unknown> = {};
  outcomes.forEach((outcome, i) => {
    const verdict = verdicts[i];
    backends[outcome.backend] = {
      rate: outcome.rate,
      paced: phaseJson(outcome.paced),
      unthrottled: phaseJson(outcome.burst),
      serverCpuMsPerCase: perCaseJson(outcome.cpu?.serverMs, outcome.paced),
      databaseCpuMsPerCase: perCaseJson(outcome.cpu?.databaseMs, outcome.paced),
      foreignCpuShare: outcome.cpu?.foreignShare === undefined ? null : round(outcome.cpu.foreignShare),
      failure: outcome.failure?.split('\n')[0] ?? null,
      pass: verdict ? verdict.broken.length === 0 && verdict.missed.length === 0 : false,
    };
  });
  return { bench: 'handoff', goal: HANDOFF_GOAL, backends };
}
