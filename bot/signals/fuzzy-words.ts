/**
 * Corrects misspelt key words ("humna", "represenative", "chrged") before the cue tables run, so
 * the tables hold each word once. Conservative on purpose: a five-letter word is corrected only
 * for two swapped letters, longer words for one edit (two from nine letters on), and real words
 * that sit one edit from a key word ("changed", "packed") are never touched.
 */

/** Key words and protected words, prepared for lookup. */
export interface FuzzyVocabulary {
  words: readonly string[];
  exact: ReadonlySet<string>;
  protectedWords: ReadonlySet<string>;
}

/** Builds a vocabulary from key words and protected words. */
export function fuzzyVocabulary(
  words: readonly string[],
  protectedWords: readonly string[],
): FuzzyVocabulary {
  return { words, exact: new Set(words), protectedWords: new Set(protectedWords) };
}

/** Corrections already worked out, per vocabulary: customers reuse the same words all day. */
const CORRECTED = new WeakMap<FuzzyVocabulary, Map<string, string>>();
/** Most corrections remembered per vocabulary; the memory starts over when full. */
const MAX_REMEMBERED = 20_000;

/** The key word `token` is a misspelling of, or `token` itself. */
export function correctToken(token: string, vocabulary: FuzzyVocabulary): string {
  if (token.length < 5 || vocabulary.exact.has(token) || vocabulary.protectedWords.has(token)) return token;
  if (!/^[a-z]+$/u.test(token)) return token;
  let remembered = CORRECTED.get(vocabulary);
  if (remembered === undefined || remembered.size >= MAX_REMEMBERED) {
    remembered = new Map();
    CORRECTED.set(vocabulary, remembered);
  }
  const known = remembered.get(token);
  if (known !== undefined) return known;
  const corrected = nearestKeyWord(token, vocabulary);
  remembered.set(token, corrected);
  return corrected;
}

/** The closest key word within the allowed edits, or `token` when none is close enough. */
function nearestKeyWord(token: string, vocabulary: FuzzyVocabulary): string {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of vocabulary.words) {
    if (Math.abs(word.length - token.length) > 2) continue;
    const distance = damerauLevenshtein(token, word, 2);
    if (distance < bestDistance && distance <= allowedEdits(token, word)) {
      best = word;
      bestDistance = distance;
    }
  }
  return best ?? token;
}

function allowedEdits(token: string, word: string): number {
  const length = Math.min(token.length, word.length);
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  // Five letters: only a swap of two neighbours ("humna", "agnet"), which real words rarely are.
  return isSingleSwap(token, word) ? 1 : 0;
}

function isSingleSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** Optimal string alignment distance, giving up (returning `limit + 1`) once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
