/**
 * Concept features: each group of the concept lexicon found in a text adds one feature naming the
 * group, so 碎了 and 破损, or "postage" and "shipping", meet in one column however the entry's
 * editor happened to phrase the question. The model and the BM25 member see the concept of a
 * customer's words directly. Finding them runs on every turn, so the lexicon is indexed once: Chinese
 * phrases by their first character (they may sit anywhere), Latin ones by their first word (they
 * must stand as whole words), and a text is scanned once instead of once per phrase.
 */
import { normalizeText } from '../text-normalize';

/**
 * Ways of asking "how do I" that carry no topic: 怎么操作, 如何办理, 该怎么做 all become 怎么. An
 * editor who wrote 门店自提怎么操作 should not make every 怎么操作 question about pickup.
 */
const QUESTION_FRAMES: readonly (readonly [string, RegExp])[] = [
  [
    '怎么',
    /怎么操作|怎么弄|怎么搞|怎么办理|如何办理|如何操作|怎么处理|怎样操作|咋弄|咋办|怎么办|该怎么做|要怎么做|怎么做/gu,
  ],
];

/**
 * Greetings, politeness and preambles that carry no topic: 请问, 您好, 谢谢, "hi", "please", "I have a
 * question". In a few-shot index they are rare enough to look distinctive, so a customer's 你好
 * would lean towards the one entry (or the chatter rows) whose wording happens to hold it.
 * Latin phrases stand as whole words; 亲 (a shop's form of address) only as a word of its own.
 */
const POLITENESS =
  /请问一下|请问|麻烦问一下|想问一下|问一下|咨询一下|您好|你好|哈喽|谢谢你|谢谢|多谢|在吗|(?<=^| )亲(?= |$)|(?<=^| )(?:hi|hello|hey|hiya|please|pls|plz|thanks|thank you|thx|excuse me|i have a question|quick question|good morning|good afternoon|good evening)(?= |$)/gu;

/** `normalized` with every question frame written as its canonical form and politeness left out. */
export function canonicalFrames(normalized: string): string {
  let text = normalized;
  for (const [canonical, pattern] of QUESTION_FRAMES) text = text.replace(pattern, canonical);
  return text.replace(POLITENESS, ' ').replace(/\s+/gu, ' ').trim();
}

/** Feature prefix of concept features (they live in the word bag). */
export const CONCEPT_PREFIX = 's:';

/** A phrase of the lexicon, normalized, with the group it belongs to. */
interface IndexedPhrase {
  group: number;
  /** The phrase (Chinese) or its words (Latin). */
  text: string;
  words: readonly string[];
}

/**
 * Phrases by the UTF-16 code of their first character (`han`: a number, so scanning a text makes no
 * one-character strings) and by first word (`latin`).
 */
interface ConceptIndex {
  han: Map<number, IndexedPhrase[]>;
  /** 1 at the UTF-16 codes that start a phrase of `han`: most characters of a text start none. */
  hanStarts: Uint8Array;
  latin: Map<string, IndexedPhrase[]>;
  /** 1 at the UTF-16 codes that start a phrase of `latin`. */
  latinStarts: Uint8Array;
}

const INDEXES = new WeakMap<readonly (readonly string[])[], ConceptIndex>();

/**
 * The index of every group with a member in `normalized` (text already through `normalizeText`),
 * in lexicon order.
 */
export function conceptsOf(normalized: string, groups: readonly (readonly string[])[]): number[] {
  const { han, hanStarts, latin, latinStarts } = indexOf(groups);
  const found: number[] = [];
  let latinWord = false;
  for (let at = 0; at < normalized.length; at += 1) {
    const code = normalized.charCodeAt(at);
    // Latin phrases stand as whole words: only a word whose first character starts one is looked up.
    if ((at === 0 || normalized.charCodeAt(at - 1) === SPACE) && latinStarts[code] === 1) latinWord = true;
    if (hanStarts[code] === 0) continue;
    for (const phrase of han.get(code) ?? []) {
      if (normalized.startsWith(phrase.text, at)) addOnce(found, phrase.group);
    }
  }
  if (latinWord) {
    const words = normalized.split(' ');
    for (let at = 0; at < words.length; at += 1) {
      const phrases = latin.get(words[at]!);
      if (phrases === undefined) continue;
      for (const phrase of phrases) if (wordsAt(words, at, phrase.words)) addOnce(found, phrase.group);
    }
  }
  return found.sort((a, b) => a - b);
}

const SPACE = 0x20;

/** Adds `group` to the short list `found` unless it is there. */
function addOnce(found: number[], group: number): void {
  if (!found.includes(group)) found.push(group);
}

function wordsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 1; k < phrase.length; k += 1) if (words[at + k] !== phrase[k]) return false;
  return true;
}

function pushTo<K>(map: Map<K, IndexedPhrase[]>, key: K, phrase: IndexedPhrase): void {
  const list = map.get(key) ?? [];
  list.push(phrase);
  map.set(key, list);
}

function indexOf(groups: readonly (readonly string[])[]): ConceptIndex {
  let index = INDEXES.get(groups);
  if (index !== undefined) return index;
  index = {
    han: new Map(),
    hanStarts: new Uint8Array(0x10000),
    latin: new Map(),
    latinStarts: new Uint8Array(0x10000),
  };
  for (const [group, members] of groups.entries()) {
    for (const member of members) {
      const text = normalizeText(member);
      if (text.length === 0) continue;
      const isHan = /\p{Script=Han}/u.test(text);
      const words = isHan ? [] : text.split(' ');
      const phrase = { group, text, words };
      if (isHan) {
        pushTo(index.han, text.charCodeAt(0), phrase);
        index.hanStarts[text.charCodeAt(0)] = 1;
      } else {
        pushTo(index.latin, words[0]!, phrase);
        index.latinStarts[text.charCodeAt(0)] = 1;
      }
    }
  }
  INDEXES.set(groups, index);
  return index;
}
