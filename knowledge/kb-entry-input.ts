/**
 * Entries arriving as JSON (the editor API) checked with the same schemas as knowledge files
 * (kb-schema.ts), and the question rules of kb-checks.ts applied against the rest of the draft, so
 * an entry the API accepts is one `kb lint` would accept too.
 */
import type { z } from 'zod';
import type { EntryIssue } from './kb-errors';
import { formatPath } from './kb-file-parser';
import { answerVariantsSchema, describeZodIssue, kbEntrySchema } from './kb-schema';
import { normalizeText } from './text-normalize';
import type { AnswerVariants, KnowledgeEntry } from './types';

/** An entry or the problems that keep it from being one. */
export type EntryInputResult = { entry: KnowledgeEntry } | { issues: EntryIssue[] };

/** Validates a JSON entry (`answer` a text or a channel map; `locale` required, there is no file default). */
export function parseEntryInput(raw: unknown): EntryInputResult {
  const parsed = kbEntrySchema.safeParse(raw, { error: describeZodIssue });
  if (!parsed.success) return { issues: zodIssues([], parsed.error.issues) };
  const issues: EntryIssue[] = [];
  const answer = parseAnswer(parsed.data.answer, issues);
  if (parsed.data.locale === undefined) issues.push({ path: 'locale', message: 'is required' });
  if (answer === undefined || parsed.data.locale === undefined) return { issues };
  return {
    entry: {
      id: parsed.data.id,
      questions: parsed.data.questions,
      answer,
      tags: parsed.data.tags ?? [],
      locale: parsed.data.locale,
    },
  };
}

function parseAnswer(raw: unknown, issues: EntryIssue[]): AnswerVariants | undefined {
  if (typeof raw === 'string') {
    if (raw.trim().length > 0) return { default: raw };
    issues.push({ path: 'answer', message: 'must not be empty' });
    return undefined;
  }
  const parsed = answerVariantsSchema.safeParse(raw, { error: describeZodIssue });
  if (parsed.success) return parsed.data;
  issues.push(...zodIssues(['answer'], parsed.error.issues));
  return undefined;
}

function zodIssues(base: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[]): EntryIssue[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath(path), message: `unknown key "${key}"` }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/** Errors: questions of `entry` that another entry already asks (normalized as the matcher sees them). */
export function questionClashes(entry: KnowledgeEntry, others: readonly KnowledgeEntry[]): EntryIssue[] {
  const owners = new Map<string, string>();
  for (const other of others) {
    if (other.id === entry.id) continue;
    for (const question of other.questions) owners.set(normalizeText(question), other.id);
  }
  return entry.questions.flatMap((question, index) => {
    const owner = owners.get(normalizeText(question));
    return owner === undefined
      ? []
      : [{ path: `questions[${index}]`, message: `"${question}" is also a question of entry "${owner}"` }];
  });
}

/** Warnings: a question repeated within the entry. */
export function repeatedQuestions(entry: KnowledgeEntry): EntryIssue[] {
  const seen = new Set<string>();
  return entry.questions.flatMap((question, index) => {
    const key = normalizeText(question);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ path: `questions[${index}]`, message: `"${question}" is repeated in this entry` }];
  });
}
