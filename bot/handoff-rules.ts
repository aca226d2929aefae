/**
 * The two handoff triggers that depend on who asks and about what, rather than on the words alone
 * (DESIGN.md, "Handoff triggers"): a VIP customer gets a person on the first miss instead of the
 * second and is never queued below `high`; and the bot does not answer, offer, or guess around a
 * sensitive FAQ entry (tagged `sensitive` in the knowledge file) unless it is confident — a person
 * confirms it instead. Pure, so the rules are tested without a matcher.
 */
import type { KnowledgeEntry, MatchCandidate } from '../knowledge/index';
import type { Priority } from './types';

/** What the rules read. */
export interface HandoffRuleOptions {
  /** Customer tiers served as VIP (default `['vip']`). */
  vipTiers: readonly string[];
  /** The entry tag that marks a sensitive entry (default `sensitive`). */
  sensitiveTag: string;
  /** Scores at or above this are confident enough to answer a sensitive entry. */
  confidentThreshold: number;
  /** Below this, the top candidate is not taken to be about the entry at all. */
  clarifyThreshold: number;
}

const RANK: Record<Priority, number> = { normal: 0, high: 1, urgent: 2 };

/** Whether the customer's tier is served as VIP. */
export function isVip(tier: string, options: Pick<HandoffRuleOptions, 'vipTiers'>): boolean {
  return options.vipTiers.includes(tier);
}

/** A VIP's handoff is queued at least `high`; others keep the priority the rule gave. */
export function priorityFor(priority: Priority, vip: boolean): Priority {
  return vip && RANK[priority] < RANK.high ? 'high' : priority;
}

/**
 * The sensitive entry the bot is unsure about, if any: the top candidate is tagged sensitive and
 * scores at least `clarifyThreshold` (it is plausibly the question) but below `confidentThreshold`.
 * Returns a signal naming the entry and the score, for the decision's `signals`.
 */
export function unsureSensitive(
  candidates: readonly MatchCandidate[],
  entries: ReadonlyMap<string, KnowledgeEntry>,
  options: HandoffRuleOptions,
): string | undefined {
  const top = candidates[0];
  if (top === undefined) return undefined;
  if (top.score < options.clarifyThreshold || top.score >= options.confidentThreshold) return undefined;
  const entry = entries.get(top.label);
  if (entry?.tags.includes(options.sensitiveTag) !== true) return undefined;
  return `sensitive ${entry.id} at ${top.score.toFixed(3)} < ${options.confidentThreshold}`;
}
