/**
 * Reads `bot eval` rows: one JSON object a line, `{"text", "expect", "locale"?}`, where expect is
 * `answer:<entry-id>` | `fallback` | `handoff:urgent` | `handoff:human`. Every bad line is reported
 * as `file:line: problem`, all at once, so a fixture can be mended in one pass.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SwitchboardError } from '../../gateway/errors';

/** Code of every error about an evaluation file (bad JSON, bad row, unknown entry id). */
export const EVAL_INVALID = 'SB_ERR_EVAL_INVALID';

/** What the bot is expected to do with a row. */
export type Expectation =
  | { kind: 'answer'; entryId: string }
  | { kind: 'fallback' }
  | { kind: 'handoff'; reason: 'urgent' | 'human' };

/** One evaluation row with where it came from. */
export interface EvalRow {
  text: string;
  expect: Expectation;
  /** The locale hint passed to the bot, when the row names one. */
  locale?: string;
  /** 1-based line number in the file. */
  line: number;
}

const EXPECT_PATTERN = /^(answer:[a-z0-9-]+|fallback|handoff:urgent|handoff:human)$/;

const rowSchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty'),
  expect: z
    .string()
    .regex(EXPECT_PATTERN, 'expect must be answer:<entry-id>, fallback, handoff:urgent or handoff:human'),
  locale: z.string().min(2).optional(),
});

/** Turns the `expect` string into an {@link Expectation}. */
export function parseExpectation(expect: string): Expectation {
  if (expect.startsWith('answer:')) return { kind: 'answer', entryId: expect.slice('answer:'.length) };
  if (expect === 'handoff:urgent') return { kind: 'handoff', reason: 'urgent' };
  if (expect === 'handoff:human') return { kind: 'handoff', reason: 'human' };
  return { kind: 'fallback' };
}

/** Parses JSONL `content` from `file`; returns the rows and one message per bad line. */
export function parseEvalRows(file: string, content: string): { rows: EvalRow[]; errors: string[] } {
  const rows: EvalRow[] = [];
  const errors: string[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      errors.push(`${file}:${line}: not valid JSON (${(error as Error).message})`);
      return;
    }
    const parsed = rowSchema.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => describeIssue(issue.path, issue.message));
      errors.push(`${file}:${line}: ${problems.join('; ')}`);
      return;
    }
    const { text, expect, locale } = parsed.data;
    rows.push({ text, expect: parseExpectation(expect), line, ...(locale === undefined ? {} : { locale }) });
  });
  return { rows, errors };
}

/**
 * Reads and validates the rows of `file`, checking that every `answer:` id is one of `entryIds`.
 * @throws SwitchboardError `SB_ERR_EVAL_INVALID` listing every bad line, or when the file holds no row.
 */
export async function readEvalFile(file: string, entryIds: ReadonlySet<string>): Promise<EvalRow[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new SwitchboardError(EVAL_INVALID, `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const { rows, errors } = parseEvalRows(file, content);
  for (const row of rows) {
    if (row.expect.kind === 'answer' && !entryIds.has(row.expect.entryId)) {
      errors.push(`${file}:${row.line}: no knowledge entry has the id "${row.expect.entryId}"`);
    }
  }
  if (errors.length === 0 && rows.length === 0) errors.push(`${file}: holds no evaluation row`);
  if (errors.length > 0) {
    errors.sort(byLine);
    throw new SwitchboardError(EVAL_INVALID, `${errors.length} bad row(s):\n${errors.join('\n')}`);
  }
  return rows;
}

function describeIssue(path: readonly PropertyKey[], message: string): string {
  return path.length === 0 ? message : `${path.map(String).join('.')}: ${message}`;
}

function byLine(a: string, b: string): number {
  return lineOf(a) - lineOf(b);
}

function lineOf(message: string): number {
  return Number.parseInt(/:(\d+):/.exec(message)?.[1] ?? '0', 10);
}
