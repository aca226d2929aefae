/**
 * Errors of the knowledge base service, each with its stable code and HTTP status. Validation
 * errors carry line-precise (file import) or path-precise (JSON entry) issues for editors.
 */
import { ErrorCodes, SwitchboardError } from '../gateway/errors';
import { formatIssue, type KbIssue } from './kb-issues';

/** A write that names a revision or version someone else has already moved past (409). */
export function kbStale(message: string): SwitchboardError {
  return new SwitchboardError(ErrorCodes.KB_STALE, message, { statusCode: 409 });
}

/** An entry id or published version that does not exist (404). */
export function kbNotFound(message: string): SwitchboardError {
  return new SwitchboardError(ErrorCodes.NOT_FOUND, message, { statusCode: 404 });
}

/** One problem in an entry sent as JSON: where (`questions[1]`) and what. */
export interface EntryIssue {
  path: string;
  message: string;
}

/** Content that breaks the knowledge file rules (400); the issues say where and what. */
export class KbValidationError extends SwitchboardError {
  /** Problems in a YAML import, by line and column. */
  readonly issues: readonly KbIssue[];
  /** Problems in a JSON entry, by path. */
  readonly entryIssues: readonly EntryIssue[];

  constructor(issues: readonly KbIssue[], entryIssues: readonly EntryIssue[] = []) {
    const lines = [
      ...issues.map((issue) => formatIssue(issue)),
      ...entryIssues.map((issue) => `${issue.path || 'entry'}: ${issue.message}`),
    ];
    const count = lines.length;
    super(ErrorCodes.KB_INVALID, `The knowledge base change has ${count} error(s):\n${lines.join('\n')}`, {
      statusCode: 400,
    });
    this.name = 'KbValidationError';
    this.issues = issues;
    this.entryIssues = entryIssues;
  }
}
