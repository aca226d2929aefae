/**
 * Reading a customer's reply to the satisfaction question: a whole message that is a score from 1
 * to 5 — ASCII or full-width digits, 一…五, or the usual Chinese ratings (非常满意 … 非常不满意).
 * Anything else is not an answer and goes to the bot as usual.
 */

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

const RATINGS: Record<string, number> = {
  非常满意: 5,
  很满意: 5,
  满意: 4,
  一般: 3,
  不满意: 2,
  很不满意: 1,
  非常不满意: 1,
};

// A score may be followed by a unit ("5分", "4 stars", "3/5") and closing punctuation.
const SCORE = /^([1-5一二三四五])\s*(分|星|颗星|stars?|\/\s*5)?$/i;

/** Full-width digits (０–９) as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The 1–5 score `text` gives, or null when it is not a CSAT answer. */
export function parseCsatAnswer(text: string): number | null {
  const plain = asciiDigits(text)
    .trim()
    .replace(/[\s!.。！~～]+$/u, '');
  const rating = RATINGS[plain];
  if (rating !== undefined) return rating;
  const match = SCORE.exec(plain);
  const score = match?.[1];
  if (score === undefined) return null;
  return CHINESE_DIGITS[score] ?? Number(score);
}

/** The question sent after a case is resolved. */
export function csatQuestion(chinese: boolean): string {
  return chinese
    ? '本次服务您满意吗？请回复 1–5 分（5 分为非常满意）。'
    : 'How did we do? Reply 1–5 (5 = excellent).';
}

/** The thanks for an answer. */
export function csatThanks(chinese: boolean): string {
  return chinese ? '感谢您的评价！' : 'Thank you for your feedback!';
}
