/**
 * Few-shot augmentation from the entries themselves: a label with only a handful of phrasings
 * (editors write two or three per FAQ entry) gets variants of each — one word dropped, or one
 * service phrase swapped for a synonym — at a lower training weight. Labels with enough examples
 * are left alone, and so are rows given a weight below 1. Deterministic: variants come in text order, never at random.
 */
import { normalizeText } from '../text-normalize';
import type { LabelledText } from '../types';
import { conceptsOf } from './service-concepts';
import { SERVICE_SYNONYMS } from './service-lexicon';

/** Options of {@link augmentFewShot}; every field has a default. */
export interface AugmentOptions {
  /** Labels with fewer rows than this are augmented (default 10; 0 turns augmentation off). */
  fewShotBelow?: number;
  /** Training weight of a variant relative to an original row (default 0.5). */
  weight?: number;
  /** Most variants made from one row (default 8). */
  maxPerRow?: number;
  /** Synonym groups (default {@link SERVICE_SYNONYMS}). */
  synonyms?: readonly (readonly string[])[];
}

/** A training row with its weight (1 for rows as written). */
export interface WeightedRow {
  row: LabelledText;
  weight: number;
  /** Index of the original row this one was made from (its own index for an original). */
  origin: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** `rows` (weight 1) followed by variants of the rows of few-shot labels. */
export function augmentFewShot(rows: readonly LabelledText[], options: AugmentOptions = {}): WeightedRow[] {
  const fewShotBelow = options.fewShotBelow ?? 10;
  const counts = new Map<string, number>();
  for (const row of rows) if (isOriginal(row)) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
  const seen = new Set(rows.map((row) => normalizeText(row.text)));
  // A down-weighted row counts as made from its label's first question, so calibration never
  // holds one out on its own: answer sentences are not how customers ask.
  const firstOriginal = new Map<string, number>();
  rows.forEach((row, index) => {
    if (isOriginal(row) && !firstOriginal.has(row.label)) firstOriginal.set(row.label, index);
  });
  const out: WeightedRow[] = rows.map((row, index) => ({
    row,
    weight: row.weight ?? 1,
    origin: isOriginal(row) ? index : (firstOriginal.get(row.label) ?? index),
  }));
  for (const [origin, row] of rows.entries()) {
    if (!isOriginal(row) || (counts.get(row.label) ?? 0) >= fewShotBelow) continue;
    const variants = [
      ...synonymSwaps(row.text, options.synonyms ?? SERVICE_SYNONYMS),
      ...wordDropouts(row.text),
    ];
    let made = 0;
    for (const text of variants) {
      const key = normalizeText(text);
      if (key.length === 0 || seen.has(key) || made >= (options.maxPerRow ?? 8)) continue;
      seen.add(key);
      made += 1;
      out.push({ row: { ...row, text }, weight: options.weight ?? 0.5, origin });
    }
  }
  return out;
}

/** A row as written (not one made down-weighted from an answer or tags): only these are varied. */
function isOriginal(row: LabelledText): boolean {
  return (row.weight ?? 1) >= 1;
}

/** The text with one phrase of a synonym group replaced by each other member of the group. */
export function synonymSwaps(text: string, groups: readonly (readonly string[])[]): string[] {
  return synonymSwapsOfNormalized(normalizeText(text), groups);
}

/** {@link synonymSwaps} of a text already through `normalizeText`. */
export function synonymSwapsOfNormalized(lower: string, groups: readonly (readonly string[])[]): string[] {
  const variants: string[] = [];
  const compiled = compiledGroups(groups);
  // The concept index finds the groups present in one pass; only those are searched member by member.
  for (const present of conceptsOf(lower, groups)) {
    const group = compiled[present]!;
    for (const member of group) {
      const at = member.find(lower);
      if (at < 0) continue;
      for (const other of group) {
        if (other !== member)
          variants.push(lower.slice(0, at) + other.text + lower.slice(at + member.phrase.length));
      }
      break;
    }
  }
  return variants;
}

/** One synonym as written, its normalized phrase, and how to find that phrase in a text. */
interface CompiledSynonym {
  text: string;
  phrase: string;
  find: (text: string) => number;
}

/** Normalizing phrases and building patterns once per lexicon: matching runs on every turn. */
const COMPILED = new WeakMap<readonly (readonly string[])[], CompiledSynonym[][]>();

function compiledGroups(groups: readonly (readonly string[])[]): CompiledSynonym[][] {
  let compiled = COMPILED.get(groups);
  if (compiled === undefined) {
    compiled = groups.map((group) => group.map(compileSynonym));
    COMPILED.set(groups, compiled);
  }
  return compiled;
}

/** Latin phrases must stand as whole words; Chinese ones may sit anywhere. */
function compileSynonym(text: string): CompiledSynonym {
  const phrase = normalizeText(text);
  if (/\p{Script=Han}/u.test(phrase)) return { text, phrase, find: (haystack) => haystack.indexOf(phrase) };
  const pattern = new RegExp(`(^|\\s)${phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?=\\s|$)`, 'u');
  return {
    text,
    phrase,
    find: (haystack) => {
      // A cheap test first: most phrases are absent from most texts.
      if (!haystack.includes(phrase)) return -1;
      const match = pattern.exec(haystack);
      return match === null ? -1 : match.index + (match[1] ?? '').length;
    },
  };
}

/** The text with one word left out, for each word, when it has at least three words. */
export function wordDropouts(text: string): string[] {
  const segments = Array.from(segmenter.segment(normalizeText(text)));
  const words = segments.filter((segment) => segment.isWordLike === true);
  if (words.length < 3) return [];
  return words.map((dropped) =>
    segments
      .filter((segment) => segment !== dropped)
      .map((segment) => segment.segment)
      .join('')
      .replace(/\s+/gu, ' ')
      .trim(),
  );
}
