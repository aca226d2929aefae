/**
 * Keyword rules for what must never wait for the FAQ: urgent messages (fraud, money taken twice,
 * stranded travellers, safety, complaints, legal threats) and explicit requests for a person.
 * Rules run on normalized text (NFKC, lower case, punctuation as spaces). A classifier joins them
 * in a later issue; the rules stay as the floor it cannot go below.
 */
import { normalizeText } from '../knowledge/index';

/** A named pattern, so a decision can say which rule fired. */
export interface PatternRule {
  name: string;
  pattern: RegExp;
}

/** Urgent topics, Chinese and English. */
export const DEFAULT_URGENT_RULES: readonly PatternRule[] = [
  {
    name: 'fraud',
    pattern: /\bfraud(ulent)?\b|\bscam(med|mer)?\b|\bphishing\b|诈骗|骗子|被骗|欺诈|钓鱼网站/,
  },
  {
    name: 'stolen-or-hacked',
    pattern:
      /\bstolen\b|\bhacked\b|\bunauthori[sz]ed\b|\bsomeone (used|stole|took|accessed)\b|盗刷|被盗|盗用|(卡|钱包|手机|护照)\S{0,3}(被偷|被抢|丢了)/,
  },
  {
    name: 'charged-twice',
    pattern:
      /\b(charged|billed|debited|deducted|paid|taken)\b[\w\s]{0,30}?\b(twice|two times|double)\b|\bdouble (charged|charge|billed|payment)\b|\bduplicate (charge|payment)s?\b|扣了两次|扣两次|扣款两次|重复扣款|重复扣费|重复收费|重复支付|多扣|付了两次|收了两次|扣了两笔/,
  },
  {
    name: 'stranded',
    pattern:
      /\bstranded\b|\bstuck (at|in) (the )?(airport|station)\b|\bnowhere to (sleep|stay)\b|被困|滞留|困在|回不了家|没人管/,
  },
  {
    name: 'safety',
    pattern:
      /\bemergency\b|\bunsafe\b|\bdanger(ous)?\b|\binjur(ed|y|ies)\b|\bassault(ed)?\b|\bharass(ed|ment)?\b|\bpolice\b|紧急|危险|受伤|报警|急救|人身安全|安全问题|骚扰/,
  },
  { name: 'complaint', pattern: /\bcomplain(t|ts|ing)?\b|投诉|举报/ },
  {
    name: 'legal',
    pattern:
      /\blawyer\b|\battorney\b|\blegal action\b|\bsue\b|\bsuing\b|\blawsuit\b|\bcourt\b|起诉|律师|法院|告你们|消协|12315|维权|曝光/,
  },
];

const PERSON = '(human|person|agent|representative|rep|operator|someone|somebody|staff|customer service)';

/** Explicit requests to be served by a person. */
export const DEFAULT_HUMAN_REQUEST_RULES: readonly PatternRule[] = [
  {
    name: 'talk-to-person',
    pattern: new RegExp(
      `\\b(talk|speak|chat)\\s+(to|with)\\s+((a|an|the|your|some)\\s+)?((real|live|actual)\\s+)?${PERSON}\\b`,
    ),
  },
  { name: 'connect-me', pattern: /\b(connect|transfer|put)\s+me\s+(to|through|with)\b/ },
  {
    name: 'want-person',
    pattern: new RegExp(`\\b(want|need|get me|give me)\\s+(a|an)\\s+((real|live)\\s+)?${PERSON}\\b`),
  },
  { name: 'live-agent', pattern: /\b(real|live|actual)\s+(human|person|agent)\b/ },
  {
    name: 'bare-request',
    pattern: /^((an?|the)\s+)?(human|agent|representative|operator|person|customer service)(\s+please)?$/,
  },
  {
    name: 'zh-request',
    pattern: /转人工|人工客服|人工服务|找客服|真人|接人工|找人工|要人工|^人工$|客服在吗/,
  },
];

/**
 * Questions *about* the service (hours, phone numbers, availability) mention agents too, but the
 * customer wants an answer, not a transfer: "when are your agents available?", "人工客服几点上班".
 */
export const DEFAULT_SERVICE_QUESTION_RULES: readonly PatternRule[] = [
  {
    name: 'service-info',
    pattern:
      /\b(when|what time|hours|available|availability|open|opening|close|closing|weekends?|phone number|email address)\b|几点|什么时候|时间|上班|下班|营业|周末|节假日|晚上|电话|邮箱/,
  },
];

/** The first rule matching `text` (after normalization), if any. */
export function firstMatchingRule(rules: readonly PatternRule[], text: string): PatternRule | undefined {
  const normalized = normalizeText(text);
  return rules.find((rule) => rule.pattern.test(normalized));
}
