/**
 * `SqlKbRepository`: the knowledge base's draft, entry versions and published snapshots on SQLite
 * and PostgreSQL. Concurrent edits are settled by the database, not by locks in memory: an update
 * names the revision it read (`where revision = ?`), every version row is unique per
 * (entry, revision), and every snapshot number is a primary key, so of two racing writers exactly
 * one wins and the other gets `SB_ERR_KB_STALE`.
 */
import { sql, type Kysely } from 'kysely';
import type {
  Actor,
  DraftChange,
  DraftEntry,
  EntryAction,
  EntryVersion,
  KbRepository,
  NewSnapshot,
  PublishedSnapshot,
  SnapshotSummary,
  UnansweredMessage,
} from '../../knowledge/kb-repository';
import { kbNotFound, kbStale } from '../../knowledge/kb-errors';
import type { KnowledgeEntry } from '../../knowledge/types';
import { UNANSWERED_PREDICATE } from './migrations/0002-knowledge';
import {
  entryContent,
  toDraftEntry,
  toEntryVersion,
  toSnapshotSummary,
  toUnanswered,
  type KbEntriesTable,
  type KbTables,
} from './kb-tables';
import { applyDraftChanges, entryRow, insertVersions, versionRow, type KbDb } from './kb-writes';
import type { StoreContext } from './store-context';
import { storeError } from './store-errors';
import { INBOUND } from './schema';

/** The knowledge base's storage over the store's Kysely instance. */
export class SqlKbRepository implements KbRepository {
  readonly #db: Kysely<KbTables>;
  readonly #describe: () => string;

  /** @param describe names the database in error messages (see `SqlStore.description`). */
  constructor(ctx: StoreContext, describe: () => string) {
    // The same database seen with the knowledge tables' types (migration 0002 created them).
    this.#db = ctx.db as unknown as Kysely<KbTables>;
    this.#describe = describe;
  }

