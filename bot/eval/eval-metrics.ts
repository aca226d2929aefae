/**
 * The arithmetic of `switchboard bot eval`: what each row's first-turn decision counts as, and the
 * rates over all rows. Pure, so the figures can be checked by hand on a tiny fixture.
 */
import type { MatchCandidate } from '../../knowledge/index';
import type { DecisionKind, HandoffReason } from '../types';
import type { EvalRow } from './eval-rows';

/** What the bot did with one row (first turn, fresh state). */
export interface EvalOutcome {
  row: EvalRow;
  kind: DecisionKind;
  entryId?: string;
  reason?: HandoffReason;
  /** The policy's own account of the decision (detector cues, thresholds). */
  why?: string;
  candidates: MatchCandidate[];
  /** Entry ids offered to pick from (a clarifying question's options, a fallback's suggestions). */
  offered?: string[];
}

/** Row counts per expectation. */
export interface EvalCounts {
  answer: number;
  fallback: number;
  urgent: number;
  human: number;
}

/**
 * The `--json` object (a DESIGN.md contract). A rate is `null` when no row of its kind exists,
 * rather than a made-up 0 or 1.
 */
export interface BotEvalMetrics {
  /** Answer rows answered with the expected entry on the first turn. */
  answerAccuracy: number | null;
  /** Fallback rows not answered with any entry. */
  fallbackRate: number | null;
  /** Urgent rows handed off as urgent. */
  urgentRecall: number | null;
  /** Human-request rows handed off (for any reason). */
  humanRecall: number | null;
  /** Answer rows handed off. */
  falseHandoffRate: number | null;
  /** Answer rows met with a clarifying question instead of an answer. */
  clarifyRate: number | null;
  /**
   * Answer rows not answered but offered the expected entry to pick (in a clarifying question or
   * among a fallback's suggestions): one tap from the answer.
   */
  offeredRate: number | null;
  /** Rows not expected to be urgent but handed off as urgent. */
  falseUrgentRate: number | null;
  n: EvalCounts;
}

/** True when the outcome is what the row expects (the test each metric counts). */
export function isHit(outcome: EvalOutcome): boolean {
  const expect = outcome.row.expect;
  switch (expect.kind) {
    case 'answer':
      return outcome.kind === 'answer' && outcome.entryId === expect.entryId;
    case 'fallback':
      return outcome.kind !== 'answer';
    case 'handoff':
      return expect.reason === 'urgent'
        ? outcome.kind === 'handoff' && outcome.reason === 'urgent'
        : outcome.kind === 'handoff';
  }
}

/** Counts and rates over `outcomes`. */
export function computeMetrics(outcomes: readonly EvalOutcome[]): BotEvalMetrics {
  const answers = outcomes.filter((o) => o.row.expect.kind === 'answer');
  const fallbacks = outcomes.filter((o) => o.row.expect.kind === 'fallback');
  const urgent = outcomes.filter((o) => expectsHandoff(o, 'urgent'));
  const human = outcomes.filter((o) => expectsHandoff(o, 'human'));
  const notUrgent = outcomes.filter((o) => !expectsHandoff(o, 'urgent'));
  return {
    answerAccuracy: rate(answers, isHit),
    fallbackRate: rate(fallbacks, isHit),
    urgentRecall: rate(urgent, isHit),
    humanRecall: rate(human, isHit),
    falseHandoffRate: rate(answers, (o) => o.kind === 'handoff'),
    clarifyRate: rate(answers, (o) => o.kind === 'clarify'),
    offeredRate: rate(answers, isOffered),
    falseUrgentRate: rate(notUrgent, (o) => o.kind === 'handoff' && o.reason === 'urgent'),
    n: { answer: answers.length, fallback: fallbacks.length, urgent: urgent.length, human: human.length },
  };
}

function isOffered(outcome: EvalOutcome): boolean {
  const expect = outcome.row.expect;
  return (
    outcome.kind !== 'answer' &&
    expect.kind === 'answer' &&
    outcome.offered?.includes(expect.entryId) === true
  );
}

function expectsHandoff(outcome: EvalOutcome, reason: 'urgent' | 'human'): boolean {
  return outcome.row.expect.kind === 'handoff' && outcome.row.expect.reason === reason;
}

function rate(outcomes: readonly EvalOutcome[], counts: (outcome: EvalOutcome) => boolean): number | null {
  if (outcomes.length === 0) return null;
  const value = outcomes.filter(counts).length / outcomes.length;
  return Math.round(value * 10_000) / 10_000;
}
