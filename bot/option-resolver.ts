/**
 * Resolves a reply to a clarifying question: by number ("2", "第二个", "the second one") or by
 * the option's value or label, so a customer on SMS can answer as naturally as one tapping a button.
 */
import type { QuickReply } from '../gateway/message';
import { normalizeText } from '../knowledge/index';

const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
};
const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  one: 1,
  first: 1,
  two: 2,
  second: 2,
  three: 3,
  third: 3,
  four: 4,
  fourth: 4,
  five: 5,
  fifth: 5,
};

const NUMBERED =
  /^(?:#|no|number|option|choice|选|选择|第)?\s*(\d{1,2}|[一二两三四五六])\s*(?:个|项|条|号|种)?$/u;
const ENGLISH_NUMBERED = /^(?:the\s+)?(?:number\s+|option\s+|choice\s+)?(\w+)(?:\s+one)?(?:\s+please)?$/u;

/** The option the customer picked, or undefined when the text is not an answer to the options. */
export function resolvePendingOption(
  text: string,
  options: readonly QuickReply[] | undefined,
): QuickReply | undefined {
  if (options === undefined || options.length === 0) return undefined;
  const normalized = normalizeText(text);
  const byValue = options.find(
    (option) => normalizeText(option.value) === normalized || normalizeText(option.label) === normalized,
  );
  if (byValue !== undefined) return byValue;
  const position = optionNumber(normalized);
  return position === undefined ? undefined : options[position - 1];
}

function optionNumber(normalized: string): number | undefined {
  const numbered = NUMBERED.exec(normalized)?.[1];
  if (numbered !== undefined) return CHINESE_NUMERALS[numbered] ?? Number.parseInt(numbered, 10);
  const word = ENGLISH_NUMBERED.exec(normalized)?.[1];
  return word === undefined ? undefined : ENGLISH_ORDINALS[word];
}

/**
 * "None of these": a reply that turns all the offered options down, in Chinese or English. Read
 * only while options are pending; the bot then asks the customer to rephrase and offers nothing.
 */
const DECLINES = new Set(
  [
    '都不是',
    '都不对',
    '都没有',
    '都不是我要的',
    '都不是我想问的',
    '以上都不是',
    '不是这些',
    '没有我要的',
    '没有我想问的',
    '不是',
    '不对',
    '没有',
    '其他',
    '其他问题',
    '别的问题',
    'none',
    'none of these',
    'none of them',
    'none of the above',
    'neither',
    'neither of them',
    'no',
    'nope',
    'not these',
    'not those',
    'something else',
    'other',
    'none of those',
  ].map((phrase) => normalizeText(phrase)),
);

/** True when `text` turns down every pending option (and options are pending). */
export function declinesOptions(text: string, options: readonly QuickReply[] | undefined): boolean {
  if (options === undefined || options.length === 0) return false;
  const normalized = normalizeText(text).replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
  return DECLINES.has(
    normalized.replace(/[啊呀哦吧了的呢]+$/u, '').replace(/\s+(?:thanks|thank you|sorry)$/u, ''),
  );
}
