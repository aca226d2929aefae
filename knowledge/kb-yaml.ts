/**
 * The knowledge file format (DESIGN.md) for the editor API and `switchboard kb import/export`:
 * reading an uploaded file with the very rules of `kb lint`, and writing entries back out so that
 * an export imports again unchanged.
 */
import { Document } from 'yaml';
import { checkEntries } from './kb-checks';
import { parseKnowledgeFile, type ParsedEntry } from './kb-file-parser';
import { compareIssues, type KbIssue } from './kb-issues';
import type { KnowledgeEntry } from './types';

/** Entries read from an uploaded file, and the warnings an editor should see. */
export interface ParsedUpload {
  entries: KnowledgeEntry[];
  errors: KbIssue[];
  warnings: KbIssue[];
}

/**
 * Parses `text` as one knowledge file named `name` and checks it together with `kept` (draft
 * entries that stay beside it in a merge, unless the upload replaces them by id): duplicates
 * against those are errors of the upload.
 * Only issues inside the upload are reported; every issue has its line and column.
 */
export function parseUpload(name: string, text: string, kept: readonly KnowledgeEntry[]): ParsedUpload {
  const parsed = parseKnowledgeFile(name, text);
  const incoming = new Set(parsed.entries.map((entry) => entry.entry.id));
  const others = kept.filter((entry) => !incoming.has(entry.id)).map((entry) => asParsed(entry));
  const cross = checkEntries([...others, ...parsed.entries]);
  const inUpload = (issue: KbIssue) => issue.file === name;
  return {
    entries: parsed.entries.filter((entry) => !cross.rejected.has(entry)).map((entry) => entry.entry),
    errors: [...parsed.errors, ...cross.errors.filter(inUpload)].sort(compareIssues),
    warnings: [...parsed.warnings, ...cross.warnings.filter(inUpload)].sort(compareIssues),
  };
}

/** A stored entry in the linter's shape; its positions point at the draft, not at a file. */
function asParsed(entry: KnowledgeEntry): ParsedEntry {
  const position = { line: 1, column: 1 };
  return {
    entry,
    file: `draft entry ${entry.id}`,
    id: position,
    questions: entry.questions.map(() => position),
    answers: {},
  };
}

/**
 * One knowledge file holding `entries`: the most common locale becomes the file's, other entries
 * carry their own; an answer with only a default variant is written as plain text.
 */
export function entriesToYaml(entries: readonly KnowledgeEntry[]): string {
  const locale = mostCommonLocale(entries);
  const items = entries.map((entry) => {
    const variants = Object.entries(entry.answer).filter(([, text]) => text !== undefined);
    const answer = variants.length === 1 ? entry.answer.default : Object.fromEntries(variants);
    return {
      id: entry.id,
      ...(entry.locale === locale ? {} : { locale: entry.locale }),
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
      questions: entry.questions,
      answer,
    };
  });
  return new Document({ locale, entries: items }).toString({ lineWidth: 0 });
}

function mostCommonLocale(entries: readonly KnowledgeEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.locale, (counts.get(entry.locale) ?? 0) + 1);
  let best = 'en';
  let bestCount = 0;
  for (const [locale, count] of counts) {
    if (count > bestCount) [best, bestCount] = [locale, count];
  }
  return best;
}
