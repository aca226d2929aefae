/**
 * bot/ owns the dialogue policy: urgency and human-request detection, answer / clarify / fallback /
 * handoff decisions and per-channel answer rendering. The composition root imports from here.
 */
export { answerForChannel, fitText, renderOptions } from './answer-rendering';
export { DEFAULT_BOT_MESSAGES, type BotMessages } from './bot-messages';
export { chooseFromCandidates, type CandidateChoice, type CandidateThresholds } from './candidate-policy';
export { createFaqBot } from './create-faq-bot';
export { FaqBot } from './faq-bot';
export { FAQ_BOT_DEFAULTS, type FaqBotOptions } from './faq-bot-options';
export { resolvePendingOption } from './option-resolver';
export { replyLanguage, type BotLanguage } from './reply-language';
export {
  DEFAULT_SIGNAL_LEXICONS,
  SignalDetector,
  type Signal,
  type SignalDetectorOptions,
} from './signals/signal-detector';
export { CHINESE_SIGNALS } from './signals/lexicon-zh';
export { ENGLISH_SIGNALS } from './signals/lexicon-en';
export type { Cue, PersonCue, SignalLexicon } from './signals/signal-lexicon';
export type * from './types';
