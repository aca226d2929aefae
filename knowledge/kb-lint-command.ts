/**
 * `switchboard kb lint PATH`: prints every issue as `file:line:column: message` (errors first, then
 * warnings), then a one-line summary. Besides the file rules (schema, ids, duplicate questions in
 * two entries or repeated in one), a valid knowledge base is cross-validated and pairs of entries
 * the matcher confuses are reported as warnings. The CLI owner wires this to the command line.
 */
import { conflictWarnings } from './kb-conflict-issues';
import { compareIssues, formatIssue } from './kb-issues';
import { lintKnowledge } from './kb-loader';
import { IntentMatcher } from './nlu/intent-matcher';
import type { Matcher } from './types';

/** Options of {@link runKbLint}. */
export interface KbLintOptions {
  /** Cross-validate for conflicts (default true; skipped while there are errors). */
  conflicts?: boolean;
  /** The matcher to cross-validate (default: the intent matcher, as the gateway's bot uses). */
  createMatcher?: () => Matcher;
  /** Share of held-out questions from which a confused pair is reported (default 0.4). */
  conflictRate?: number;
}

/**
 * Lints the knowledge at `path`, writing lines through `out`.
 * @returns the process exit code: 0 when there are no errors (warnings allowed), 1 otherwise.
 */
export async function runKbLint(
  path: string,
  out: (line: string) => void,
  options: KbLintOptions = {},
): Promise<number> {
  const result = await lintKnowledge(path);
  const warnings = [...result.warnings];
  if (options.conflicts !== false && result.errors.length === 0 && result.entries.length > 1) {
    const found = await conflictWarnings(result.entries, {
      createMatcher: options.createMatcher ?? (() => new IntentMatcher()),
      ...(options.conflictRate === undefined ? {} : { minRate: options.conflictRate }),
    });
    warnings.push(...found);
    warnings.sort(compareIssues);
  }
  for (const error of result.errors) out(formatIssue(error));
  for (const warning of warnings) out(formatIssue(warning, 'warning'));
  const files = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`;
  const entries = `${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'}`;
  const counts = `${result.errors.length} error(s), ${warnings.length} warning(s)`;
  out(`${path}: ${files}, ${entries}, ${counts}`);
  return result.errors.length > 0 ? 1 : 0;
}
