/** The demo knowledge base and a bot over it, loaded once per test file. */
import { readFile } from 'node:fs/promises';
import { createFaqBot } from '../../bot/index';
import type { FaqBot } from '../../bot/index';
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/index';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { ScriptedMatcher } from './scripted-matcher';

export const DEMO_KB_PATH = 'knowledge/demo';
export const DEMO_EVAL_PATH = 'test/fixtures/kb/demo-eval.jsonl';

/** One row of the evaluation fixture (the `switchboard bot eval` format). */
export interface EvalRow {
  text: string;
  /** `answer:<entry-id>` | `fallback` | `handoff:urgent` | `handoff:human`. */
  expect: string;
}

/**
 * Questions that sit between two entries, with the close scores a matcher gives such a question;
 * the demo bot's matcher answers them from this table so the clarifying-question tests do not
 * depend on how the current matcher splits its probabilities.
 */
export const AMBIGUOUS_QUESTIONS = {
  'how do reward points work': [
    { label: 'en-points-redeem', score: 0.45 },
    { label: 'en-points-earn', score: 0.43 },
  ],
  积分是怎么回事: [
    { label: 'zh-points-earn', score: 0.45 },
    { label: 'zh-points-redeem', score: 0.43 },
  ],
};

/** The demo knowledge base and the bot `createFaqBot` builds over it (ambiguous questions scripted). */
export async function demoBot(): Promise<{ kb: KnowledgeBase; bot: FaqBot }> {
  const kb = await loadKnowledge(DEMO_KB_PATH);
  const matcher = new ScriptedMatcher(AMBIGUOUS_QUESTIONS, new IntentMatcher());
  return { kb, bot: await createFaqBot(kb, { matcher }) };
}

export async function readEvalRows(path: string = DEMO_EVAL_PATH): Promise<EvalRow[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalRow);
}
