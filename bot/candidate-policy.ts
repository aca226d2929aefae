/**
 * What to do with the matcher's ranked candidates once no handoff rule fired: answer the top
 * entry, ask which of a few close entries was meant, or ask the customer to rephrase. Pure, so
 * the thresholds can be tuned on evaluation rows without building a bot per setting.
 *
 * Scores are calibrated probabilities: a top at or above `confidentThreshold` is answered even
 * when a runner-up is near, since the matcher has already weighed the two; below it, runners-up
 * that hold a real share of the evidence (within `clarifyMargin` of the top) make the question
 * ambiguous, and the customer is asked which was meant.
 */
import type { MatchCandidate } from '../knowledge/index';

/** The thresholds the choice depends on (see {@link FaqBotOptions} for their meaning). */
export interface CandidateThresholds {
  answerThreshold: number;
  answerConfidenceThreshold: number;
  ungatedAnswerThreshold: number;
  confidentThreshold: number;
  clarifyThreshold: number;
  clarifyMargin: number;
  maxOptions: number;
}

/** The choice, with the rule that made it (recorded in the decision's `signals`). */
export type CandidateChoice =
  | { kind: 'answer'; label: string; rule: string }
  | { kind: 'clarify'; labels: string[]; rule: string }
  | { kind: 'fallback'; rule: string };

/**
 * Answers a top at or above `confidentThreshold`; below it, clarifies when two or more candidates
 * score at least `clarifyThreshold` and within `clarifyMargin` (relative) of the top, else answers
 * a top the matcher judges right at `answerConfidenceThreshold` or above (when it judges, see
 * `MatchCandidate.answerConfidence`, and the top scores under `ungatedAnswerThreshold`), or else one
 * scoring `answerThreshold` or above; otherwise falls back.
 */
export function chooseFromCandidates(
  candidates: readonly MatchCandidate[],
  thresholds: CandidateThresholds,
): CandidateChoice {
  const {
    answerThreshold,
    answerConfidenceThreshold,
    ungatedAnswerThreshold,
    confidentThreshold,
    clarifyThreshold,
    clarifyMargin,
    maxOptions,
  } = thresholds;
  const top = candidates[0];
  if (top === undefined) return { kind: 'fallback', rule: 'no-candidate' };
  if (top.score >= Math.max(confidentThreshold, answerThreshold)) {
    const rule = `top ${top.score.toFixed(3)} >= ${Math.max(confidentThreshold, answerThreshold)}`;
    return { kind: 'answer', label: top.label, rule };
  }
  const close = candidates
    .filter((c) => c.score >= clarifyThreshold && c.score >= top.score * (1 - clarifyMargin))
    .slice(0, maxOptions);
  if (close.length >= 2) {
    return {
      kind: 'clarify',
      labels: close.map((c) => c.label),
      rule: `${close.length} within ${clarifyMargin} below ${confidentThreshold}`,
    };
  }
  if (top.answerConfidence !== undefined && top.score < ungatedAnswerThreshold) {
    const { answerConfidence } = top;
    const gate = `answer confidence ${answerConfidence.toFixed(3)}`;
    return answerConfidence >= answerConfidenceThreshold
      ? { kind: 'answer', label: top.label, rule: `${gate} >= ${answerConfidenceThreshold}` }
      : { kind: 'fallback', rule: `${gate} < ${answerConfidenceThreshold}` };
  }
  if (top.score >= answerThreshold) {
    return { kind: 'answer', label: top.label, rule: `top ${top.score.toFixed(3)} >= ${answerThreshold}` };
  }
  return { kind: 'fallback', rule: `top ${top.score.toFixed(3)} < ${answerThreshold}` };
}
