/**
 * What the simulated customers ask: everyday travel-service questions in Chinese and English that
 * the bundled demo knowledge base answers, so each turn takes the ordinary "answer" path of the bot
 * (not fallback, not handoff, which would take the conversation away from the bot).
 */
export const BENCH_QUESTIONS: readonly string[] = [
  'How do I get a refund for my flight?',
  '机票怎么退票',
  'What is the baggage allowance?',
  '怎么开发票',
  'How can I change the date of my flight?',
  '行李额度是多少',
  'How do I get an invoice for my booking?',
  '怎么改签机票',
  'How long does a refund take?',
  '退款多久到账',
  'Can I check in online?',
  '怎么在线值机',
];
