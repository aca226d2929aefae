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
 * The measure word 个 between a one-character verb and its object, which customers put in and
 * editors leave out: 上个保险 is 上保险, 搭个电 搭电, 退个款 退款, 打个电话 打电话. Not after numbers
 * and demonstratives (一个, 这个, 哪个: none is a verb here), nor in 个人, 个别, 个性, 个体, 个子.
 */
const VERB_MEASURE_WORD =
  /(?<=[上搭打开退改换办查问买订交补寄取领叫点约挂充续发做加])个(?=\p{Script=Han})(?![人别性体子])/gu;

/**
 * The rhotic 儿 of spoken northern Chinese, which editors do not write: 到哪儿了 is 到哪里了, 这儿
 * 这里, 一会儿 一会, 有点儿 有点. Only in these words: 儿 is its own word in 儿子, 女儿, 儿童.
 */
const ERHUA: ReadonlyMap<string, string> = new Map([
  ['哪儿', '哪里'],
  ['这儿', '这里'],
  ['那儿', '那里'],
  ['点儿', '点'],
  ['会儿', '会'],
  ['事儿', '事'],
  ['块儿', '块'],
  ['空儿', '空'],
  ['玩儿', '玩'],
]);
const ERHUA_WORDS = new RegExp([...ERHUA.keys()].join('|'), 'gu');

/**
 * NFKC (full-width letters and digits become half-width), common traditional Chinese characters
 * folded to simplified, the rhotic 儿 dropped, lower case, punctuation and symbols replaced by spaces, whitespace
 * collapsed. Customers type `ＡＢＣ１２３？` as often as `abc123?`, and `機票` as well as `机票`.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(VERB_MEASURE_WORD, '')
    .replace(ERHUA_WORDS, (word) => ERHUA.get(word) ?? word)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the text holds at least one CJK character. */
export function containsCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}
