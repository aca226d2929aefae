/**
 * Training rows from whole knowledge entries. Editors write two or three questions per entry, but
 * the answer and the tags carry the words customers use (a question about a broken cup meets an
 * answer that says 破损/碎; "charger missing" meets an answer about missing items). Each answer
 * sentence and the tags become extra rows of their entry at a low weight, so they widen the
 * vocabulary without outvoting the questions.
 */
import type { KnowledgeBase, KnowledgeEntry, LabelledText } from '../types';

/** Options of {@link examplesWithAnswers}; every field has a default. */
export interface EntryExamplesOptions {
  /** Weight of a row made from an answer sentence (default 0.5; 0 leaves answers out). */
  answerWeight?: number;
  /** Weight of the row made from an entry's tags (default 0.3; 0 leaves tags out). */
  tagWeight?: number;
  /** Sentences shorter than this many characters are skipped (default 4). */
  minSentenceLength?: number;
}

const SENTENCE_END = /(?<=[。！？；!?;])|(?<=\.)\s+|\n+/u;

/** One row per question (weight 1), then the entry's answer sentences and tags at lower weights. */
export function examplesWithAnswers(kb: KnowledgeBase, options: EntryExamplesOptions = {}): LabelledText[] {
  const questions = kb.entries.flatMap((entry) =>
    entry.questions.map((text) => ({ text, label: entry.id, locale: entry.locale })),
  );
  return [...questions, ...kb.entries.flatMap((entry) => extraRows(entry, options))];
}

/** The answer-sentence and tag rows of one entry. */
function extraRows(entry: KnowledgeEntry, options: EntryExamplesOptions): LabelledText[] {
  const answerWeight = options.answerWeight ?? 0.5;
  const tagWeight = options.tagWeight ?? 0.3;
  const row = (text: string, weight: number): LabelledText => ({
    text,
    label: entry.id,
    locale: entry.locale,
    weight,
  });
  const rows =
    answerWeight > 0 ? answerSentences(entry.answer.default, options).map((s) => row(s, answerWeight)) : [];
  if (tagWeight > 0 && entry.tags.length > 0) rows.push(row(entry.tags.join(' '), tagWeight));
  return rows;
}

/** The answer split into sentences, trimmed, short fragments dropped. */
export function answerSentences(answer: string, options: EntryExamplesOptions = {}): string[] {
  const minLength = options.minSentenceLength ?? 4;
  return answer
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= minLength);
}
