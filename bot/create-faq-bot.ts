/** Convenience wiring for the composition root: a knowledge base in, a ready FaqBot out. */
import { examplesFromKnowledge, type KnowledgeBase, type Matcher } from '../knowledge/index';
import { IntentMatcher } from '../knowledge/nlu/intent-matcher';
import { FaqBot } from './faq-bot';
import type { FaqBotOptions } from './faq-bot-options';

/**
 * Trains a matcher on the knowledge base's questions and builds a {@link FaqBot} over its entries.
 * Pass `options.matcher` to use another (untrained) matcher; it is trained here.
 */
export async function createFaqBot(
  kb: KnowledgeBase,
  options: Partial<Omit<FaqBotOptions, 'entries'>> = {},
): Promise<FaqBot> {
  const matcher: Matcher = options.matcher ?? new IntentMatcher();
  await matcher.train(examplesFromKnowledge(kb));
  return new FaqBot({ ...options, matcher, entries: kb.entries });
}
