/**
 * Text → two bags of features for the intent model: a word bag (words and word bigrams) and a
 * character bag (character n-grams). Chinese runs are segmented with `Intl.Segmenter` and also cut
 * into character 1–2 grams, so no dictionary is needed; Latin words get word-boundary-aware
 * character n-grams, which absorb typos and inflection. Mixed text is split by script first.
 */
import { CJK_CHAR, normalizeText, splitScriptRuns } from '../text-normalize';
import { lightStem } from './light-stem';
import { CONCEPT_PREFIX, canonicalFrames, conceptsOf } from './service-concepts';
import { CONCEPT_LEXICON } from './service-categories';

/** Feature name → count within one text. */
export type FeatureCounts = Map<string, number>;

/** The two bags one text yields; each is weighted and normalized on its own. */
export interface FeatureBags {
  word: FeatureCounts;
  char: FeatureCounts;
}

/** Options of {@link NluFeaturizer}; every field has a default. */
export interface NluFeaturizerOptions {
  /** Character n-gram sizes inside Latin words padded with spaces (default 2–5). */
  latinGramSizes?: readonly number[];
  /**
   * Character n-gram sizes inside CJK runs (default 1–2). Trigrams mostly repeat what the
   * segmenter's words already say and dilute the bag: dropping them lifts SMP2017 validation
   * accuracy by a point (90.1 → 91.2 %).
   */
  cjkGramSizes?: readonly number[];
  /** Add word bigrams to the word bag (default true). */
  wordBigrams?: boolean;
  /**
   * Add a concept feature per service-lexicon group found in the text, and write question frames
   * in one way (default false; see {@link conceptsOf} and {@link canonicalFrames}).
   */
  concepts?: boolean;
}

/** Extracts feature bags; holds its own segmenter, so create one per model. */
export class NluFeaturizer {
  private readonly zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
  private readonly latinGramSizes: readonly number[];
  private readonly cjkGramSizes: readonly number[];
  private readonly wordBigrams: boolean;
  private readonly concepts: boolean;

  constructor(options: NluFeaturizerOptions = {}) {
    this.latinGramSizes = options.latinGramSizes ?? [2, 3, 4, 5];
    this.cjkGramSizes = options.cjkGramSizes ?? [1, 2];
    this.wordBigrams = options.wordBigrams ?? true;
    this.concepts = options.concepts ?? false;
  }

  /** The word and character bags of `text` (empty bags for text without letters or digits). */
  features(text: string): FeatureBags {
    const bags: FeatureBags = { word: new Map(), char: new Map() };
    const tokens: string[] = [];
    const normalized = this.concepts ? canonicalFrames(normalizeText(text)) : normalizeText(text);
    for (const run of splitScriptRuns(normalized)) {
      if (CJK_CHAR.test(run)) this.addCjkRun(run, tokens, bags.char);
      else this.addLatinRun(run, tokens, bags.char);
    }
    for (const token of tokens) add(bags.word, `w:${token}`);
    if (this.wordBigrams) {
      for (let i = 1; i < tokens.length; i += 1)
        add(bags.word, `${BIGRAM_PREFIX}${tokens[i - 1]} ${tokens[i]}`);
    }
    if (this.concepts) {
      for (const group of conceptsOf(normalized, CONCEPT_LEXICON))
        add(bags.word, `${CONCEPT_PREFIX}${group}`);
    }
    return bags;
  }

  private addCjkRun(run: string, tokens: string[], chars: FeatureCounts): void {
    for (const segment of this.zhWords.segment(run)) {
      if (segment.isWordLike === true) tokens.push(segment.segment);
    }
    const letters = Array.from(run);
    for (const size of this.cjkGramSizes) {
      for (let i = 0; i + size <= letters.length; i += 1) {
        // Concatenated in a loop: slicing and joining an array per n-gram is most of the garbage a
        // Chinese turn makes.
        let gram = 'c:';
        for (let k = i; k < i + size; k += 1) gram += letters[k]!;
        add(chars, gram);
      }
    }
  }

  private addLatinRun(run: string, tokens: string[], chars: FeatureCounts): void {
    for (const word of run.split(' ')) {
      if (word.length === 0 || !/[\p{L}\p{N}]/u.test(word)) continue;
      tokens.push(/^\p{N}+$/u.test(word) ? '<num>' : lightStem(word));
      const padded = ` ${word} `;
      for (const size of this.latinGramSizes) {
        for (let i = 0; i + size <= padded.length; i += 1) add(chars, `l:${padded.slice(i, i + size)}`);
      }
    }
  }
}

/** Prefix of word bigram features (they live in the word bag). */
const BIGRAM_PREFIX = 'b:';

/**
 * `bags` as a featurizer with `wordBigrams: false` (and otherwise the same options) extracts them:
 * the word bag without its bigrams, in the same order; the character bag is shared.
 */
export function withoutWordBigrams(bags: FeatureBags): FeatureBags {
  const word: FeatureCounts = new Map();
  for (const [feature, count] of bags.word) if (!feature.startsWith(BIGRAM_PREFIX)) word.set(feature, count);
  return { word, char: bags.char };
}

function add(counts: FeatureCounts, feature: string): void {
  counts.set(feature, (counts.get(feature) ?? 0) + 1);
}
