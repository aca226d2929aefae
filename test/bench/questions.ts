/**
 * What the simulated customers ask: everyday questions in English and Chinese, phrased as in the
 * bundled demo knowledge base (`knowledge/demo/`), so each turn takes the ordinary "answer" path of
 * the bot. Nothing here asks for a human or sounds urgent: a handoff would take the conversation
 * away from the bot and the following turns would measure a different path.
 */
export const BENCH_QUESTIONS: readonly string[] = [
  'How do I get a refund for my flight?',
  '机票怎么退票',
  'What is my baggage allowance?',
  '怎么开发票',
  'How do I check in online?',
  '行李额度是多少',
  'How do I get an invoice?',
  '怎么在网上值机',
  'What time is hotel check-in?',
  '酒店几点可以入住',
  'What payment methods do you accept?',
  '积分可以怎么用',
  'How do I choose my seat?',
  '怎么选座位',
];
