/**
 * The shape of a knowledge file (DESIGN.md, "Knowledge file format"), as zod schemas. Cross-entry
 * rules (duplicate ids and questions) live in kb-checks.ts because they span files.
 */
import { z } from 'zod';

/** Keys allowed in a per-channel answer map. */
export const ANSWER_CHANNELS = [
  'default',
  'sms',
  'voice',
  'email',
  'web',
  'wechat',
  'wechat-oa',
  'botframework',
] as const;

/** Entry ids appear in URLs, logs and evaluation files, so they stay plain. */
export const ENTRY_ID_PATTERN = /^[a-z0-9-]+$/;

const nonEmptyText = z.string().refine((value) => value.trim().length > 0, 'must not be empty');

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const localeSchema = z.string().refine(isLocale, 'must be a BCP 47 locale such as zh-CN or en');

/** Top level of one file; entries are checked one by one so a bad entry does not hide the others. */
export const kbFileSchema = z.strictObject({
  locale: localeSchema.optional(),
  entries: z.array(z.unknown()),
});

/** One entry; `answer` is checked separately because it is either a string or a channel map. */
export const kbEntrySchema = z.strictObject({
  id: z.string().regex(ENTRY_ID_PATTERN, 'must match [a-z0-9-]+'),
  questions: z.array(nonEmptyText).min(1, 'needs at least one question'),
  answer: z.unknown(),
  tags: z.array(z.string()).optional(),
  locale: localeSchema.optional(),
});

/** A per-channel answer map; `default` is required so every channel has something to send. */
export const answerVariantsSchema = z.strictObject({
  default: nonEmptyText,
  sms: nonEmptyText.optional(),
  voice: nonEmptyText.optional(),
  email: nonEmptyText.optional(),
  web: nonEmptyText.optional(),
  wechat: nonEmptyText.optional(),
  'wechat-oa': nonEmptyText.optional(),
  botframework: nonEmptyText.optional(),
});

/** Readable messages for zod's built-in issues; schema-level messages (regex, refine) win. */
export function describeZodIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}`;
  }
  return undefined;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a map';
  return `a ${expected}`;
}
