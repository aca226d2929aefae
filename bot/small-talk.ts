/**
 * Messages that are only social: a greeting ("你好", "在吗", "hi there"), thanks or an
 * acknowledgement ("谢谢", "好的", "thanks!"), or a goodbye ("再见", "没事了", "bye"). Customers
 * open with 在吗 and close with 谢谢 all the time; answering those with "sorry, I didn't understand"
 * and counting them towards a handoff would be wrong. A message is small talk only when every part
 * of it is a social phrase (or a filler such as 客服, "there", a particle or an emoji): "你好，我想退票"
 * is a question, and goes to the matcher as usual.
 */
import { normalizeText } from '../knowledge/index';
import { TRADITIONAL_TO_SIMPLIFIED } from '../knowledge/nlu/traditional-chinese';

/** The kinds of social message, each with its own reply. */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

/** Longer messages are never only social. */
const MAX_LENGTH = 40;

/** Chinese phrases per kind; fillers carry no kind. Matched greedily, longest first. */
const ZH_PHRASES: Readonly<Record<SmallTalk | 'filler', readonly string[]>> = {
  greeting: [
    '你好',
    '您好',
    '你们好',
    '大家好',
    '哈喽',
    '嗨',
    '早上好',
    '早安',
    '中午好',
    '下午好',
    '晚上好',
    '早',
    '在吗',
    '在么',
    '在不在',
    '在嘛',
    '有人吗',
    '有人在吗',
    '有没有人',
    '请问',
    '打扰了',
    '打扰一下',
  ],
  thanks: [
    '谢谢',
    '谢了',
    '谢啦',
    '多谢',
    '感谢',
    '非常感谢',
    '太感谢了',
    '辛苦了',
    '辛苦',
    '好的',
    '好',
    '好滴',
    '嗯',
    '嗯嗯',
    '哦',
    '噢',
    '行',
    '行吧',
    '可以',
    '知道了',
    '明白了',
    '明白',
    '了解',
    '收到',
    '懂了',
    '没问题',
    '解决了',
    '麻烦了',
  ],
  goodbye: ['再见', '拜拜', '拜', '回见', '没事了', '没有了', '没别的了', '没其他问题了', '就这些', '先这样'],
  filler: [
    '客服',
    '小姐姐',
    '小哥哥',
    '亲',
    '你',
    '您',
    '啊',
    '呀',
    '呢',
    '吧',
    '哈',
    '哈哈',
    '啦',
    '了',
    '哦',
    '喔',
    '嘛',
    '的',
    '很',
    '非常',
    '真的',
    '那',
    '那就',
    '先',
    '一下',
  ],
};

/** English words per kind; fillers carry no kind. Multi-word phrases are joined by spaces. */
const EN_PHRASES: Readonly<Record<SmallTalk | 'filler', readonly string[]>> = {
  greeting: [
    'hi',
    'hello',
    'hey',
    'hiya',
    'howdy',
    'good morning',
    'good afternoon',
    'good evening',
    'morning',
    'anyone there',
    'is anyone there',
    'anybody there',
    'are you there',
    'you there',
    'hello there',
    'hi there',
  ],
  thanks: [
    'thanks',
    'thank you',
    'thank u',
    'thx',
    'ty',
    'cheers',
    'much appreciated',
    'appreciate it',
    'ok',
    'okay',
    'k',
    'got it',
    'great',
    'perfect',
    'cool',
    'alright',
    'all right',
    'understood',
    'sounds good',
    'that helps',
    'that helped',
  ],
  goodbye: [
    'bye',
    'goodbye',
    'bye bye',
    'see you',
    'see ya',
    "that's all",
    'thats all',
    'that is all',
    'have a nice day',
  ],
  filler: [
    'so',
    'very',
    'much',
    'a lot',
    'lot',
    'again',
    'all',
    'guys',
    'team',
    'there',
    'folks',
    'oh',
    'ah',
    'well',
    'yes',
    'yeah',
    'great',
    'and',
    'for',
    'your',
    'the',
    'help',
    'you',
  ],
};

interface PhraseTable {
  /** Phrase → kind, fillers as `filler`. */
  kinds: ReadonlyMap<string, SmallTalk | 'filler'>;
  /** Longest phrase, in characters (Chinese) or words (English). */
  longest: number;
}

function tableOf(
  phrases: Readonly<Record<SmallTalk | 'filler', readonly string[]>>,
  unit: (p: string) => number,
): PhraseTable {
  const kinds = new Map<string, SmallTalk | 'filler'>();
  // Fillers first, so a phrase that is both ("哦") counts as the social kind.
  for (const kind of ['filler', 'greeting', 'thanks', 'goodbye'] as const) {
    for (const phrase of phrases[kind]) kinds.set(normalizeText(phrase), kind);
  }
  return { kinds, longest: Math.max(...[...kinds.keys()].map(unit)) };
}

