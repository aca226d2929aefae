/**
 * Comparing knowledge bases entry by entry: what an import or a rollback changes in the draft, and
 * whether a draft entry differs from the published one. Entries compare by content, not by the
 * order of keys or where they were read from.
 */
import type { DraftChange } from './kb-repository';
import type { KnowledgeEntry } from './types';

/** An entry as a canonical string: sorted keys, no source position. */
export function entryFingerprint(entry: KnowledgeEntry): string {
  const { source: _source, ...content } = entry;
  return JSON.stringify(sortKeys(content));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

/** What turning `current` into `target` does, counted. */
export interface DraftDiff {
  changes: DraftChange[];
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
}

/**
 * The changes that make `current` equal to `target`. With `keepOthers` (a merge), entries of
 * `current` absent from `target` stay; otherwise (a replace) they are deleted.
 */
export function diffEntries(
  current: readonly KnowledgeEntry[],
  target: readonly KnowledgeEntry[],
  keepOthers: boolean,
): DraftDiff {
  const existing = new Map(current.map((entry) => [entry.id, entryFingerprint(entry)]));
  const diff: DraftDiff = { changes: [], created: [], updated: [], deleted: [], unchanged: 0 };
  for (const entry of target) {
    const before = existing.get(entry.id);
    if (before === entryFingerprint(entry)) {
      diff.unchanged += 1;
      continue;
    }
    const { source: _source, ...stored } = entry;
    diff.changes.push({ kind: 'save', entry: stored });
    (before === undefined ? diff.created : diff.updated).push(entry.id);
  }
  if (!keepOthers) {
    const kept = new Set(target.map((entry) => entry.id));
    for (const entry of current) {
      if (kept.has(entry.id)) continue;
      diff.changes.push({ kind: 'delete', id: entry.id });
      diff.deleted.push(entry.id);
    }
  }
  return diff;
}
