/**
 * SMS control keywords, as carriers and Twilio define them: a message that is only the keyword
 * (any case, surrounding spaces and trailing punctuation ignored). STOP and its synonyms opt the
 * number out; START and its synonyms opt it back in; HELP asks who we are and how to stop.
 * 退订 and TD are the unsubscribe words Chinese carriers use.
 */

export type SmsKeyword = 'stop' | 'start' | 'help';

const KEYWORDS: Record<string, SmsKeyword> = {
  STOP: 'stop',
  STOPALL: 'stop',
  UNSUBSCRIBE: 'stop',
  CANCEL: 'stop',
  END: 'stop',
  QUIT: 'stop',
  OPTOUT: 'stop',
  REVOKE: 'stop',
  退订: 'stop',
  TD: 'stop',
  START: 'start',
  YES: 'start',
  UNSTOP: 'start',
  订阅: 'start',
  HELP: 'help',
  INFO: 'help',
  帮助: 'help',
};

/** The keyword a message consists of, or null for an ordinary message. */
export function keywordOf(text: string): SmsKeyword | null {
  const word = text
    .trim()
    .replace(/[\s.!?。！？]+$/u, '')
    .replace(/^["'“”‘’]+|["'“”‘’]+$/gu, '')
    .toUpperCase();
  return KEYWORDS[word] ?? null;
}

/** Whether replies to this keyword message should be in Chinese. */
function chinese(text: string): boolean {
  return /[\u3400-\u9fff]/u.test(text) || /^\s*TD\b/iu.test(text);
}

export interface KeywordTexts {
  /** Who is writing, in replies (`Switchboard Travel`). */
  sender: string;
}

/** The confirmation or help text for a keyword, in the language the customer used. */
export function keywordReply(keyword: SmsKeyword, text: string, { sender }: KeywordTexts): string {
  const zh = chinese(text);
  switch (keyword) {
    case 'stop':
      return zh
        ? `【${sender}】您已退订，将不再收到本号码的短信。回复“订阅”或 START 可恢复。`
        : `${sender}: You are unsubscribed and will receive no further messages. Reply START to resubscribe.`;
    case 'start':
      return zh
        ? `【${sender}】您已恢复订阅，可以继续通过短信咨询。回复“退订”可退订。`
        : `${sender}: You are resubscribed. Ask us anything by SMS. Reply STOP to unsubscribe.`;
    case 'help':
      return zh
        ? `【${sender}】客服短信：直接发送您的问题，回复“人工”转人工客服，回复“退订”退订。`
        : `${sender} support: text your question, reply AGENT for a person, STOP to unsubscribe.`;
  }
}
