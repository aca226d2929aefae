import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatasetInvalidError,
  loadLabelledRows,
  parseLabelledRows,
  stratifiedKFold,
  type LabelledRow,
} from '../../knowledge/nlu/dataset';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sb-nlu-dataset-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content, 'utf8');
  return file;
}

describe('loadLabelledRows', () => {
  it('reads text and intent, ignores extra fields, blank lines and a byte-order mark', async () => {
    const file = await fileWith(
      'ok.jsonl',
      '\uFEFF{"text":"退票","intent":"flight","split":"train"}\n\n{"text":"hi","intent":"oos","domain":"x"}\n',
    );
    await expect(loadLabelledRows(file)).resolves.toEqual([
      { text: '退票', intent: 'flight' },
      { text: 'hi', intent: 'oos' },
    ]);
  });

  it('names the file and line of bad JSON and of missing or wrong fields', async () => {
    const file = await fileWith(
      'bad.jsonl',
      ['{"text":"a","intent":"x"}', '{"text":', '{"text":"b"}', '{"text":"c","intent":7}', '[1]'].join('\n'),
    );
    const error: unknown = await loadLabelledRows(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    const invalid = error as DatasetInvalidError;
    expect(invalid.code).toBe('SB_ERR_DATASET_INVALID');
    expect(invalid.problems).toHaveLength(4);
    expect(invalid.problems[0]).toMatch(new RegExp(`^${file}:2: not valid JSON`));
    expect(invalid.problems[1]).toMatch(new RegExp(`^${file}:3: intent: `));
    expect(invalid.problems[2]).toMatch(new RegExp(`^${file}:4: intent: `));
    expect(invalid.problems[3]).toMatch(new RegExp(`^${file}:5: `));
    expect(invalid.message).toContain(`${file}:3`);
  });

  it('rejects empty text', () => {
    expect(() => parseLabelledRows('{"text":"","intent":"x"}', 'mem.jsonl')).toThrow(/mem\.jsonl:1: text/);
  });

  it('refuses a file over the size cap and more rows than the row cap', async () => {
    const file = await fileWith('big.jsonl', '{"text":"a","intent":"x"}\n'.repeat(10));
    await expect(loadLabelledRows(file, { maxBytes: 100 })).rejects.toThrow(/more than the 100-byte limit/);
    await expect(loadLabelledRows(file, { maxRows: 9 })).rejects.toThrow(/more than 9 rows/);
    await expect(loadLabelledRows(file, { maxRows: 10 })).resolves.toHaveLength(10);
  });

  it('names a missing file', async () => {
    const missing = path.join(dir, 'nope.jsonl');
    await expect(loadLabelledRows(missing)).rejects.toThrow(`${missing}: cannot be read`);
  });
});

function rowsOf(counts: Record<string, number>): LabelledRow[] {
  return Object.entries(counts).flatMap(([intent, n]) =>
    Array.from({ length: n }, (_, i) => ({ text: `${intent}-${i}`, intent })),
  );
}

describe('stratifiedKFold', () => {
  const rows = rowsOf({ b: 7, a: 6, oos: 2 });

  it('puts every row in exactly one test fold and the rest in train', () => {
    const folds = stratifiedKFold(rows, 3, 42);
    expect(folds).toHaveLength(3);
    const tested = folds.flatMap((fold) => fold.test.map((row) => row.text)).sort();
    expect(tested).toEqual(rows.map((row) => row.text).sort());
    for (const fold of folds) {
      expect(fold.train.length + fold.test.length).toBe(rows.length);
      expect(fold.train.filter((row) => fold.test.includes(row))).toEqual([]);
    }
  });

  it('balances fold sizes and spreads each intent across folds', () => {
    const folds = stratifiedKFold(rows, 3, 42);
    // 15 rows → 5 per fold; a: 6 → 2 per fold; b: 7 → 3, 2, 2 in some order.
    expect(folds.map((fold) => fold.test.length)).toEqual([5, 5, 5]);
    for (const fold of folds) expect(fold.test.filter((row) => row.intent === 'a')).toHaveLength(2);
    expect(folds.map((fold) => fold.test.filter((row) => row.intent === 'b').length).sort()).toEqual([
      2, 2, 3,
    ]);
  });

  it('is deterministic for a seed and keeps input order within a fold', () => {
    const once = stratifiedKFold(rows, 4, 7);
    expect(stratifiedKFold(rows, 4, 7)).toEqual(once);
    for (const fold of once) {
      const positions = fold.test.map((row) => rows.indexOf(row));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
    const shuffledDifferently = [1, 2, 3, 4, 5].some(
      (seed) => JSON.stringify(stratifiedKFold(rows, 4, seed)) !== JSON.stringify(once),
    );
    expect(shuffledDifferently).toBe(true);
  });

  it('refuses k below 2, above the row count, or fractional', () => {
    expect(() => stratifiedKFold(rows, 1)).toThrow(/integer k in \[2, 15\]/);
    expect(() => stratifiedKFold(rows, 16)).toThrow(/got 16/);
    expect(() => stratifiedKFold(rows, 2.5)).toThrow(/got 2.5/);
  });
});
