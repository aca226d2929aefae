/**
 * Intent-labelled datasets: the JSON Lines loader for rows `{"text","intent", …}` (the shared
 * benchmark format; extra fields are ignored) and a deterministic stratified k-fold splitter for
 * choosing thresholds or scoring small sets by cross-validation.
 */
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { SwitchboardError } from '../../gateway/errors';
import { seededRandom, shuffleInPlace } from './seeded-random';

/** The intent that marks an out-of-scope utterance in every dataset. */
export const OOS_INTENT = 'oos';

/** Error code for a dataset file that cannot be read as intent-labelled rows. */
export const DATASET_INVALID = 'SB_ERR_DATASET_INVALID';

/** One labelled utterance. */
export interface LabelledRow {
  text: string;
  intent: string;
}

/** Limits for {@link loadLabelledRows}; every field has a default. */
export interface LoadLabelledRowsOptions {
  /** Largest file accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Most rows accepted (default 1,000,000). */
  maxRows?: number;
}

/** Errors listed in one thrown message, at most; the count of the rest is appended. */
const MAX_LISTED_ERRORS = 20;

const rowSchema = z.object({
  text: z.string().min(1, 'text must not be empty'),
  intent: z.string().min(1, 'intent must not be empty'),
});

/** A dataset file that cannot be used; the message names the file and each bad line. */
export class DatasetInvalidError extends SwitchboardError {
  /** `file:line: problem`, one per bad line. */
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    const listed = problems.slice(0, MAX_LISTED_ERRORS);
    const rest = problems.length - listed.length;
    const more = rest > 0 ? `\n… and ${rest} more` : '';
    super(DATASET_INVALID, `${file} is not a valid intent dataset:\n${listed.join('\n')}${more}`, {
      statusCode: 400,
    });
    this.name = 'DatasetInvalidError';
    this.problems = problems;
  }
}

/**
 * Parses JSON Lines text into rows. Blank lines are skipped; every other line must be a JSON object
 * with a non-empty string `text` and `intent`.
 *
 * @param file - named in error messages only.
 * @throws DatasetInvalidError (code `SB_ERR_DATASET_INVALID`) listing every bad line, or when the
 *   content holds more than `maxRows` rows.
 */
export function parseLabelledRows(
  content: string,
  file: string,
  options: LoadLabelledRowsOptions = {},
): LabelledRow[] {
  const maxRows = options.maxRows ?? 1_000_000;
  const rows: LabelledRow[] = [];
  const problems: string[] = [];
  const lines = content.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') problems.push(`${file}:${index + 1}: ${parsed}`);
    else rows.push(parsed);
    if (rows.length > maxRows) throw new DatasetInvalidError(file, [`${file}: more than ${maxRows} rows`]);
  }
  if (problems.length > 0) throw new DatasetInvalidError(file, problems);
  return rows;
}

/** One row, or the reason the line is not one. */
function parseLine(line: string): LabelledRow | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const result = rowSchema.safeParse(value);
  if (result.success) return { text: result.data.text, intent: result.data.intent };
  return result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Reads a JSON Lines dataset file (UTF-8) into rows.
 *
 * @throws DatasetInvalidError (code `SB_ERR_DATASET_INVALID`) when the file is missing, larger than
 *   `maxBytes`, or has bad lines (each named as `file:line`).
 */
export async function loadLabelledRows(
  file: string,
  options: LoadLabelledRowsOptions = {},
): Promise<LabelledRow[]> {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  let content: string;
  try {
    const info = await stat(file);
    if (info.size > maxBytes) {
      throw new DatasetInvalidError(file, [
        `${file}: ${info.size} bytes, more than the ${maxBytes}-byte limit`,
      ]);
    }
    content = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof DatasetInvalidError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetInvalidError(file, [`${file}: cannot be read (${reason})`]);
  }
  return parseLabelledRows(content.replace(/^\uFEFF/, ''), file, options);
}

/** One cross-validation fold: the rows to train on and the held-out rows to score. */
export interface Fold<T> {
  train: T[];
  test: T[];
}

/**
 * Splits rows into `k` folds, stratified by intent and deterministic for a given `seed`. Each
 * intent's rows are shuffled with the seed and dealt round-robin, continuing where the previous
 * intent (in sorted label order) stopped, so fold sizes differ by at most one and every intent with
 * at least `k` rows appears in every test fold. Every row is in exactly one test fold; within a
 * fold, rows keep their input order.
 *
 * @throws SwitchboardError (code `SB_ERR_DATASET_INVALID`) when `k` is not an integer in [2, rows].
 */
export function stratifiedKFold<T extends { intent: string }>(
  rows: readonly T[],
  k: number,
  seed = 1,
): Fold<T>[] {
  if (!Number.isInteger(k) || k < 2 || k > rows.length) {
    throw new SwitchboardError(
      DATASET_INVALID,
      `k-fold needs an integer k in [2, ${rows.length}], got ${k}`,
      {
        statusCode: 400,
      },
    );
  }
  const byIntent = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const members = byIntent.get(row.intent) ?? [];
    members.push(index);
    byIntent.set(row.intent, members);
  });
  const random = seededRandom(seed);
  const foldOf = new Array<number>(rows.length).fill(0);
  let next = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    for (const index of shuffleInPlace(byIntent.get(intent) ?? [], random)) {
      foldOf[index] = next;
      next = (next + 1) % k;
    }
  }
  return Array.from({ length: k }, (_, fold) => ({
    train: rows.filter((_, index) => foldOf[index] !== fold),
    test: rows.filter((_, index) => foldOf[index] === fold),
  }));
}
