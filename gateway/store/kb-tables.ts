/**
 * Row types of the knowledge base's tables (migration 0002) and their mapping to the domain types
 * of knowledge/kb-repository.ts. Kept apart from schema.ts: the repository reaches these tables
 * through its own typed view of the database, so the hot path's schema stays as it is.
 */
import type {
  DraftEntry,
  EntryAction,
  EntryVersion,
  SnapshotSummary,
  UnansweredMessage,
} from '../../knowledge/kb-repository';
import type { KnowledgeEntry } from '../../knowledge/types';
import type { MessagesTable } from './schema';

/** The draft: one row per entry id; a deleted entry stays as a tombstone (`deleted` = 1). */
export interface KbEntriesTable {
  id: string;
  revision: number;
  deleted: number;
  locale: string;
  /** JSON of the whole entry. */
  content: string;
  updated_at: number;
  updated_by: string;
}

/** Every saved change of every entry; `content` is NULL for a deletion. */
export interface KbEntryVersionsTable {
  entry_id: string;
  revision: number;
  action: string;
  content: string | null;
  actor: string;
  at: number;
}

/** Published knowledge bases, numbered. */
export interface KbSnapshotsTable {
  version: number;
  /** JSON array of entries. */
  content: string;
  entry_count: number;
  note: string | null;
  restored_from: number | null;
  published_by: string;
  published_at: number;
}

/** The tables the knowledge repository reads and writes. */
export interface KbTables {
  kb_entries: KbEntriesTable;
  kb_entry_versions: KbEntryVersionsTable;
  kb_snapshots: KbSnapshotsTable;
  messages: MessagesTable;
}

/** The entry as stored: without its source position, which only means something for files. */
export function entryContent(entry: KnowledgeEntry): string {
  const { source: _source, ...stored } = entry;
  return JSON.stringify(stored);
}

/** A draft row as the domain sees it. */
export function toDraftEntry(row: KbEntriesTable): DraftEntry {
  return {
    entry: JSON.parse(row.content) as KnowledgeEntry,
    revision: Number(row.revision),
    updatedAt: new Date(Number(row.updated_at)),
    updatedBy: row.updated_by,
  };
}

/** A version row as the domain sees it. */
export function toEntryVersion(row: KbEntryVersionsTable): EntryVersion {
  return {
    entryId: row.entry_id,
    revision: Number(row.revision),
    action: row.action as EntryAction,
    entry: row.content === null ? null : (JSON.parse(row.content) as KnowledgeEntry),
    actor: row.actor,
    at: new Date(Number(row.at)),
  };
}

/** A snapshot row without its content. */
export function toSnapshotSummary(row: Omit<KbSnapshotsTable, 'content'>): SnapshotSummary {
  return {
    version: Number(row.version),
    entryCount: Number(row.entry_count),
    note: row.note,
    restoredFrom: row.restored_from === null ? null : Number(row.restored_from),
    publishedBy: row.published_by,
    publishedAt: new Date(Number(row.published_at)),
  };
}

/** A message row of the unanswered log as the domain sees it (the decision is parsed from its JSON). */
export function toUnanswered(row: {
  id: string;
  text: string;
  channel: string;
  locale: string | null;
  decision: string | null;
  created_at: number;
  next_decision: string | null;
}): UnansweredMessage {
  const decision = JSON.parse(row.decision ?? '{}') as {
    kind?: string;
    reason?: string;
    candidates?: { label: string; score: number }[];
  };
  return {
    messageId: row.id,
    text: row.text,
    channel: row.channel,
    locale: row.locale,
    kind: decision.kind ?? 'fallback',
    reason: decision.reason ?? null,
    candidates: Array.isArray(decision.candidates) ? decision.candidates : [],
    pickedEntryId: pickedIn(row.next_decision),
    at: new Date(Number(row.created_at)),
  };
}

/** The entry a stored decision answered because the customer picked an offered option, or null. */
function pickedIn(decisionJson: string | null): string | null {
  if (decisionJson === null) return null;
  const decision = JSON.parse(decisionJson) as { kind?: string; entryId?: unknown; signals?: unknown };
  const picked = Array.isArray(decision.signals) && decision.signals.includes('picked-option');
  return decision.kind === 'answer' && picked && typeof decision.entryId === 'string'
    ? decision.entryId
    : null;
}
