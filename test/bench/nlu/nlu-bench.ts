/**
 * `npm run bench:nlu`: our matcher, NLP.js and natural's classifiers on every public set, each
 * (peer, set) in its own capped child process. Progress on stderr, the table on stdout, and with
 * `--json` one object as the last stdout line. Exit code 2 on bad options; timeouts and peer
 * errors are results, not failures.
 */
import { BenchUsageError } from '../options';
import { parseNluBenchOptions, USAGE, type NluBenchOptions } from './options';
import { ProgressLine } from './progress';
import { benchJson, formatTable, poolCrossValidated, scoreReport, type ScoredRow } from './report';
import { runWorker } from './run-worker';
import { discoverSets, type BenchSet } from './sets';

async function selectSets(options: NluBenchOptions): Promise<BenchSet[]> {
  const found = await discoverSets(options.dataDir);
  if (options.sets === undefined) return found;
  const names = found.map((set) => set.name);
  const unknown = options.sets.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new BenchUsageError(
      `--sets: no set ${unknown.join(', ')} in ${options.dataDir} (found: ${names.join(', ')})`,
    );
  }
  return found.filter((set) => options.sets?.includes(set.name));
}

function summary(scored: ScoredRow): string {
  const { row } = scored;
  if (row.status !== 'ok') return row.message?.split('\n')[0] ?? row.status;
  const score =
    row.evaluation === 'validation'
      ? `accuracy ${row.accuracy?.toFixed(3)}`
      : `micro-F1 ${row.microF1?.toFixed(3)}`;
  return `${score}, ${Math.round(row.elapsedMs / 1000)} s`;
}

/** Runs every (set, peer) pair in turn and returns the scored rows. */
export async function runNluBench(
  options: NluBenchOptions,
  progress = new ProgressLine(),
): Promise<ScoredRow[]> {
  const sets = await selectSets(options);
  const jobs = sets.flatMap((set) => options.peers.map((peer) => ({ set, peer })));
  const scored: ScoredRow[] = [];
  try {
    for (const [index, { set, peer }] of jobs.entries()) {
      const name = `[${index + 1}/${jobs.length}] ${peer} × ${set.name}`;
      const evaluation = set.hasValidation ? 'validation' : `${options.folds}-fold CV`;
      progress.begin(name);
      const job = {
        peer,
        set: set.name,
        dir: set.dir,
        hasValidation: set.hasValidation,
        folds: options.folds,
        seed: options.seed,
      };
      const report = await runWorker(job, {
        timeoutMs: options.timeoutSeconds * 1000,
        maxHeapMb: options.maxHeapMb,
        onProgress: (text) => progress.update(name, text),
      });
      const result = scoreReport(peer, set.name, evaluation, report);
      progress.finish(name, summary(result));
      scored.push(result);
    }
  } finally {
    progress.close();
  }
  return scored;
}

async function main(): Promise<void> {
  let options: NluBenchOptions;
  try {
    options = parseNluBenchOptions(process.argv.slice(2), process.env);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    const scored = await runNluBench(options);
    const rows = scored.map((s) => s.row);
    const pooled = poolCrossValidated(scored, options.peers);
    process.stdout.write(`${formatTable(rows, pooled)}\n`);
    if (options.json) {
      const { dataDir, timeoutSeconds, folds, seed } = options;
      process.stdout.write(
        `${JSON.stringify(benchJson({ dataDir, timeoutSeconds, folds, seed }, rows, pooled))}\n`,
      );
    }
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  }
}

await main();
