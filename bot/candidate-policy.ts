/**
 * What to do with the matcher's ranked candidates once no handoff rule fired: answer the top
 * entry, ask which of a few close entries was meant, or ask the customer to rephrase. Pure, so
 * the thresholds can be tuned on evaluation rows without building a bot per setting.
 */
import type { MatchCandidate } from '../knowledge/index';

/** The thresholds the choice depends on (see {@link FaqBotOptions} for their meaning). */
export interface CandidateThresholds {
  answerThreshold: number;
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
 * Answers when the top score clears `answerThreshold` and no runner-up is within `clarifyMargin`
 * (relative) of it; clarifies when two or more candidates above `clarifyThreshold` are that close,
 * or when the top is below the answer threshold but several candidates share the evidence;
 * otherwise falls back.
 */
export function chooseFromCandidates(
  candidates: readonly MatchCandidate[],
  thresholds: CandidateThresholds,
): CandidateChoice {
  const { answerThreshold, clarifyThreshold, clarifyMargin, maxOptions } = thresholds;
  const top = candidates[0];
  if (top === undefined) return { kind: 'fallback', rule: 'no-candidate' };
  const close = candidates
    .filter((c) => c.score >= clarifyThreshold && c.score > top.score * (1 - clarifyMargin))
    .slice(0, maxOptions);
  if (top.score >= answerThreshold && close.length <= 1) {
    return { kind: 'answer', label: top.label, rule: `top ${top.score.toFixed(3)} >= ${answerThreshold}` };
  }
  if (close.length >= 2) {
    return {
      kind: 'clarify',
      labels: close.map((c) => c.label),
      rule: `${close.length} within ${clarifyMargin}`,
    };
  }
  return { kind: 'fallback', rule: `top ${top.score.toFixed(3)} < ${answerThreshold}` };
}
