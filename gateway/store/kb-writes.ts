/**
 * Writes of the knowledge base's draft shared by the repository's operations: row builders, the
 * version log insert (whose primary key turns a lost update into a conflict), and batch changes
 * (imports, rollbacks) applied in one transaction with multi-row statements.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Actor, DraftChange, EntryAction } from '../../knowledge/kb-repository';
import { kbStale } from '../../knowledge/kb-errors';
import type { KnowledgeEntry } from '../../knowledge/types';
import { entryContent, type KbEntriesTable, type KbEntryVersionsTable, type KbTables } from './kb-tables';

/** The database or an open transaction, seen with the knowledge tables' types. */
export type KbDb = Kysely<KbTables> | Transaction<KbTables>;

/** Rows per multi-row insert: far below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

/** Applies a batch of draft changes inside `trx`, each recorded as a version with `action`. */
export async function applyDraftChanges(
  trx: Transaction<KbTables>,
  changes: readonly DraftChange[],
  action: EntryAction,
  actor: Actor,
  at: Date,
): Promise<void> {
  const ids = changes.map((change) => (change.kind === 'save' ? change.entry.id : change.id));
  const current = new Map<string, number>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('kb_entries')
      .select(['id', 'revision'])
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) current.set(row.id, Number(row.revision));
  }
  const saved: KbEntriesTable[] = [];
  const versions: KbEntryVersionsTable[] = [];
  for (const change of changes) {
    const id = change.kind === 'save' ? change.entry.id : change.id;
    const revision = (current.get(id) ?? 0) + 1;
    if (change.kind === 'save') {
      saved.push(entryRow(change.entry, revision, actor, at));
      versions.push(versionRow(id, revision, action, change.entry, actor, at));
    } else {
      await trx
        .updateTable('kb_entries')
        .set({ deleted: 1, revision, updated_at: at.getTime(), updated_by: actor })
        .where('id', '=', id)
        .execute();
      versions.push(versionRow(id, revision, 'deleted', null, actor, at));
    }
  }
  for (let i = 0; i < saved.length; i += CHUNK) {
    await trx
      .insertInto('kb_entries')
      .values(saved.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          revision: eb.ref('excluded.revision'),
          deleted: eb.ref('excluded.deleted'),
          locale: eb.ref('excluded.locale'),
          content: eb.ref('excluded.content'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute();
  }
  // A writer that saved one of these entries meanwhile took the revision: the primary key fails
  // the whole transaction, and the caller sees a conflict instead of a lost update.
  await insertVersions(trx, versions);
}

/** Inserts version rows; a revision someone else saved meanwhile fails with `SB_ERR_KB_STALE`. */
export async function insertVersions(db: KbDb, rows: readonly KbEntryVersionsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const written = await db
      .insertInto('kb_entry_versions')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['entry_id', 'revision']).doNothing())
      .executeTakeFirst();
    if (Number(written.numInsertedOrUpdatedRows ?? 0) !== Math.min(CHUNK, rows.length - i)) {
      throw kbStale('Some entries were saved by someone else meanwhile: reload and try again.');
    }
  }
}

/** The draft row of `entry` at `revision`. */
export function entryRow(entry: KnowledgeEntry, revision: number, actor: Actor, at: Date): KbEntriesTable {
  return {
    id: entry.id,
    revision,
    deleted: 0,
    locale: entry.locale,
    content: entryContent(entry),
    updated_at: at.getTime(),
    updated_by: actor,
  };
}

/** The version row of one saved change; `entry` null for a deletion. */
export function versionRow(
  id: string,
  revision: number,
  action: EntryAction,
  entry: KnowledgeEntry | null,
  actor: Actor,
  at: Date,
): KbEntryVersionsTable {
  return {
    entry_id: id,
    revision,
    action,
    content: entry === null ? null : entryContent(entry),
    actor,
    at: at.getTime(),
  };
}