  listEntries(): Promise<DraftEntry[]> {
    return this.#guard('listEntries', async () => {
      const rows = await this.#db
        .selectFrom('kb_entries')
        .selectAll()
        .where('deleted', '=', 0)
        .orderBy('id')
        .execute();
      return rows.map(toDraftEntry);
    });
  }

  getEntry(id: string): Promise<DraftEntry | null> {
    return this.#guard('getEntry', async () => {
      const row = await liveRow(this.#db, id);
      return row === undefined ? null : toDraftEntry(row);
    });
  }

  createEntry(entry: KnowledgeEntry, actor: Actor, at: Date): Promise<DraftEntry> {
    return this.#guard('createEntry', () =>
      this.#db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('kb_entries')
          .selectAll()
          .where('id', '=', entry.id)
          .executeTakeFirst();
        if (existing !== undefined && Number(existing.deleted) === 0) {
          throw kbStale(`An entry with id "${entry.id}" already exists: edit it, or choose another id.`);
        }
        const revision = Number(existing?.revision ?? 0) + 1;
        const row = entryRow(entry, revision, actor, at);
        // A tombstone is revived in place; a racing creator of a new id loses on the primary key.
        const written = await trx
          .insertInto('kb_entries')
          .values(row)
          .onConflict((oc) =>
            oc
              .column('id')
              .doUpdateSet(row)
              .where('kb_entries.deleted', '=', 1)
              .where('kb_entries.revision', '=', revision - 1),
          )
          .executeTakeFirst();
        if (Number(written.numInsertedOrUpdatedRows ?? 0) === 0) {
          throw kbStale(`Entry "${entry.id}" was created by someone else meanwhile: reload it.`);
        }
        await insertVersions(trx, [versionRow(entry.id, revision, 'created', entry, actor, at)]);
        return toDraftEntry(row);
      }),
    );
  }

  updateEntry(entry: KnowledgeEntry, expectedRevision: number, actor: Actor, at: Date): Promise<DraftEntry> {
    return this.#guard('updateEntry', () =>
      this.#db.transaction().execute(async (trx) => {
        const row = entryRow(entry, expectedRevision + 1, actor, at);
        const { id: _id, ...changes } = row;
        const result = await trx
          .updateTable('kb_entries')
          .set(changes)
          .where('id', '=', entry.id)
          .where('deleted', '=', 0)
          .where('revision', '=', expectedRevision)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) await throwMissingOrStale(trx, entry.id, expectedRevision);
        await insertVersions(trx, [versionRow(entry.id, row.revision, 'updated', entry, actor, at)]);
        return toDraftEntry(row);
      }),
    );
  }

  deleteEntry(id: string, expectedRevision: number, actor: Actor, at: Date): Promise<void> {
    return this.#guard('deleteEntry', () =>
      this.#db.transaction().execute(async (trx) => {
        const revision = expectedRevision + 1;
        const result = await trx
          .updateTable('kb_entries')
          .set({ deleted: 1, revision, updated_at: at.getTime(), updated_by: actor })
          .where('id', '=', id)
          .where('deleted', '=', 0)
          .where('revision', '=', expectedRevision)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) await throwMissingOrStale(trx, id, expectedRevision);
        await insertVersions(trx, [versionRow(id, revision, 'deleted', null, actor, at)]);
      }),
    );
  }

  applyChanges(changes: readonly DraftChange[], action: EntryAction, actor: Actor, at: Date): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    return this.#guard('applyChanges', () =>
      this.#db.transaction().execute((trx) => applyDraftChanges(trx, changes, action, actor, at)),
    );
  }

  entryVersions(id: string): Promise<EntryVersion[]> {
    return this.#guard('entryVersions', async () => {
      const rows = await this.#db
        .selectFrom('kb_entry_versions')
        .selectAll()
        .where('entry_id', '=', id)
        .orderBy('revision', 'desc')
        .execute();
      return rows.map(toEntryVersion);
    });
  }

  latestVersion(): Promise<number> {
    return this.#guard('latestVersion', async () => {
      const row = await this.#db
        .selectFrom('kb_snapshots')
        .select((eb) => eb.fn.max('version').as('version'))
        .executeTakeFirst();
      return Number(row?.version ?? 0);
    });
  }

  getSnapshot(version: number): Promise<PublishedSnapshot | null> {
    return this.#guard('getSnapshot', async () => {
      const row = await this.#db
        .selectFrom('kb_snapshots')
        .selectAll()
        .where('version', '=', version)
        .executeTakeFirst();
      if (row === undefined) return null;
      return { ...toSnapshotSummary(row), entries: JSON.parse(row.content) as KnowledgeEntry[] };
    });
  }

  listSnapshots(limit: number): Promise<SnapshotSummary[]> {
    return this.#guard('listSnapshots', async () => {
      const rows = await this.#db
        .selectFrom('kb_snapshots')
        .select(['version', 'entry_count', 'note', 'restored_from', 'published_by', 'published_at'])
        .orderBy('version', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toSnapshotSummary);
    });
  }

  insertSnapshot(snapshot: NewSnapshot, expectedPrevious: number): Promise<SnapshotSummary> {
    return this.#guard('insertSnapshot', async () => {
      const row = {
        version: expectedPrevious + 1,
        content: `[${snapshot.entries.map(entryContent).join(',')}]`,
        entry_count: snapshot.entries.length,
        note: snapshot.note,
        restored_from: snapshot.restoredFrom,
        published_by: snapshot.publishedBy,
        published_at: snapshot.publishedAt.getTime(),
      };
      const written = await this.#db
        .insertInto('kb_snapshots')
        .values(row)
        .onConflict((oc) => oc.column('version').doNothing())
        .executeTakeFirst();
      if (Number(written.numInsertedOrUpdatedRows ?? 0) === 0) {
        throw kbStale(`Version ${row.version} was published by someone else meanwhile: publish again.`);
      }
      return toSnapshotSummary(row);
    });
  }

  unanswered(since: Date, limit: number): Promise<UnansweredMessage[]> {
    return this.#guard('unanswered', async () => {
      const rows = await this.#db
        .selectFrom('messages as m')
        .select(['m.id', 'm.text', 'm.channel', 'm.locale', 'm.decision', 'm.created_at'])
        // The customer's next message in the conversation: a pick from the options offered.
        .select((eb) =>
          eb
            .selectFrom('messages as n')
            .select('n.decision')
            .whereRef('n.conversation_id', '=', 'm.conversation_id')
            .where('n.direction', '=', INBOUND)
            .whereRef('n.created_at', '>', 'm.created_at')
            .orderBy('n.created_at')
            .limit(1)
            .as('next_decision'),
        )
        .where('m.created_at', '>=', since.getTime())
        .where(sql.raw<boolean>(UNANSWERED_PREDICATE))
        .orderBy('created_at', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => toUnanswered(row));
    });
  }

  /** Runs one operation; our own errors pass through, driver errors are wrapped with their cause. */
  async #guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw storeError(error, `kb.${operation}`, this.#describe());
    }
  }
}

async function liveRow(db: KbDb, id: string): Promise<KbEntriesTable | undefined> {
  return db
    .selectFrom('kb_entries')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
}

async function throwMissingOrStale(db: KbDb, id: string, expectedRevision: number): Promise<never> {
  const current = await liveRow(db, id);
  if (current === undefined) throw kbNotFound(`No knowledge base entry "${id}": check the id.`);
  throw kbStale(
    `Entry "${id}" is at revision ${Number(current.revision)}, not ${expectedRevision}: someone saved it meanwhile. Reload it and apply your change again.`,
  );
}
