/** The demo knowledge base and a bot over it, loaded once per test file. */
import { readFile } from 'node:fs/promises';
import { createFaqBot } from '../../bot/index';
import type { FaqBot } from '../../bot/index';
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/index';

export const DEMO_KB_PATH = 'knowledge/demo';
export const DEMO_EVAL_PATH = 'test/fixtures/kb/demo-eval.jsonl';

/** One row of the evaluation fixture (the `switchboard bot eval` format). */
export interface EvalRow {
  text: string;
  /** `answer:<entry-id>` | `fallback` | `handoff:urgent` | `handoff:human`. */
  expect: string;
}

export async function demoBot(): Promise<{ kb: KnowledgeBase; bot: FaqBot }> {
  const kb = await loadKnowledge(DEMO_KB_PATH);
  return { kb, bot: await createFaqBot(kb) };
}

export async function readEvalRows(path: string = DEMO_EVAL_PATH): Promise<EvalRow[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalRow);
}
