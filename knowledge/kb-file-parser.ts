/**
 * Reads one knowledge file's text into entries, with a line-precise issue for everything wrong in
 * it. Rules that span files (duplicate ids, duplicate questions) are applied later by kb-checks.ts.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { KbIssue } from './kb-issues';
import {
  ANSWER_CHANNELS,
  answerVariantsSchema,
  describeZodIssue,
  kbEntrySchema,
  kbFileSchema,
} from './kb-schema';
import type { AnswerVariants, KnowledgeEntry } from './types';
import { YamlLocator, type SourcePosition } from './yaml-locator';

/** An entry with the positions later checks need to point at. */
export interface ParsedEntry {
  entry: KnowledgeEntry;
  file: string;
  id: SourcePosition;
  questions: SourcePosition[];
  answers: Partial<Record<string, SourcePosition>>;
}

/** Entries and issues of one file. */
export interface ParsedFile {
  entries: ParsedEntry[];
  errors: KbIssue[];
  warnings: KbIssue[];
}

type Path = readonly PropertyKey[];

/** Parses and validates one file's text; never throws on bad input. */
export function parseKnowledgeFile(file: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const locator = new YamlLocator(doc, lines);
  const result: ParsedFile = { entries: [], errors: [], warnings: [] };
  const context: FileContext = { file, locator, result };
  result.warnings.push(...doc.warnings.map((w) => issue(context, locator.at(w.pos[0]), w.message)));
  result.errors.push(...doc.errors.map((e) => issue(context, locator.at(e.pos[0]), e.message)));
  if (doc.errors.length > 0) return result;
  if (doc.contents === null) {
    result.errors.push(
      issue(context, { line: 1, column: 1 }, 'file is empty: expected a map with `entries`'),
    );
    return result;
  }
  const parsed = kbFileSchema.safeParse(toPlainData(context, doc), { error: describeZodIssue });
  if (!parsed.success) {
    if (result.errors.length === 0) reportZodIssues(context, [], parsed.error.issues);
    return result;
  }
  if (parsed.data.entries.length === 0) {
    result.warnings.push(issue(context, locator.locate(['entries']), 'entries: the file has no entries'));
  }
  parsed.data.entries.forEach((raw, index) => {
    const entry = parseEntry(context, index, raw, parsed.data.locale);
    if (entry !== undefined) result.entries.push(entry);
  });
  return result;
}

/** The document as plain data; YAML that expands without bound (alias bombs) becomes an error. */
function toPlainData(context: FileContext, doc: Document): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.result.errors.push(issue(context, { line: 1, column: 1 }, message));
    return undefined;
  }
}

interface FileContext {
  file: string;
  locator: YamlLocator;
  result: ParsedFile;
}

function parseEntry(
  context: FileContext,
  index: number,
  raw: unknown,
  fileLocale: string | undefined,
): ParsedEntry | undefined {
  const path = ['entries', index] as const;
  const parsed = kbEntrySchema.safeParse(raw, { error: describeZodIssue });
  if (!parsed.success) {
    reportZodIssues(context, path, parsed.error.issues);
    return undefined;
  }
  const answer = parseAnswer(context, [...path, 'answer'], parsed.data.answer);
  const locale = parsed.data.locale ?? fileLocale;
  if (locale === undefined) {
    const message = `${formatPath(path)}: locale is missing: set \`locale\` at the top of the file or on the entry`;
    context.result.errors.push(issue(context, context.locator.locate(path), message));
  }
  if (answer === undefined || locale === undefined) return undefined;
  const { locator, file } = context;
  const entry: KnowledgeEntry = {
    id: parsed.data.id,
    questions: parsed.data.questions,
    answer,
    tags: parsed.data.tags ?? [],
    locale,
    source: { file, line: locator.locate(path).line },
  };
  return {
    entry,
    file,
    id: locator.locate([...path, 'id']),
    questions: parsed.data.questions.map((_, i) => locator.locate([...path, 'questions', i])),
    answers: Object.fromEntries(
      Object.keys(answer).map((channel) => [channel, locator.locate([...path, 'answer', channel])]),
    ),
  };
}

function parseAnswer(context: FileContext, path: Path, raw: unknown): AnswerVariants | undefined {
  if (typeof raw === 'string') {
    if (raw.trim().length > 0) return { default: raw };
    context.result.errors.push(
      issue(context, context.locator.locate(path), `${formatPath(path)}: must not be empty`),
    );
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const message = `${formatPath(path)}: must be a text or a map of channel → text (${ANSWER_CHANNELS.join(', ')})`;
    context.result.errors.push(issue(context, context.locator.locate(path), message));
    return undefined;
  }
  const parsed = answerVariantsSchema.safeParse(raw, { error: describeZodIssue });
  if (parsed.success) return parsed.data;
  reportZodIssues(context, path, parsed.error.issues);
  return undefined;
}

function reportZodIssues(context: FileContext, base: Path, issues: readonly z.core.$ZodIssue[]): void {
  for (const zodIssue of issues) {
    const path = [...base, ...zodIssue.path];
    if (zodIssue.code === 'unrecognized_keys') {
      for (const key of zodIssue.keys) {
        const position = context.locator.locateKey(path, key);
        context.result.errors.push(issue(context, position, unknownKeyMessage(path, key)));
      }
      continue;
    }
    const message = `${path.length === 0 ? 'file' : formatPath(path)}: ${zodIssue.message}`;
    context.result.errors.push(issue(context, context.locator.locate(path), message));
  }
}

function unknownKeyMessage(path: Path, key: string): string {
  const where = path.length === 0 ? '' : `${formatPath(path)}: `;
  if (path.at(-1) === 'answer') {
    return `${where}unknown channel "${key}" (allowed: ${ANSWER_CHANNELS.join(', ')})`;
  }
  return `${where}unknown key "${key}"`;
}

function issue(context: FileContext, position: SourcePosition, message: string): KbIssue {
  return { file: context.file, line: position.line, column: position.column, message };
}

/** `['entries', 3, 'id']` → `entries[3].id`. */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}
