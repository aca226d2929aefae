/** Which language the bot's own messages (fallback, clarify, handoff notices) are written in. */
import { containsCjk } from '../knowledge/index';

/** The languages the bot's own messages exist in. */
export type BotLanguage = 'zh' | 'en';

/**
 * Chinese when the customer wrote CJK characters or their locale is Chinese; English otherwise.
 * What the customer just typed wins over a stored locale hint only in the Chinese direction,
 * because short Latin input ("2", "ok", an order number) says nothing about their language.
 */
export function replyLanguage(text: string, locale: string | undefined): BotLanguage {
  if (containsCjk(text)) return 'zh';
  return locale?.toLowerCase().startsWith('zh') === true ? 'zh' : 'en';
}

/** The BCP 47 locale recorded on replies in `language`. */
export function localeOf(language: BotLanguage): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
