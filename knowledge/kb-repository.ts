/**
 * The seam between the knowledge base service and its storage: the draft entries editors work on,
 * every saved version of each entry, and the published snapshots. The SQL store implements it
 * (gateway/store/kb-repository.ts); knowledge/ only depends on this interface.
 */
import type { KnowledgeEntry } from './types';

/** Who saved a change: `system`, `local`, `editor:<id>`… */
export type Actor = string;

/** What a saved version did to its entry. */
export type EntryAction = 'created' | 'updated' | 'deleted' | 'imported' | 'restored';

/** One entry of the draft, with the revision an edit must name to overwrite it. */
export interface DraftEntry {
  entry: KnowledgeEntry;
  /** 1 for a new entry, +1 on every saved change (a deletion too). */
  revision: number;
  updatedAt: Date;
  updatedBy: Actor;
}

/** One saved change of one entry. */
export interface EntryVersion {
  entryId: string;
  revision: number;
  action: EntryAction;
  /** The entry as saved; null for a deletion. */
  entry: KnowledgeEntry | null;
  actor: Actor;
  at: Date;
}

/** A published knowledge base, without its entries. */
export interface SnapshotSummary {
  version: number;
  entryCount: number;
  note: string | null;
  /** For a rollback: the version whose content was published again. */
  restoredFrom: number | null;
  publishedBy: Actor;
  publishedAt: Date;
}

/** A published knowledge base as a whole. */
export interface PublishedSnapshot extends SnapshotSummary {
  entries: KnowledgeEntry[];
}

/** A snapshot to publish; the repository numbers it. */
export interface NewSnapshot {
  entries: readonly KnowledgeEntry[];
  note: string | null;
  restoredFrom: number | null;
  publishedBy: Actor;
  publishedAt: Date;
}

/** One change of a batch write (import, rollback): the entry to save, or an id to delete. */
export type DraftChange = { kind: 'save'; entry: KnowledgeEntry } | { kind: 'delete'; id: string };

/** A customer message the bot did not answer (fallback or handoff), with what it understood. */
export interface UnansweredMessage {
  messageId: string;
  text: string;
  channel: string;
  locale: string | null;
  /** The stored decision: `fallback` or `handoff`. */
  kind: string;
  /** For handoffs: why (urgent, human-request, repeated-fallback…). */
  reason: string | null;
  candidates: { label: string; score: number }[];
  /**
   * The entry the customer picked with their next message from the options the bot offered in
   * reply (a fallback's suggestions), or null: what the customer meant, in their own words.
   */
  pickedEntryId: string | null;
  at: Date;
}

/** Storage of the knowledge base. Stale revisions and taken versions fail with code `SB_ERR_KB_STALE` (409). */
export interface KbRepository {
  /** The draft's live entries (not deleted), by id. */
  listEntries(): Promise<DraftEntry[]>;
  /** A live entry, or null when it does not exist or is deleted. */
  getEntry(id: string): Promise<DraftEntry | null>;
  /** Saves a new entry (or revives a deleted one); fails when a live entry has the id. */
  createEntry(entry: KnowledgeEntry, actor: Actor, at: Date): Promise<DraftEntry>;
  /** Saves a change when the entry is still at `expectedRevision`. */
  updateEntry(entry: KnowledgeEntry, expectedRevision: number, actor: Actor, at: Date): Promise<DraftEntry>;
  /** Deletes a live entry when it is still at `expectedRevision`. */
  deleteEntry(id: string, expectedRevision: number, actor: Actor, at: Date): Promise<void>;
  /** Applies many changes in one transaction, each recorded as a version with `action`. */
  applyChanges(changes: readonly DraftChange[], action: EntryAction, actor: Actor, at: Date): Promise<void>;
  /** Every saved version of an entry, newest first. */
  entryVersions(id: string): Promise<EntryVersion[]>;
  /** The highest published version, 0 when nothing was published yet. Cheap: polled. */
  latestVersion(): Promise<number>;
  getSnapshot(version: number): Promise<PublishedSnapshot | null>;
  /** Published snapshots, newest first. */
  listSnapshots(limit: number): Promise<SnapshotSummary[]>;
  /** Publishes `snapshot` as `expectedPrevious + 1`; fails when another publish took that number. */
  insertSnapshot(snapshot: NewSnapshot, expectedPrevious: number): Promise<SnapshotSummary>;
  /** Inbound messages answered by fallback or handoff since `since`, newest first. */
  unanswered(since: Date, limit: number): Promise<UnansweredMessage[]>;
}
