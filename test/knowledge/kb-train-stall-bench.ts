/**
 * How long training the intent matcher on the demo knowledge base stalls the event loop, trained
 * in this thread and in a worker thread (knowledge/worker-training.ts). Not a test: run it with
 * `node --import tsx test/knowledge/kb-train-stall-bench.ts [rounds]`.
 */
import { examplesFromKnowledge, loadKnowledge } from '../../knowledge';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { trainInWorker } from '../../knowledge/worker-training';

/** Runs `task` with a 1 ms ticker and reports the wall time and the longest gap between ticks. */
async function measure(name: string, task: () => Promise<unknown>): Promise<void> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  await task();
  await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(ticker);
  longest = Math.max(longest, performance.now() - last);
  const wall = Math.round(performance.now() - started);
  process.stdout.write(`${name}\twall ${wall} ms\tlongest event-loop stall ${Math.round(longest)} ms\n`);
}

const rounds = Number(process.argv[2] ?? 3);
const rows = examplesFromKnowledge(await loadKnowledge('knowledge/demo'));
process.stdout.write(`demo knowledge base: ${rows.length} questions\n`);
await measure('worker (warm-up)', () => trainInWorker(rows));
for (let round = 0; round < rounds; round += 1) {
  await measure('in this thread', () => new IntentMatcher().train(rows));
  await measure('in a worker', () => trainInWorker(rows));
}
