/**
 * A fingerprint of what the intent matcher answers: every validation row (and every demo-eval row)
 * matched against its own knowledge base, all candidates with their scores, hashed per knowledge
 * base, by a freshly trained matcher and by the same matcher restored from its JSON. A change meant
 * to make matching cheaper without changing it must leave every line the same. A script, not a
 * test: training nine matchers takes a while.
 * Run: `node --import tsx test/knowledge/match-fingerprint.ts`.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  examplesFromKnowledge,
  IntentMatcher,
  loadKnowledge,
  type IntentMatcherData,
} from '../../knowledge/index';
import { DEMO_EVAL_PATH, DEMO_KB_PATH, readEvalRows } from '../bot/demo-bot';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SETS = ['zh', 'en', 'zh-carrier', 'en-bank', 'zh-ride', 'zh-bank', 'zh-food', 'zh-insure'];
/** More candidates than any of the knowledge bases has entries: the whole distribution counts. */
const ALL_CANDIDATES = 1_000;

interface FingerprintSet {
  name: string;
  kbPath: string;
  rowsPath: string;
}

async function fingerprint(set: FingerprintSet): Promise<string> {
  const matcher = new IntentMatcher();
  await matcher.train(examplesFromKnowledge(await loadKnowledge(set.kbPath)));
  const restored = IntentMatcher.fromJSON(JSON.parse(JSON.stringify(matcher.toJSON())) as IntentMatcherData);
  const hash = createHash('sha256');
  const rows = await readEvalRows(set.rowsPath);
  for (const { text } of rows) {
    hash.update(JSON.stringify(matcher.match(text, undefined, ALL_CANDIDATES)));
    hash.update(JSON.stringify(restored.match(text, undefined, ALL_CANDIDATES)));
  }
  return `${set.name.padEnd(11)} ${String(rows.length).padStart(4)} rows  ${hash.digest('hex')}`;
}

async function main(): Promise<void> {
  const sets: FingerprintSet[] = [
    ...SETS.map((name) => ({
      name,
      kbPath: join(FIXTURES, 'bot-eval', name, 'kb.yaml'),
      rowsPath: join(FIXTURES, 'bot-eval', name, 'validation.jsonl'),
    })),
    { name: 'demo', kbPath: DEMO_KB_PATH, rowsPath: DEMO_EVAL_PATH },
  ];
  for (const set of sets) process.stdout.write(`${await fingerprint(set)}\n`);
}

await main();
