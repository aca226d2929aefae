/**
 * Measures the TF-IDF matcher on the demo knowledge base: training time, match latency (p50/p99)
 * and accuracy on the demo evaluation fixture. A script, not a timed test, because timings depend
 * on the machine. Run: `node --import tsx test/knowledge/match-bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { FAQ_BOT_DEFAULTS } from '../../bot/index';
import { examplesFromKnowledge, loadKnowledge, TfidfMatcher } from '../../knowledge/index';
import { DEMO_KB_PATH, readEvalRows } from '../bot/demo-bot';

const TRAIN_RUNS = 20;
const MATCH_ROUNDS = 50;
/** Rounds run before measuring, so the JIT has compiled the hot paths. */
const WARM_UP_ROUNDS = 5;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const kb = await loadKnowledge(DEMO_KB_PATH);
  const examples = examplesFromKnowledge(kb);
  const rows = await readEvalRows();
  const trainMs: number[] = [];
  let matcher = new TfidfMatcher();
  for (let run = 0; run < TRAIN_RUNS; run += 1) {
    matcher = new TfidfMatcher();
    const start = performance.now();
    await matcher.train(examples);
    trainMs.push(performance.now() - start);
  }
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const row of rows) matcher.match(row.text);
  const latencies: number[] = [];
  const cpuLatencies: number[] = [];
  for (let round = 0; round < MATCH_ROUNDS; round += 1) {
    for (const row of rows) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      matcher.match(row.text);
      latencies.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuLatencies.push((cpu.user + cpu.system) / 1000);
    }
  }
  latencies.sort((a, b) => a - b);
  cpuLatencies.sort((a, b) => a - b);
  trainMs.sort((a, b) => a - b);
  const inScope = rows.filter((row) => row.expect.startsWith('answer:'));
  const outOfScope = rows.filter((row) => row.expect === 'fallback');
  const correct = inScope.filter(
    (row) => matcher.match(row.text)[0]?.label === row.expect.slice('answer:'.length),
  );
  const rejected = outOfScope.filter(
    (row) => (matcher.match(row.text)[0]?.score ?? 0) < FAQ_BOT_DEFAULTS.answerThreshold,
  );
  const result = {
    entries: kb.entries.length,
    trainingRows: examples.length,
    trainMsFirst: Number(trainMs[0]?.toFixed(2)),
    trainMsMedian: Number(percentile(trainMs, 0.5).toFixed(2)),
    latencyMsP50: Number(percentile(latencies, 0.5).toFixed(4)),
    latencyMsP99: Number(percentile(latencies, 0.99).toFixed(4)),
    // CPU time per match: unlike wall time, not inflated when other processes share the machine.
    cpuMsP50: Number(percentile(cpuLatencies, 0.5).toFixed(4)),
    cpuMsP99: Number(percentile(cpuLatencies, 0.99).toFixed(4)),
    matches: latencies.length,
    inScopeTop1: Number((correct.length / inScope.length).toFixed(3)),
    inScopeRows: inScope.length,
    oosBelowThreshold: Number((rejected.length / outOfScope.length).toFixed(3)),
    oosRows: outOfScope.length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
