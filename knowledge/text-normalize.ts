/**
 * Text normalization shared by the matcher and the knowledge linter, so "the same question" means
 * the same thing in both places.
 */
import { toSimplified } from './nlu/traditional-chinese';

/** Han, kana and Hangul: scripts written without spaces between words. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Runs of CJK characters and runs of anything else, for splitting mixed-script text. */
export function splitScriptRuns(text: string): string[] {
  return (
    text.match(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu,
    ) ?? []
  );
}

/**
 * NFKC (full-width letters and digits become half-width), common traditional Chinese characters
 * folded to simplified, lower case, punctuation and symbols replaced by spaces, whitespace
 * collapsed. Customers type `ＡＢＣ１２３？` as often as `abc123?`, and `機票` as well as `机票`.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the text holds at least one CJK character. */
export function containsCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}
