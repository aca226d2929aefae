/**
 * Turns text into bag-of-features counts for the matcher: word tokens plus character n-grams.
 * Character n-grams let Chinese work without a dictionary segmenter and make English robust to
 * typos and inflection ("refunds" ~ "refund").
 */
import { CJK_CHAR, normalizeText, splitScriptRuns } from './text-normalize';

/** Feature name → count within one text. */
export type FeatureCounts = Map<string, number>;

/** N-gram sizes per script; see {@link TextFeaturizer}. */
export interface TextFeaturizerOptions {
  /** Character n-gram sizes inside CJK runs (default 1–3). */
  cjkGramSizes?: readonly number[];
  /** Character n-gram sizes inside Latin words padded with spaces (default 3–4). */
  latinGramSizes?: readonly number[];
}

/** Extracts features; holds its own segmenters, so create one per matcher. */
export class TextFeaturizer {
  private readonly zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
  private readonly enWords = new Intl.Segmenter('en', { granularity: 'word' });
  private readonly cjkGramSizes: readonly number[];
  private readonly latinGramSizes: readonly number[];

  constructor(options: TextFeaturizerOptions = {}) {
    this.cjkGramSizes = options.cjkGramSizes ?? [1, 2, 3];
    this.latinGramSizes = options.latinGramSizes ?? [3, 4];
  }

  /** Counts of `w:` word, `c:` CJK n-gram and `l:` Latin n-gram features of `text`. */
  features(text: string): FeatureCounts {
    const counts: FeatureCounts = new Map();
    for (const run of splitScriptRuns(normalizeText(text))) {
      if (CJK_CHAR.test(run)) this.addCjkRun(run, counts);
      else this.addLatinRun(run, counts);
    }
    return counts;
  }

  private addCjkRun(run: string, counts: FeatureCounts): void {
    for (const word of wordsOf(this.zhWords, run)) add(counts, `w:${word}`);
    const chars = Array.from(run);
    for (const size of this.cjkGramSizes) {
      for (let i = 0; i + size <= chars.length; i += 1) add(counts, `c:${chars.slice(i, i + size).join('')}`);
    }
  }

  private addLatinRun(run: string, counts: FeatureCounts): void {
    for (const word of wordsOf(this.enWords, run)) {
      add(counts, `w:${word}`);
      const padded = Array.from(` ${word} `);
      for (const size of this.latinGramSizes) {
        for (let i = 0; i + size <= padded.length; i += 1) {
          add(counts, `l:${padded.slice(i, i + size).join('')}`);
        }
      }
    }
  }
}

function wordsOf(segmenter: Intl.Segmenter, text: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike === true) words.push(segment.segment);
  }
  return words;
}

function add(counts: FeatureCounts, feature: string): void {
  counts.set(feature, (counts.get(feature) ?? 0) + 1);
}
