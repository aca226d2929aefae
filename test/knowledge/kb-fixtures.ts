/** Small knowledge base entries for the knowledge base tests. */
import type { KnowledgeEntry } from '../../knowledge/types';

/** An English entry with two questions naming `id`, and `answer` as its only variant. */
export function entry(id: string, answer = `answer of ${id}`): KnowledgeEntry {
  return {
    id,
    questions: [`question about ${id}`, `another ${id} question`],
    answer: { default: answer },
    tags: [],
    locale: 'en',
  };
}
