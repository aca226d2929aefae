/**
 * Conflicts (kb-conflicts.ts) as lint warnings: each pair of entries the matcher confuses often
 * becomes one `file:line:column` warning pointing at a confused question, so an editor can jump
 * there and reword it, merge the two entries or tell them apart.
 */
import { readFile } from 'node:fs/promises';
import { findConflicts, type ConflictPair } from './kb-conflicts';
import type { KbIssue } from './kb-issues';
import type { KnowledgeEntry, Matcher } from './types';

/** Options of {@link conflictWarnings}. */
export interface ConflictLintOptions {
  /** A new untrained matcher of the kind the bot uses. */
  createMatcher: () => Matcher;
  /** Warn about pairs confused on at least this share of their held-out questions (default 0.4). */
  minRate?: number;
  /** …and at least this many times (default 2): one slip is not a pattern. */
  minConfusions?: number;
}

/** Cross-validates the entries and returns one warning per pair confused too often. */
export async function conflictWarnings(
  entries: readonly KnowledgeEntry[],
  options: ConflictLintOptions,
): Promise<KbIssue[]> {
  const report = await findConflicts(entries, options.createMatcher, { minRate: options.minRate ?? 0.4 });
  const pairs = report.pairs.filter((pair) => pair.confusions >= (options.minConfusions ?? 2));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const texts = new Map<string, string[]>();
  const warnings: KbIssue[] = [];
  for (const pair of pairs) {
    const example = pair.examples[0];
    const source = example === undefined ? undefined : byId.get(example.entryId)?.source;
    if (example === undefined || source === undefined) continue;
    const lines = texts.get(source.file) ?? (await readFile(source.file, 'utf8')).split('\n');
    texts.set(source.file, lines);
    const position = findQuestion(lines, source.line, example.question);
    warnings.push({ file: source.file, ...position, message: describe(pair) });
  }
  return warnings;
}

function describe(pair: ConflictPair): string {
  const [a, b] = pair.entries;
  const share = Math.round(pair.rate * 100);
  const example = pair.examples[0];
  const sample =
    example === undefined ? '' : `, e.g. "${example.question}" was taken for "${example.predicted}"`;
  return `entries "${a}" and "${b}" are confused: ${pair.confusions} of ${pair.heldOut} held-out questions (${share} %)${sample}; reword them, merge them or add phrasings that tell them apart`;
}

/** Where `question` is written, searching from the entry's line; the entry's line when not found. */
function findQuestion(
  lines: readonly string[],
  entryLine: number,
  question: string,
): { line: number; column: number } {
  for (let index = Math.max(0, entryLine - 1); index < lines.length; index += 1) {
    const column = lines[index]?.indexOf(question) ?? -1;
    if (column >= 0) return { line: index + 1, column: column + 1 };
  }
  return { line: entryLine, column: 1 };
}
