/**
 * The readable `bot eval` report: the rates, a confusion table of expected against done, and every
 * miss with the top candidates and their scores, so an editor sees which entry needs which phrasing.
 */
import type { BotEvalMetrics, EvalOutcome } from './eval-metrics';
import { isHit } from './eval-metrics';
import type { Expectation } from './eval-rows';

const RATES: readonly [keyof Omit<BotEvalMetrics, 'n'>, string][] = [
  ['answerAccuracy', 'answer accuracy'],
  ['fallbackRate', 'fallback rate'],
  ['urgentRecall', 'urgent recall'],
  ['humanRecall', 'human recall'],
  ['falseHandoffRate', 'false handoff rate'],
  ['clarifyRate', 'clarify rate (answer rows)'],
  ['offeredRate', 'offered, not answered'],
  ['falseUrgentRate', 'false urgent rate'],
];

const DONE = [
  'right answer',
  'wrong answer',
  'clarify',
  'fallback',
  'smalltalk',
  'urgent',
  'handoff',
] as const;
type Done = (typeof DONE)[number];

/** The whole report as lines. */
export function formatReport(metrics: BotEvalMetrics, outcomes: readonly EvalOutcome[]): string[] {
  const { n } = metrics;
  const lines = [
    `rows: ${outcomes.length} (answer ${n.answer}, fallback ${n.fallback}, urgent ${n.urgent}, human ${n.human})`,
    '',
    ...RATES.map(([key, label]) => `  ${label.padEnd(28)} ${formatRate(metrics[key])}`),
    '',
    ...confusion(outcomes),
  ];
  const misses = outcomes.filter((outcome) => !isHit(outcome));
  lines.push('', misses.length === 0 ? 'No misses.' : `Misses (${misses.length}):`);
  for (const miss of misses) lines.push(...describeMiss(miss));
  return lines;
}

/** `0.9512` or `n/a` for a rate without rows. */
export function formatRate(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4);
}

function confusion(outcomes: readonly EvalOutcome[]): string[] {
  const expectedKinds = ['answer', 'fallback', 'urgent', 'human'] as const;
  const header = `  ${'expected \\ done'.padEnd(16)}${DONE.map((d) => d.padStart(14)).join('')}`;
  const rows = expectedKinds.map((expected) => {
    const mine = outcomes.filter((o) => expectedLabel(o.row.expect) === expected);
    const cells = DONE.map((done) => String(mine.filter((o) => doneLabel(o) === done).length).padStart(14));
    return `  ${expected.padEnd(16)}${cells.join('')}`;
  });
  return [header, ...rows];
}

function expectedLabel(expect: Expectation): 'answer' | 'fallback' | 'urgent' | 'human' {
  return expect.kind === 'handoff' ? expect.reason : expect.kind;
}

function doneLabel(outcome: EvalOutcome): Done {
  if (outcome.kind === 'answer') {
    const expect = outcome.row.expect;
    return expect.kind === 'answer' && expect.entryId === outcome.entryId ? 'right answer' : 'wrong answer';
  }
  if (outcome.kind === 'handoff') return outcome.reason === 'urgent' ? 'urgent' : 'handoff';
  return outcome.kind;
}

function describeMiss(outcome: EvalOutcome): string[] {
  const { row } = outcome;
  const candidates = outcome.candidates
    .slice(0, 3)
    .map((c) => `${c.label} ${c.score.toFixed(3)}`)
    .join(', ');
  return [
    `  line ${row.line}: ${JSON.stringify(row.text)}`,
    `    expected ${expectationText(row.expect)}, got ${gotText(outcome)}`,
    `    candidates: ${candidates === '' ? '(none)' : candidates}`,
  ];
}

function expectationText(expect: Expectation): string {
  if (expect.kind === 'answer') return `answer:${expect.entryId}`;
  return expect.kind === 'handoff' ? `handoff:${expect.reason}` : 'fallback';
}

function gotText(outcome: EvalOutcome): string {
  const why = outcome.why === undefined ? '' : ` (${outcome.why})`;
  if (outcome.kind === 'answer') return `answer:${outcome.entryId ?? '?'}${why}`;
  if (outcome.kind === 'handoff') return `handoff:${outcome.reason ?? '?'}${why}`;
  return `${outcome.kind}${why}`;
}
