/**
 * How the features of a synonym variant of a query differ from the query's own, found without
 * featurizing the variant whole. A variant is the query with one phrase swapped, so past the
 * common prefix and suffix of the two normalized texts their character n-grams are the same:
 * only the n-grams of windows that reach into the changed middle are extracted, and a run of
 * words is segmented again only when it changed. The result is exactly what comparing the two
 * full bags gives, term for term and in the same order, so BM25 sums stay bit-identical.
 */
import { normalizeText } from '../text-normalize';
import { CONCEPT_PREFIX } from './service-concepts';
import type {
  FeatureBags,
  FeatureCounts,
  NluFeaturizer,
  ReadText,
  TextAnalysis,
  WindowFilter,
} from './nlu-featurizer';

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

/** A query's features with, for each of its synonym variants, how the variant's features differ. */
export interface QueryWithVariants {
  bags: FeatureBags;
  /** Per variant, in order; undefined for a variant with the query's own features. */
  variants: (FeatureDiff | undefined)[];
}

/**
 * `text` analyzed as {@link NluFeaturizer.analyze} does, with the difference between its features
 * and those of each variant `swapsOf` makes from it (through `normalizeText`), as
 * {@link NluFeaturizer.features} of each would give it.
 */
export function analyzeWithVariants(
  featurizer: NluFeaturizer,
  text: string,
  swapsOf: (lower: string) => readonly string[],
): QueryWithVariants {
  const read = featurizer.read(normalizeText(text));
  const variants = swapsOf(read.lower).map((variant) => featurizer.read(normalizeText(variant)));
  const spans = variants.map((variant) => changedRuns(read.runs, variant));
  // The query's runs and the changed runs of every variant go through one segmenter call.
  const tokens = featurizer.tokensOfRuns([
    ...read.runs,
    ...variants.flatMap((variant, v) => variant.runs.slice(spans[v]!.lead, spans[v]!.end)),
  ]);
  const query = featurizer.complete(read, tokens.slice(0, read.runs.length));
  // The query's concept features are the last of its word bag (see NluFeaturizer.wordBag).
  const concepts = [...query.bags.word.keys()].filter((term) => term.startsWith(CONCEPT_PREFIX));
  const before = { tokens: query.runTokens.flat(), concepts };
  let next = read.runs.length;
  const diffs = variants.map((variant, v) => {
    // The same text changed no run (lead === end), so `next` needs no step past it.
    if (variant.normalized === query.normalized) return undefined;
    const { lead, end } = spans[v]!;
    const variantTokens = [
      ...query.runTokens.slice(0, lead),
      ...tokens.slice(next, next + end - lead),
      ...query.runTokens.slice(query.runTokens.length - (variant.runs.length - end)),
    ].flat();
    next += end - lead;
    return diffOf(featurizer, query, before, variant, variantTokens);
  });
  return { bags: query.bags, variants: diffs };
}

/** The query's word tokens and concept features, which every variant's diff reads. */
interface QueryWords {
  tokens: readonly string[];
  concepts: readonly string[];
}

/** The {@link FeatureDiff} of one variant, given its tokens. */
function diffOf(
  featurizer: NluFeaturizer,
  query: TextAnalysis,
  before: QueryWords,
  variant: ReadText,
  tokens: readonly string[],
): FeatureDiff {
  const { bags } = query;
  const shared = sharedTextEnds(query.normalized, variant.normalized);
  const gramsBefore: FeatureCounts = new Map();
  featurizer.addCharGrams(query.runs, changedWindows(query.normalized.length, shared), gramsBefore);
  const gramsAfter: FeatureCounts = new Map();
  featurizer.addCharGrams(variant.runs, changedWindows(variant.normalized.length, shared), gramsAfter);
  const sharedTokens = sharedTokenEnds(before.tokens, tokens);
  const wordsBefore: FeatureCounts = new Map();
  featurizer.addWordTerms(before.tokens, changedWindows(before.tokens.length, sharedTokens), wordsBefore);
  const wordsAfter: FeatureCounts = new Map();
  featurizer.addWordTerms(tokens, changedWindows(tokens.length, sharedTokens), wordsAfter);
  const concepts = featurizer.conceptTerms(variant.normalized);
  return {
    removed: {
      word: [...removedTerms(bags.word, wordsBefore, wordsAfter), ...absent(before.concepts, concepts)],
      char: removedTerms(bags.char, gramsBefore, gramsAfter),
    },
    added: {
      word: [...keysMissing(wordsAfter, bags.word), ...absent(concepts, before.concepts)],
      char: keysMissing(gramsAfter, bags.char),
    },
  };
}

/** Code units (or tokens) two texts share at the start (`prefix`) and, apart from those, at the end. */
interface SharedEnds {
  prefix: number;
  suffix: number;
}

function sharedTextEnds(a: string, b: string): SharedEnds {
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

/** Tokens the two lists share at the start and, apart from those, at the end. */
function sharedTokenEnds(a: readonly string[], b: readonly string[]): SharedEnds {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix += 1;
  return { prefix, suffix };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The windows of a text (or token list) of `length` that reach into its changed middle. */
function changedWindows(length: number, shared: SharedEnds): WindowFilter {
  return { prefix: shared.prefix, suffixFrom: length - shared.suffix };
}

/**
 * The variant's runs `[lead, end)` that differ from the query's: runs it shares with the query at
 * either end keep the query's tokens (a run's tokens depend on the run alone).
 */
function changedRuns(queryRuns: readonly string[], variant: ReadText): { lead: number; end: number } {
  const { prefix, suffix } = sharedTokenEnds(queryRuns, variant.runs);
  return { lead: prefix, end: variant.runs.length - suffix };
}

/** Keys of `a` that `b` lacks, in `a`'s order. */
function keysMissing(a: FeatureCounts, b: FeatureCounts): string[] {
  const out: string[] = [];
  for (const term of a.keys()) if (!b.has(term)) out.push(term);
  return out;
}

/**
 * Terms of the query the variant lacks: a term outside the changed windows is in both, so one is
 * gone when the changed windows held all of the query's count and none of the variant's. Every
 * such term first occurs in a changed window, so the changed windows' order is the bag's order.
 */
function removedTerms(all: FeatureCounts, before: FeatureCounts, after: FeatureCounts): string[] {
  const out: string[] = [];
  for (const [term, count] of before) {
    if (after.has(term)) continue;
    if ((all.get(term) ?? 0) === count) out.push(term);
  }
  return out;
}

/** Terms of `a` not in `b`, in `a`'s order (short lists: concepts). */
function absent(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((term) => !b.includes(term));
}
