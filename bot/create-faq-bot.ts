/** Convenience wiring for the composition root: a knowledge base in, a ready FaqBot out. */
import { examplesFromKnowledge, type KnowledgeBase, type Matcher } from '../knowledge/index';
import { examplesWithAnswers } from '../knowledge/nlu/entry-examples';
import { IntentMatcher } from '../knowledge/nlu/intent-matcher';
import { FaqBot } from './faq-bot';
import type { FaqBotOptions } from './faq-bot-options';

/**
 * Trains a matcher on the knowledge base's questions (a matcher that weighs rows, like the default
 * intent matcher, also on the answers' sentences and the tags, down-weighted: see
 * {@link examplesWithAnswers}) and builds a {@link FaqBot} over its entries.
 * Pass `options.matcher` to use another (untrained) matcher; it is trained here.
 */
export async function createFaqBot(
  kb: KnowledgeBase,
  options: Partial<Omit<FaqBotOptions, 'entries'>> = {},
): Promise<FaqBot> {
  const matcher: Matcher = options.matcher ?? new IntentMatcher();
  // A matcher that ignores weights (TF-IDF) would take answer sentences for questions.
  await matcher.train(matcher.weighsRows === true ? examplesWithAnswers(kb) : examplesFromKnowledge(kb));
  return new FaqBot({ ...options, matcher, entries: kb.entries });
}
