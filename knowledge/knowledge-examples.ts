/** Bridges the knowledge base to the matcher: every question becomes a training row. */
import type { KnowledgeBase, LabelledText } from './types';

/** One row per question, labelled with its entry id and carrying the entry's locale. */
export function examplesFromKnowledge(kb: KnowledgeBase): LabelledText[] {
  return kb.entries.flatMap((entry) =>
    entry.questions.map((text) => ({ text, label: entry.id, locale: entry.locale })),
  );
}
