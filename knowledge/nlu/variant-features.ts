/**
 * How the features of a synonym variant of a query differ from the query's own, found without
 * featurizing the variant whole. A variant is the query with one phrase swapped, so past the
 * common prefix and suffix of the two normalized texts their character n-grams are the same:
 * only the n-grams of windows that reach into the changed middle are extracted, and a run of
 * words is segmented again only when it changed. The result is exactly what comparing the two
 * full bags gives, term for term and in the same order, so BM25 sums stay bit-identical.
 */
import { normalizeText, splitScriptRuns } from '../text-normalize';
import type { FeatureCounts, NluFeaturizer, TextAnalysis, WindowFilter } from './nlu-featurizer';

/** Terms one bag has and the other lacks, words (and bigrams, concepts) apart from n-grams. */
export interface TermsByKind {
  word: string[];
  char: string[];
}

/**
 * Terms of the query the variant lacks (in the query's bag order) and terms of the variant the
 * query lacks (in the variant's), or undefined when both texts have the same features.
 */
export interface FeatureDiff {
  removed: TermsByKind;
  added: TermsByKind;
}

/**
 * The difference between the features of `query` and of each of `variants` (texts made from
 * `query.lower` by swapping one phrase), as {@link NluFeaturizer.features} of each would give it.
 */
export function variantDiffs(
  featurizer: NluFeaturizer,
  query: TextAnalysis,
  variants: readonly string[],
): (FeatureDiff | undefined)[] {
  const texts = variants.map((variant) => featurizer.featureText(normalizeText(variant)));
  const runs = texts.map((text) => (text === query.normalized ? [] : splitScriptRuns(text)));
  const spans = runs.map((own) => changedRuns(query, own));
  // The changed runs of every variant are tokenized together (one segmenter call for them all).
  const tokens = featurizer.tokensOfRuns(runs.flatMap((own, v) => own.slice(spans[v]!.lead, spans[v]!.end)));
  let next = 0;
  return texts.map((text, v) => {
    if (text === query.normalized) return undefined;
    const { lead, end } = spans[v]!;
    const own = runs[v]!;
    const runTokens = [
      ...query.runTokens.slice(0, lead),
      ...tokens.slice(next, next + end - lead),
      ...query.runTokens.slice(query.runTokens.length - (own.length - end)),
    ];
    next += end - lead;
    return diffOf(featurizer, query, text, own, runTokens);
  });
}

/** {@link variantDiffs} of one variant, given its feature text, runs and their tokens. */
function diffOf(
  featurizer: NluFeaturizer,
  query: TextAnalysis,
  text: string,
  runs: readonly string[],
  runTokens: readonly (readonly string[])[],
): FeatureDiff {
  const word = featurizer.wordBag(runTokens, text);
  const shared = sharedEnds(query.normalized, text);
  const gramsBefore: FeatureCounts = new Map();
  featurizer.addCharGrams(query.runs, changedWindows(query.normalized, shared), gramsBefore);
  const gramsAfter: FeatureCounts = new Map();
  featurizer.addCharGrams(runs, changedWindows(text, shared), gramsAfter);
  const { bags } = query;
  return {
    removed: {
      word: keysMissing(bags.word, word),
      char: removedGrams(bags.char, gramsBefore, gramsAfter),
    },
    added: { word: keysMissing(word, bags.word), char: keysMissing(gramsAfter, bags.char) },
  };
}

/** Code units the two texts share at the start (`prefix`) and, apart from those, at the end. */
interface SharedEnds {
  prefix: number;
  suffix: number;
}

function sharedEnds(a: string, b: string): SharedEnds {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  // Never split a surrogate pair: its halves would read as other letters on either side.
  if (prefix > 0 && isHighSurrogate(a.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  if (suffix > 0 && isLowSurrogate(a.charCodeAt(a.length - suffix))) suffix -= 1;
  return { prefix, suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The windows of `text` that reach into its changed middle. */
function changedWindows(text: string, shared: SharedEnds): WindowFilter {
  return { prefix: shared.prefix, suffixFrom: text.length - shared.suffix };
}

/**
 * The variant's runs `[lead, end)` that differ from the query's: runs it shares with the query at
 * either end keep the query's tokens (a run's tokens depend on the run alone).
 */
function changedRuns(query: TextAnalysis, runs: readonly string[]): { lead: number; end: number } {
  const shorter = Math.min(runs.length, query.runs.length);
  let lead = 0;
  while (lead < shorter && runs[lead] === query.runs[lead]) lead += 1;
  let trail = 0;
  while (
    trail < shorter - lead &&
    runs[runs.length - 1 - trail] === query.runs[query.runs.length - 1 - trail]
  ) {
    trail += 1;
  }
  return { lead, end: runs.length - trail };
}

/** Keys of `a` that `b` lacks, in `a`'s order. */
function keysMissing(a: FeatureCounts, b: FeatureCounts): string[] {
  const out: string[] = [];
  for (const term of a.keys()) if (!b.has(term)) out.push(term);
  return out;
}

/**
 * N-grams of the query the variant lacks: an n-gram outside the changed windows is in both, so one
 * is gone when the changed windows held all of the query's count and none of the variant's. Every
 * such n-gram first occurs in a changed window, so the changed windows' order is the bag's order.
 */
function removedGrams(all: FeatureCounts, before: FeatureCounts, after: FeatureCounts): string[] {
  const out: string[] = [];
  for (const [term, count] of before) {
    if (after.has(term)) continue;
    if ((all.get(term) ?? 0) === count) out.push(term);
  }
  return out;
}