const ZH = tableOf(ZH_PHRASES, (phrase) => phrase.length);
const EN = tableOf(EN_PHRASES, (phrase) => phrase.split(' ').length);

/**
 * Every Han character of the Chinese phrases, in simplified and traditional form, and every word
 * of the English ones: a message with any other Han character or word is no small talk, which a
 * scan of the raw text tells before the cost of normalizing it (every turn asks).
 */
const SOCIAL_HAN = withTraditional(new Set([...ZH.kinds.keys()].flatMap((phrase) => [...phrase])));
const SOCIAL_WORDS = new Set([...EN.kinds.keys()].flatMap((phrase) => phrase.split(' ')));

/** `simplified` with every traditional character that folds to one of them, in one pass. */
function withTraditional(simplified: Set<string>): Set<string> {
  for (const [traditional, to] of TRADITIONAL_TO_SIMPLIFIED)
    if (simplified.has(to)) simplified.add(traditional);
  return simplified;
}

const HAN_CHARS = /\p{Script=Han}/gu;
const LETTER_RUNS = /\p{L}+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * False when the raw text holds a Han character or a Latin word no social phrase has. Asked of every
 * message the bot answers, so it loops `exec` on shared global patterns: `matchAll` would clone one
 * per call.
 */
function mightBeSmallTalk(text: string): boolean {
  if (text.length > 2 * MAX_LENGTH) return false;
  HAN_CHARS.lastIndex = 0;
  for (let char = HAN_CHARS.exec(text); char !== null; char = HAN_CHARS.exec(text)) {
    if (!SOCIAL_HAN.has(char[0])) return false;
  }
  // Letters only, so "that's" is checked as "that" and "s", as normalizing splits it.
  LETTER_RUNS.lastIndex = 0;
  for (let word = LETTER_RUNS.exec(text); word !== null; word = LETTER_RUNS.exec(text)) {
    if (!HAN.test(word[0]) && !SOCIAL_WORDS.has(word[0].normalize('NFKC').toLowerCase())) return false;
  }
  return true;
}

/**
 * The kind of social message `text` is, or undefined when any part of it is not social. With
 * several kinds in one message, a goodbye wins over thanks, and thanks over a greeting ("好的谢谢，
 * 再见" is a goodbye; "hi, thanks" thanks).
 */
export function smallTalkOf(text: string): SmallTalk | undefined {
  if (!mightBeSmallTalk(text)) return undefined;
  // Emoji go with punctuation; what is left is Han runs and other words.
  const normalized = normalizeText(text.replace(/\p{Extended_Pictographic}/gu, ' '));
  if (normalized.length === 0 || normalized.length > MAX_LENGTH) return undefined;
  const found = new Set<SmallTalk | 'filler'>();
  // Latin words are read as one sequence, so "thank you" and "good morning" stay phrases.
  const words: string[] = [];
  for (const run of normalized.replace(/(\p{Script=Han}+)/gu, ' $1 ').split(' ')) {
    if (run.length === 0) continue;
    if (!/^\p{Script=Han}+$/u.test(run)) {
      words.push(run);
      continue;
    }
    const kinds = cover(ZH, [...run], '');
    if (kinds === undefined) return undefined;
    for (const kind of kinds) found.add(kind);
  }
  if (words.length > 0) {
    const kinds = cover(EN, words, ' ');
    if (kinds === undefined) return undefined;
    for (const kind of kinds) found.add(kind);
  }
  if (found.has('goodbye')) return 'goodbye';
  if (found.has('thanks')) return 'thanks';
  if (found.has('greeting')) return 'greeting';
  return undefined;
}

/**
 * The kinds of the phrases that cover `parts` (characters or words) whole, longest phrase first at
 * each place, or undefined when something is left over.
 */
function cover(
  table: PhraseTable,
  parts: readonly string[],
  joiner: string,
): Set<SmallTalk | 'filler'> | undefined {
  const kinds = new Set<SmallTalk | 'filler'>();
  let at = 0;
  while (at < parts.length) {
    let matched = 0;
    for (let length = Math.min(table.longest, parts.length - at); length > 0; length -= 1) {
      const kind = table.kinds.get(parts.slice(at, at + length).join(joiner));
      if (kind === undefined) continue;
      kinds.add(kind);
      matched = length;
      break;
    }
    if (matched === 0) return undefined;
    at += matched;
  }
  return kinds;
}
