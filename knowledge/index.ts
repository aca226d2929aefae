/**
 * knowledge/ owns the FAQ: entries as editors write them, loading and linting knowledge files,
 * and the matcher that ranks entries for a customer's text. The gateway and the CLI import from here.
 */
export type { KbIssue, KbLintResult } from './kb-issues';
export { formatIssue } from './kb-issues';
export { KnowledgeInvalidError, lintKnowledge, loadKnowledge } from './kb-loader';
export { runKbLint } from './kb-lint-command';
export { ANSWER_CHANNELS } from './kb-schema';
export { examplesFromKnowledge } from './knowledge-examples';
export {
  IntentMatcher,
  type IntentMatcherData,
  type IntentMatcherOptions,
  type IntentMatcherStats,
} from './nlu/intent-matcher';
export { runNluCommand } from './nlu/nlu-eval-command';
export { normalizeText, containsCjk } from './text-normalize';
export { toSimplified } from './nlu/traditional-chinese';
export { TfidfMatcher, type TfidfMatcherOptions } from './tfidf-matcher';
export type * from './types';
