/**
 * Loads a knowledge base from one YAML file or a folder of them (recursively, sorted by path so
 * the result never depends on the file system's listing order).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCodes, SwitchboardError } from '../gateway/errors';
import { checkEntries } from './kb-checks';
import { parseKnowledgeFile, type ParsedEntry } from './kb-file-parser';
import { compareIssues, formatIssue, type KbIssue, type KbLintResult } from './kb-issues';
import type { KnowledgeBase } from './types';

const KNOWLEDGE_FILE = /\.ya?ml$/i;

/** Thrown by {@link loadKnowledge}; carries every error so an editor UI can show them all. */
export class KnowledgeInvalidError extends SwitchboardError {
  readonly issues: readonly KbIssue[];

  constructor(issues: readonly KbIssue[]) {
    const lines = issues.map((issue) => formatIssue(issue));
    super(ErrorCodes.KB_INVALID, `The knowledge base has ${issues.length} error(s):\n${lines.join('\n')}`, {
      statusCode: 422,
    });
    this.name = 'KnowledgeInvalidError';
    this.issues = issues;
  }
}

/**
 * Validates the knowledge file or folder at `path` without throwing on content problems: returns
 * the entries that passed, and every error and warning with its line and column.
 */
export async function lintKnowledge(path: string): Promise<KbLintResult> {
  const listed = await listKnowledgeFiles(path);
  if ('error' in listed) return { entries: [], errors: [listed.error], warnings: [], files: [] };
  const parsedEntries: ParsedEntry[] = [];
  const errors: KbIssue[] = [];
  const warnings: KbIssue[] = [];
  for (const file of listed.files) {
    const parsed = parseKnowledgeFile(file, await readFile(file, 'utf8'));
    parsedEntries.push(...parsed.entries);
    errors.push(...parsed.errors);
    warnings.push(...parsed.warnings);
  }
  const cross = checkEntries(parsedEntries);
  return {
    entries: parsedEntries.filter((parsed) => !cross.rejected.has(parsed)).map((parsed) => parsed.entry),
    errors: [...errors, ...cross.errors].sort(compareIssues),
    warnings: [...warnings, ...cross.warnings].sort(compareIssues),
    files: listed.files,
  };
}

/**
 * Loads the knowledge base at `path` (a `.yaml`/`.yml` file or a folder of them).
 * @throws KnowledgeInvalidError (code `SB_ERR_KB_INVALID`) listing every error when any file is invalid.
 */
export async function loadKnowledge(path: string): Promise<KnowledgeBase> {
  const result = await lintKnowledge(path);
  if (result.errors.length > 0) throw new KnowledgeInvalidError(result.errors);
  return { entries: result.entries };
}

async function listKnowledgeFiles(path: string): Promise<{ files: string[] } | { error: KbIssue }> {
  const problem = (message: string) => ({ error: { file: path, line: 1, column: 1, message } });
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${String(error)}`);
  }
  if (!isDirectory) return { files: [path] };
  const files = await walk(path);
  if (files.length === 0) return problem('the folder holds no .yaml or .yml files');
  return { files };
}

/** Knowledge files under `dir`, depth first, names in code-point order at every level. */
async function walk(dir: string): Promise<string[]> {
  const children = await readdir(dir, { withFileTypes: true });
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const child of children) {
    const full = join(dir, child.name);
    if (child.isDirectory()) files.push(...(await walk(full)));
    else if (child.isFile() && KNOWLEDGE_FILE.test(child.name)) files.push(full);
  }
  return files;
}
