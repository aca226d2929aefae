/**
 * Prepares a customer's message for the cue tables: one canonical spelling, with clause
 * boundaries kept (as ` | `) so a negation never reaches across a comma into the next clause.
 */
import { correctToken, type FuzzyVocabulary } from './fuzzy-words';
import { toSimplified } from '../../knowledge/nlu/traditional-chinese';

/** The prepared text and the shouting signs measured before normalization erased them. */
export interface PreparedText {
  text: string;
  /** Exclamation marks, half- or full-width. */
  exclamations: number;
  /** True when most letters of a longer message are capitals ("WHERE IS MY REFUND"). */
  shouting: boolean;
}

const CLAUSE_END = /[,.;:!?\n\r，。；：！？、…]+/gu;
const OTHER_PUNCTUATION = /(?![,.;:!?，。；：！？、…])[\p{P}\p{S}]+/gu;
const APOSTROPHES = /['’‘`´]/gu;

/** NFKC, lower case, simplified Chinese, typo-corrected key words, punctuation folded. */
export function prepareText(raw: string, vocabulary?: FuzzyVocabulary): PreparedText {
  const exclamations = (raw.match(/[!！]/gu) ?? []).length;
  const normalized = raw.normalize('NFKC');
  const letters = normalized.replace(/[^A-Za-z]/gu, '');
  const capitals = letters.replace(/[^A-Z]/gu, '').length;
  const shouting = letters.length >= 8 && capitals / letters.length > 0.7;
  const folded = toSimplified(normalized.toLowerCase())
    .replace(APOSTROPHES, '')
    .replace(OTHER_PUNCTUATION, ' ')
    .replace(CLAUSE_END, ' | ')
    // "humaaaan", "pleeease": three or more of one letter are one letter.
    .replace(/([a-z])\1{2,}/gu, '$1');
  const words = folded.split(/\s+/u).filter((word) => word.length > 0);
  const corrected = vocabulary === undefined ? words : words.map((word) => correctToken(word, vocabulary));
  const text = corrected.join(' ').replace(/^(?:\|\s*)+|(?:\s*\|)+$/gu, '');
  return { text, exclamations, shouting };
}
