/**
 * The benchmark sets: every folder of the data directory holding a `train.jsonl`, evaluated on its
 * `validation.jsonl` when there is one and by k-fold cross-validation on train otherwise.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { containsCjk } from '../../../knowledge/index';
import type { LabelledRow } from '../../../knowledge/nlu/dataset';
import type { BenchLocale } from './peer';

/** One dataset folder. */
export interface BenchSet {
  name: string;
  dir: string;
  hasValidation: boolean;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** The sets under `dataDir`, sorted by name. */
export async function discoverSets(dataDir: string): Promise<BenchSet[]> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  const sets: BenchSet[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const dir = path.join(dataDir, entry.name);
    if (!(await isFile(path.join(dir, 'train.jsonl')))) continue;
    sets.push({ name: entry.name, dir, hasValidation: await isFile(path.join(dir, 'validation.jsonl')) });
  }
  return sets;
}

/** `zh` when at least half of the rows contain Chinese characters, `en` otherwise. */
export function localeOf(rows: readonly LabelledRow[]): BenchLocale {
  const chinese = rows.filter((row) => containsCjk(row.text)).length;
  return rows.length > 0 && chinese * 2 >= rows.length ? 'zh' : 'en';
}
