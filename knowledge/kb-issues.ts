/**
 * What the knowledge linter reports: line-precise issues and the entries it could read.
 */
import type { KnowledgeEntry } from './types';

/** One problem in a knowledge file, at a 1-based line and column. */
export interface KbIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The outcome of linting a knowledge file or folder. */
export interface KbLintResult {
  /** Entries that passed validation (entries with errors are left out). */
  entries: KnowledgeEntry[];
  /** Problems that make the knowledge base unusable; loading fails while any remain. */
  errors: KbIssue[];
  /** Problems worth fixing that do not block loading. */
  warnings: KbIssue[];
  /** The files read, in the order they were read. */
  files: string[];
}

/** Formats an issue the way compilers do, so editors can jump to it: `file:line:column: message`. */
export function formatIssue(issue: KbIssue, severity: 'error' | 'warning' = 'error'): string {
  const prefix = severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}:${issue.line}:${issue.column}: ${prefix}${issue.message}`;
}

/** Orders issues by file, line and column so output is stable across runs. */
export function compareIssues(a: KbIssue, b: KbIssue): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
