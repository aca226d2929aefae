/**
 * The bot's own words, per language. Handoff notices promise a person but no wait time: the
 * handoff service knows the queue and adds the expected wait itself.
 */
import type { SmallTalk } from './small-talk';
import type { HandoffReason } from './types';

/** Every sentence the bot says on its own behalf, in one language. */
export interface BotMessages {
  /** Asks the customer to rephrase after a message the bot did not understand. */
  fallback: string;
  /**
   * Introduces the entries the bot thought of after a message it did not understand well enough
   * to answer, and asks to rephrase if none is meant.
   */
  fallbackSuggest: string;
  /** Introduces clarifying options. */
  clarifyPrompt: string;
  /** Follows a numbered option list on channels without tappable options. */
  clarifyNumberHint: string;
  /** Tells the customer a person will take over, per handoff reason. */
  handoff: Record<HandoffReason, string>;
  /** Answers a message that was only a greeting, thanks or a goodbye. */
  smallTalk: Record<SmallTalk, string>;
}

/** Default messages in Chinese and English. */
export const DEFAULT_BOT_MESSAGES: Record<'zh' | 'en', BotMessages> = {
  zh: {
    fallback: '抱歉，我没有完全理解您的问题。能换个说法，用一句话再描述一下吗？',
    fallbackSuggest:
      '抱歉，我没有完全理解您的问题。您想问的是下面哪一个吗？都不是的话，请换个说法再描述一下。',
    clarifyPrompt: '您是想问：',
    clarifyNumberHint: '请回复序号，例如“1”。',
    handoff: {
      'human-request': '好的，正在为您转接人工客服，客服人员会在这里回复您，请稍候。',
      urgent: '很抱歉遇到这样的情况。您的问题已标记为紧急并转交人工客服，工作人员会优先在这里联系您。',
      'repeated-fallback': '抱歉没能帮到您。已为您转接人工客服，客服人员会在这里回复您，请稍候。',
      vip: '您好，已为您转接专属客服，客服人员会在这里回复您，请稍候。',
      sensitive: '这个问题需要人工客服为您确认，已为您转接，客服人员会在这里回复您。',
    },
    smallTalk: {
      greeting: '您好！请问有什么可以帮您？',
      thanks: '不客气！还有其他问题随时问我。',
      goodbye: '感谢您的咨询，祝您生活愉快，再见！',
    },
  },
  en: {
    fallback: "Sorry, I didn't quite understand. Could you rephrase your question in a few words?",
    fallbackSuggest:
      "Sorry, I didn't quite understand. Did you mean one of these? If not, please rephrase your question in a few words.",
    clarifyPrompt: 'Did you mean:',
    clarifyNumberHint: 'Reply with the number, for example "1".',
    handoff: {
      'human-request':
        "Sure — I'm passing you to our customer service team. A person will reply to you here.",
      urgent:
        "I'm sorry this happened. I've marked your message as urgent and passed it to our customer service team — a person will contact you here as a priority.",
      'repeated-fallback':
        "Sorry I couldn't help with that. I'm passing your conversation to our customer service team, and a person will reply to you here.",
      vip: "I'm passing you to your dedicated service team. A person will reply to you here.",
      sensitive: 'A member of our team needs to confirm this for you. A person will reply to you here.',
    },
    smallTalk: {
      greeting: 'Hi! What can I help you with today?',
      thanks: "You're welcome! Anything else I can help with?",
      goodbye: 'Thanks for getting in touch. Goodbye!',
    },
  },
};
