/**
 * Concept features: each synonym group of the service lexicon found in a text adds one feature
 * naming the group, so 碎了 and 破损, or "postage" and "shipping", meet in one column however the
 * entry's editor happened to phrase the question. The model and the BM25 member see the concept
 * of a customer's words directly, instead of scoring rewritten copies of the query.
 */
import { compiledGroups } from './augment';

/** Feature prefix of concept features (they live in the word bag). */
export const CONCEPT_PREFIX = 's:';

/**
 * The index of every group with a member in `normalized` (text already through `normalizeText`),
 * in lexicon order.
 */
export function conceptsOf(normalized: string, groups: readonly (readonly string[])[]): number[] {
  const found: number[] = [];
  compiledGroups(groups).forEach((group, index) => {
    if (group.some((member) => member.find(normalized) >= 0)) found.push(index);
  });
  return found;
}
