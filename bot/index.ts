/**
 * bot/ owns the dialogue policy: urgency and human-request detection, answer / clarify / fallback /
 * handoff decisions and per-channel answer rendering. The composition root imports from here.
 */
export { answerForChannel, fitText, renderOptions } from './answer-rendering';
export { DEFAULT_BOT_MESSAGES, type BotMessages } from './bot-messages';
export { createFaqBot } from './create-faq-bot';
export { FaqBot } from './faq-bot';
export { FAQ_BOT_DEFAULTS, type FaqBotOptions } from './faq-bot-options';
export {
  DEFAULT_HUMAN_REQUEST_RULES,
  DEFAULT_SERVICE_QUESTION_RULES,
  DEFAULT_URGENT_RULES,
  firstMatchingRule,
  type PatternRule,
} from './intent-rules';
export { resolvePendingOption } from './option-resolver';
export { replyLanguage, type BotLanguage } from './reply-language';
export type * from './types';
