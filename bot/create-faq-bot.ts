/** Convenience wiring for the composition root: a knowledge base in, a ready FaqBot out. */
import { examplesFromKnowledge, type KnowledgeBase, type Matcher } from '../knowledge/index';
import { examplesWithAnswers } from '../knowledge/nlu/entry-examples';
import { IntentMatcher } from '../knowledge/nlu/intent-matcher';
import { FaqBot } from './faq-bot';
import type { FaqBotOptions } from './faq-bot-options';

/**
 * Trains a matcher on the knowledge base's questions (the default intent matcher also on the
 * answers' sentences and the tags, down-weighted: see {@link examplesWithAnswers}) and builds a {@link FaqBot} over its entries.
 * Pass `options.matcher` to use another (untrained) matcher; it is trained here.
 */
export async function createFaqBot(
  kb: KnowledgeBase,
  options: Partial<Omit<FaqBotOptions, 'entries'>> = {},
): Promise<FaqBot> {
  const matcher: Matcher = options.matcher ?? new IntentMatcher();
  // Only the default matcher weighs rows; a supplied one (TF-IDF in the gateway) would take
  // answer sentences for questions, so it is trained on the questions alone.
  await matcher.train(options.matcher ? examplesFromKnowledge(kb) : examplesWithAnswers(kb));
  return new FaqBot({ ...options, matcher, entries: kb.entries });
}
