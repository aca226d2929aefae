/**
 * Rules that look across entries and files: an id or a question may appear only once in the whole
 * knowledge base, or the matcher could not tell two entries apart. Also the softer warnings an
 * editor should see (too few phrasings, a link read aloud on the phone, an over-long SMS).
 */
import type { ParsedEntry } from './kb-file-parser';
import type { KbIssue } from './kb-issues';
import { normalizeText } from './text-normalize';
import type { SourcePosition } from './yaml-locator';

/** Fewer phrasings than this and the matcher has little to learn from. */
const MIN_QUESTIONS = 2;
/** SMS text above this length arrives as several messages on most phones. */
const SMS_SOFT_LIMIT = 320;
const URL_PATTERN = /https?:\/\/|www\./i;

/** Issues found across entries; `rejected` holds entries that must not be loaded. */
export interface CrossEntryResult {
  errors: KbIssue[];
  warnings: KbIssue[];
  rejected: Set<ParsedEntry>;
}

/** Applies the knowledge-base-wide rules to entries from every file, in reading order. */
export function checkEntries(entries: readonly ParsedEntry[]): CrossEntryResult {
  const result: CrossEntryResult = { errors: [], warnings: [], rejected: new Set() };
  const ids = new Map<string, ParsedEntry>();
  const questions = new Map<string, { owner: ParsedEntry; position: SourcePosition }>();
  for (const parsed of entries) {
    const first = ids.get(parsed.entry.id);
    if (first === undefined) {
      ids.set(parsed.entry.id, parsed);
    } else {
      const message = `duplicate id "${parsed.entry.id}" (first defined at ${where(first.file, first.id)})`;
      result.errors.push(at(parsed, parsed.id, message));
      result.rejected.add(parsed);
    }
    checkQuestions(parsed, questions, result);
    result.warnings.push(...entryWarnings(parsed));
  }
  return result;
}

function checkQuestions(
  parsed: ParsedEntry,
  seen: Map<string, { owner: ParsedEntry; position: SourcePosition }>,
  result: CrossEntryResult,
): void {
  parsed.entry.questions.forEach((question, index) => {
    const key = normalizeText(question);
    const position = parsed.questions[index] ?? parsed.id;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, { owner: parsed, position });
    } else if (first.owner === parsed) {
      result.warnings.push(at(parsed, position, `question "${question}" is repeated in this entry`));
    } else {
      const other = `entry "${first.owner.entry.id}" (${where(first.owner.file, first.position)})`;
      result.errors.push(at(parsed, position, `question "${question}" is also a question of ${other}`));
      result.rejected.add(parsed);
    }
  });
}

function entryWarnings(parsed: ParsedEntry): KbIssue[] {
  const warnings: KbIssue[] = [];
  const { entry } = parsed;
  if (entry.questions.length < MIN_QUESTIONS) {
    const message = `entry "${entry.id}" has only one question; add 3–5 phrasings so the bot recognises it`;
    warnings.push(at(parsed, parsed.id, message));
  }
  const voice = entry.answer.voice;
  if (voice !== undefined && URL_PATTERN.test(voice)) {
    warnings.push(at(parsed, parsed.answers.voice ?? parsed.id, 'answer.voice: a link cannot be read aloud'));
  }
  const sms = entry.answer.sms;
  if (sms !== undefined && sms.length > SMS_SOFT_LIMIT) {
    const message = `answer.sms: ${sms.length} characters; keep SMS answers under ${SMS_SOFT_LIMIT}`;
    warnings.push(at(parsed, parsed.answers.sms ?? parsed.id, message));
  }
  return warnings;
}

function at(parsed: ParsedEntry, position: SourcePosition, message: string): KbIssue {
  return { file: parsed.file, line: position.line, column: position.column, message };
}

function where(file: string, position: SourcePosition): string {
  return `${file}:${position.line}`;
}
