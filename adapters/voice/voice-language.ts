/**
 * The caller's language and the adapter's own spoken lines. A call is answered in Chinese (zh-CN)
 * when the caller's number is from mainland China, Hong Kong, Macau or Taiwan, else in the
 * knowledge base's language when it has only Chinese entries, else in English (en-US). The caller
 * can switch by pressing 9. Speech recognition and `<Say>` both use the chosen language.
 */

/** The languages calls are held in (Twilio `<Gather language>` / `<Say language>` codes). */
export type VoiceLanguage = 'zh-CN' | 'en-US';

export const VOICE_LANGUAGES: readonly VoiceLanguage[] = ['zh-CN', 'en-US'];

/** Country calling codes whose callers are greeted in Chinese. */
const CHINESE_COUNTRY_CODES = ['+86', '+852', '+853', '+886'];

/**
 * The language to greet a caller in. `knowledgeLocales` are the locales of the published entries
 * (`zh-CN`, `en`, …): a Chinese-only knowledge base answers everyone in Chinese.
 */
export function languageForCaller(caller: string, knowledgeLocales: readonly string[]): VoiceLanguage {
  if (CHINESE_COUNTRY_CODES.some((code) => caller.startsWith(code))) return 'zh-CN';
  const hasEnglish = knowledgeLocales.some((locale) => locale.toLowerCase().startsWith('en'));
  const hasChinese = knowledgeLocales.some((locale) => locale.toLowerCase().startsWith('zh'));
  return hasChinese && !hasEnglish ? 'zh-CN' : 'en-US';
}

/** The numbers Twilio puts in `From` when the caller's number is withheld or unknown. */
const WITHHELD_NUMBERS = new Set(['+266696687', '+86282452253', '+8656696', '+7378742833', '+2562533']);

/** Whether a normalized caller number is one of Twilio's placeholders for "no number". */
export function isWithheldNumber(number: string): boolean {
  return WITHHELD_NUMBERS.has(number);
}

/** Parse a language carried in a callback URL; undefined when it is not one of ours. */
export function parseVoiceLanguage(value: unknown): VoiceLanguage | undefined {
  return VOICE_LANGUAGES.find((language) => language === value);
}

export function otherLanguage(language: VoiceLanguage): VoiceLanguage {
  return language === 'zh-CN' ? 'en-US' : 'zh-CN';
}

/** Every line the voice channel says on its own behalf, in one language. */
export interface VoicePhrases {
  greeting: string;
  /** Offered in the other language after the greeting: how to switch to it. */
  switchOffer: string;
  /** After an answer: invites the next question. */
  anythingElse: string;
  /** While a slow turn is still being decided. */
  oneMoment: string;
  /** Nothing was heard. */
  didNotHear: string;
  goodbye: string;
  /** Follows a numbered option list. */
  optionsHint: string;
  /** What a caller pressing 0 is taken to say (the bot's human-request detector reads it). */
  askForAgent: string;
  hold: string;
  /** A caller whose conversation is already with a person. */
  withAgent: string;
  connecting: string;
  voicemailPrompt: string;
  voicemailThanks: string;
  voicemailEmpty: string;
  /** The transcript line of a voicemail recording. */
  voicemailMessage: (seconds: number) => string;
  agentUnavailable: string;
  unavailable: string;
  /** To a caller whose number is withheld: we cannot keep their case without one. */
  hiddenNumber: string;
}

export const VOICE_PHRASES: Record<VoiceLanguage, VoicePhrases> = {
  'zh-CN': {
    greeting: '您好，欢迎致电客服。请在提示音后直接说出您的问题；转人工请按 0。',
    switchOffer: '如需中文服务，请按 9。',
    anythingElse: '还有其他问题吗？请直接说；转人工请按 0。',
    oneMoment: '请稍等，正在为您查询。',
    didNotHear: '抱歉，我没有听清。请再说一遍您的问题。',
    goodbye: '感谢您的来电，再见。',
    optionsHint: '您可以说出序号，或在键盘上按下序号。',
    askForAgent: '转人工',
    hold: '请稍候，客服人员马上为您服务。',
    withAgent: '您的问题已经转给客服人员处理，请稍候。',
    connecting: '正在为您接通客服人员。',
    voicemailPrompt: '抱歉，客服人员暂时都在忙。请在提示音后留言，说完后按井号键或直接挂机，我们会尽快回电。',
    voicemailThanks: '留言已收到，我们会尽快给您回电。再见。',
    voicemailEmpty: '没有收到您的留言。您的问题仍在排队，我们会尽快回电。再见。',
    voicemailMessage: (seconds) => `（语音留言，${seconds} 秒）`,
    agentUnavailable: '抱歉，客服人员暂时无法接听。',
    unavailable: '抱歉，电话服务暂时不可用，请稍后再拨。',
    hiddenNumber: '抱歉，我们无法受理隐藏号码的来电。请显示号码后再拨，或通过短信、网页与我们联系。',
  },
  'en-US': {
    greeting:
      'Hello, thanks for calling. Please tell me your question after the tone. To talk to a person, press 0.',
    switchOffer: 'For English, press 9.',
    anythingElse: 'Anything else? Just ask, or press 0 for a person.',
    oneMoment: 'One moment, please.',
    didNotHear: "Sorry, I didn't catch that. Please say your question again.",
    goodbye: 'Thanks for calling. Goodbye.',
    optionsHint: 'You can say the number, or press it on your keypad.',
    askForAgent: 'I want to talk to an agent',
    hold: 'Please hold; a person will be with you shortly.',
    withAgent: 'Your request is already with our team. Please hold.',
    connecting: 'Connecting you to a member of our team.',
    voicemailPrompt:
      'Sorry, everyone is busy right now. Please leave a message after the tone, then press the pound key or hang up. We will call you back.',
    voicemailThanks: 'Thank you, we got your message and will call you back. Goodbye.',
    voicemailEmpty:
      'We did not get a message. Your request stays in our queue and we will call you back. Goodbye.',
    voicemailMessage: (seconds) => `(Voicemail, ${seconds} s)`,
    agentUnavailable: 'Sorry, the agent could not take the call.',
    unavailable: 'Sorry, phone service is not available right now. Please call again later.',
    hiddenNumber:
      'Sorry, we cannot take calls from a withheld number. Please call again showing your number, or write to us by text or web chat.',
  },
};
