/**
 * CPU per `match` of the bot's intent matcher on the demo knowledge base (trained as `createFaqBot`
 * trains it: questions plus down-weighted answers and tags). A script, not a timed test: the machine
 * is shared, so it reports the minimum and median of many rounds of CPU time rather than one wall
 * time. Run: `nice -n 10 node --import tsx test/knowledge/intent-match-bench.ts [--rounds 40] [--matches 500]`.
 */
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../../knowledge/index';
import { examplesWithAnswers } from '../../knowledge/nlu/entry-examples';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { DEMO_KB_PATH, readEvalRows } from '../bot/demo-bot';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '40' }, matches: { type: 'string', default: '500' } },
});
const rounds = Math.max(1, Math.min(1000, Number(values.rounds)));
const matches = Math.max(1, Math.min(100_000, Number(values.matches)));

const kb = await loadKnowledge(DEMO_KB_PATH);
const texts = (await readEvalRows()).map((row) => row.text);
const matcher = new IntentMatcher();
const started = performance.now();
await matcher.train(examplesWithAnswers(kb));
const trainMs = performance.now() - started;
for (let i = 0; i < 2 * matches; i += 1) matcher.match(texts[i % texts.length]!);
const perMatchUs: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  const cpu = process.cpuUsage();
  for (let i = 0; i < matches; i += 1) matcher.match(texts[i % texts.length]!);
  const used = process.cpuUsage(cpu);
  perMatchUs.push((used.user + used.system) / matches);
}
perMatchUs.sort((a, b) => a - b);
const result = {
  entries: kb.entries.length,
  trainMs: Math.round(trainMs),
  rounds,
  matchesPerRound: matches,
  cpuUsPerMatchMin: Math.round(perMatchUs[0]!),
  cpuUsPerMatchMedian: Math.round(perMatchUs[Math.floor(rounds / 2)]!),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
