import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchRow, PooledScore } from './nlu/report';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/nlu', import.meta.url));
const run = promisify(execFile);

interface BenchOutput {
  stdout: string;
  stderr: string;
  json: { bench: string; timeoutSeconds: number; results: BenchRow[]; crossValidatedPooled: PooledScore[] };
}

async function bench(args: readonly string[]): Promise<BenchOutput> {
  const { stdout, stderr } = await run(
    process.execPath,
    ['--import', 'tsx', 'test/bench/nlu/nlu-bench.ts', '--data-dir', FIXTURES, '--json', ...args],
    { cwd: REPO_ROOT, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, timeout: 120_000 },
  );
  const lines = stdout.trimEnd().split('\n');
  return { stdout, stderr, json: JSON.parse(lines[lines.length - 1] ?? '') as BenchOutput['json'] };
}

describe('npm run bench:nlu on the tiny fixtures', () => {
  let output: BenchOutput;

  beforeAll(async () => {
    output = await bench([
      '--sets',
      'bench-holdout,bench-cv',
      '--peers',
      'ours,natural-bayes',
      '--folds',
      '3',
    ]);
  }, 120_000);

  it('prints a table with one row per (peer, set), then the JSON object as the last line', () => {
    const [header, rule, ...rest] = output.stdout.split('\n');
    expect(header).toMatch(/^\| peer +\| set +\| eval +\| n +\| acc .*\| peak RSS MB \| heap MB \|$/);
    expect(rule).toMatch(/^\| -+ \| -+ \|/);
    const rows = rest.filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(4);
    expect(rows.filter((line) => line.includes('| bench-cv ') && line.includes('| 3-fold CV '))).toHaveLength(
      2,
    );
    expect(output.stdout).toContain('micro-F1 pooled over the cross-validated sets');
  });

  it('reports every figure for each finished evaluation', () => {
    const { results } = output.json;
    expect(output.json.bench).toBe('nlu');
    expect(results.map((row) => `${row.peer}/${row.set}/${row.status}`)).toEqual([
      'ours/bench-cv/ok',
      'natural-bayes/bench-cv/ok',
      'ours/bench-holdout/ok',
      'natural-bayes/bench-holdout/ok',
    ]);
    for (const row of results) {
      for (const key of ['accuracy', 'inScopeAccuracy', 'oosRecall', 'macroF1', 'microF1'] as const) {
        expect(row[key], `${row.peer}/${row.set} ${key}`).toBeGreaterThanOrEqual(0);
        expect(row[key]).toBeLessThanOrEqual(1);
      }
      expect(row.microF1).toBeCloseTo(row.accuracy ?? -1, 10);
      expect(row.trainMs).toBeGreaterThan(0);
      expect(row.latencyMsP99).toBeGreaterThanOrEqual(row.latencyMsP50 ?? Infinity);
      expect(row.peakRssMb).toBeGreaterThan(row.heapUsedMb ?? Infinity);
    }
    const holdout = results.filter((row) => row.set === 'bench-holdout');
    expect(holdout.map((row) => row.n)).toEqual([12, 12]);
    expect(results.filter((row) => row.set === 'bench-cv').map((row) => row.n)).toEqual([12, 12]);
  });

  it('rejects out of scope for ours (threshold by CV) and learns the in-scope intents', () => {
    const ours = output.json.results.find((row) => row.peer === 'ours' && row.set === 'bench-holdout');
    expect(ours?.inScopeAccuracy).toBeGreaterThan(0.5);
    expect(ours?.notes.join('\n')).toMatch(/oos threshold chosen by: 5-fold CV on train/);
  });

  it('pools micro-F1 over the cross-validated sets per peer', () => {
    expect(output.json.crossValidatedPooled).toEqual([
      expect.objectContaining({ peer: 'ours', sets: ['bench-cv'], n: 12 }),
      expect.objectContaining({ peer: 'natural-bayes', sets: ['bench-cv'], n: 12 }),
    ]);
    const cvRow = output.json.results.find((row) => row.peer === 'ours' && row.set === 'bench-cv');
    expect(output.json.crossValidatedPooled[0]?.microF1).toBeCloseTo(cvRow?.microF1 ?? -1, 10);
  });
});

describe('bounded and contained runs', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sb-nlu-bench-'));
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'train.jsonl'), '{"text":"hello","intent":"greet"}\n{"text":\n');
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a (peer, set) that outlives its cap as a timeout, in the table and the JSON', async () => {
    // 50 ms cannot even start Node with tsx, so the cap is what ends the worker.
    const { stdout, json } = await bench(['--sets', 'bench-cv', '--peers', 'ours', '--timeout', '0.05']);
    expect(json.timeoutSeconds).toBe(0.05);
    expect(json.results).toEqual([
      expect.objectContaining({
        peer: 'ours',
        set: 'bench-cv',
        status: 'timeout',
        message: 'timeout after 0.05 s',
      }),
    ]);
    expect(json.results[0]?.accuracy).toBeUndefined();
    expect(stdout).toMatch(/\| ours +\| bench-cv +\| 5-fold CV \| — +\| timeout after 0\.05 s \|/);
    expect(json.crossValidatedPooled[0]?.microF1).toBeUndefined();
  }, 60_000);

  it('reports a worker that fails as an error row naming the bad file line, and carries on', async () => {
    const { stdout, json } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/bench/nlu/nlu-bench.ts',
        '--data-dir',
        dir,
        '--peers',
        'ours,natural-bayes',
        '--json',
      ],
      { cwd: REPO_ROOT, env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, timeout: 60_000 },
    ).then(({ stdout: out }) => ({
      stdout: out,
      json: JSON.parse(out.trimEnd().split('\n').pop() ?? '') as BenchOutput['json'],
    }));
    expect(json.results.map((row) => row.status)).toEqual(['error', 'error']);
    expect(json.results[0]?.message).toContain(
      `${path.join(dir, 'broken', 'train.jsonl')}:2: not valid JSON`,
    );
    expect(stdout).toMatch(/\| natural-bayes \| broken \| 5-fold CV \| — +\| error: DatasetInvalidError/);
  }, 60_000);

  it('exits 2 with the usage on an unknown set or peer', async () => {
    const failure = (await bench(['--peers', 'ours,watson']).catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('--peers takes ours, nlpjs, natural-bayes, natural-lr');
    expect(failure.stderr).toContain('usage: npm run bench:nlu');
  });
});
