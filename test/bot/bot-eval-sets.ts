/** The bot-eval sets under test/fixtures/bot-eval/, each a knowledge base with its rows. */
export const BOT_EVAL_SETS: readonly string[] = [
  'zh',
  'en',
  'zh-carrier',
  'en-bank',
  'zh-ride',
  'zh-bank',
  'zh-food',
  'zh-insure',
  'en-telco',
  'en-travel',
];

/** The sets that also have `fresh2.jsonl` (those written before the twentieth session). */
export const FRESH2_SETS: ReadonlySet<string> = new Set(BOT_EVAL_SETS.slice(0, 8));

/** The knowledge file of a set. */
export function botEvalKb(set: string): string {
  return `test/fixtures/bot-eval/${set}/kb.yaml`;
}
