/**
 * `switchboard kb lint PATH`: prints every issue as `file:line:column: message` (errors first, then
 * warnings), then a one-line summary. The CLI owner wires this to the command line.
 */
import { formatIssue } from './kb-issues';
import { lintKnowledge } from './kb-loader';

/**
 * Lints the knowledge at `path`, writing lines through `out`.
 * @returns the process exit code: 0 when there are no errors (warnings allowed), 1 otherwise.
 */
export async function runKbLint(path: string, out: (line: string) => void): Promise<number> {
  const result = await lintKnowledge(path);
  for (const error of result.errors) out(formatIssue(error));
  for (const warning of result.warnings) out(formatIssue(warning, 'warning'));
  const files = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`;
  const entries = `${result.entries.length} entr${result.entries.length === 1 ? 'y' : 'ies'}`;
  const counts = `${result.errors.length} error(s), ${result.warnings.length} warning(s)`;
  out(`${path}: ${files}, ${entries}, ${counts}`);
  return result.errors.length > 0 ? 1 : 0;
}
