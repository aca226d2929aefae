/**
 * A/B of two checkouts of this project on the web chat bench, fair on a VM whose speed drifts by
 * tens of percent within minutes: both servers (on SQLite) and the bare route start once, side by
 * side, and the load alternates between them in short slices, order reversed every slice, so drift
 * falls on both alike. A developer script, not a test: `node --import tsx test/bench/ab-slices.ts
 * DIR_A DIR_B [SLICES=12] [SECONDS=4]`, each DIR a checkout with its dependencies installed (a git
 * worktree with `node_modules` linked to this one's will do). Only one target is loaded at a time.
 * `A_NODE_ARGS` / `B_NODE_ARGS` (space-separated) add Node options to one server, after the usual
 * ones: the same checkout twice then compares options, or, with none, measures the harness's noise.
 */
import { runLoad } from './load';
import { parseBenchOptions } from './options';
import { BENCH_QUESTIONS } from './questions';
import { SERVER_NODE_ARGS, startTarget, type RunningTarget } from './targets';

const SESSIONS = 50;
const SLICE_WARMUP_MS = 1000;

interface Totals {
  requests: number;
  ms: number;
  p99s: number[];
}

async function main(): Promise<void> {
  const [dirA, dirB, slicesArg = '12', secondsArg = '4'] = process.argv.slice(2);
  if (dirA === undefined || dirB === undefined) {
    throw new Error('usage: node --import tsx test/bench/ab-slices.ts DIR_A DIR_B [SLICES] [SECONDS]');
  }
  const slices = Number(slicesArg);
  const seconds = Number(secondsArg);
  const options = parseBenchOptions([], process.env);
  const targets: [string, RunningTarget][] = [['bare', await startTarget('bare', options)]];
  try {
    for (const [name, dir] of [
      ['A', dirA],
      ['B', dirB],
    ] as const) {
      const extra = (process.env[`${name}_NODE_ARGS`] ?? '').split(' ').filter((arg) => arg.length > 0);
      const targetCommand = [
        process.execPath,
        ...SERVER_NODE_ARGS,
        ...extra,
        `${dir}/bin/switchboard.js`,
        'start',
      ];
      targets.push([name, await startTarget('sqlite', { ...options, targetCommand })]);
    }
    const totals = new Map<string, Totals>(targets.map(([name]) => [name, { requests: 0, ms: 0, p99s: [] }]));
    for (let slice = 0; slice < slices; slice += 1) {
      const order = slice % 2 === 0 ? targets : [...targets].reverse();
      const line: string[] = [];
      for (const [name, target] of order) {
        const { summary } = await runLoad({
          port: target.server.port,
          sessions: SESSIONS,
          warmupMs: SLICE_WARMUP_MS,
          durationMs: seconds * 1000,
          questions: BENCH_QUESTIONS,
        });
        const total = totals.get(name)!;
        total.requests += summary.requests;
        total.ms += seconds * 1000;
        total.p99s.push(summary.p99);
        line.push(`${name} ${summary.perSecond.toFixed(0)}/s p99 ${summary.p99.toFixed(1)} ms`);
      }
      process.stdout.write(`slice ${slice + 1}/${slices}: ${line.join(' | ')}\n`);
    }
    const bare = totals.get('bare')!;
    for (const [name, total] of totals) {
      const p99s = [...total.p99s].sort((a, b) => a - b);
      const median = p99s[Math.floor(p99s.length / 2)] ?? Number.NaN;
      const perSecond = (total.requests * 1000) / total.ms;
      const ratio = (100 * total.requests) / bare.requests;
      process.stdout.write(
        `${name}: ${perSecond.toFixed(0)}/s, ${ratio.toFixed(1)} % of bare, median slice p99 ${median.toFixed(1)} ms\n`,
      );
    }
  } finally {
    for (const [, target] of targets) await target.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`ab-slices failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
