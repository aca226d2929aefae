/**
 * Migration 0002: the knowledge base moves into the database. Three tables:
 * - `kb_entries`: the draft editors work on, one row per entry id. A deleted entry stays as a
 *   tombstone so its revision numbers never restart (revisions settle concurrent edits).
 * - `kb_entry_versions`: every saved change of every entry, who and when; never updated.
 * - `kb_snapshots`: each published knowledge base as a whole, numbered 1, 2, 3…; a rollback
 *   publishes an older snapshot's content again under a new number, so numbers only grow and
 *   other processes notice a change by polling the highest one.
 * Plus a partial index for the unanswered-questions log (inbound messages the bot fell back or
 * handed off on), holding only those rows so the hot path pays nothing for the others.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** The predicate of the `messages_unanswered` index; queries repeat it so the planner uses it. */
export const UNANSWERED_PREDICATE = `direction = 'in' and (decision like '{"kind":"fallback"%' or decision like '{"kind":"handoff"%')`;

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function knowledgeSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('kb_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        // JSON of the whole entry (id, questions, answer, tags, locale).
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('updated_at', int64, (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('kb_entry_versions')
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        // JSON of the entry as saved; NULL for a deletion.
        .addColumn('content', 'text')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', int64, (c) => c.notNull())
        // Settles two writers of one entry: only one can save revision n.
        .addPrimaryKeyConstraint('kb_entry_versions_pk', ['entry_id', 'revision'])
        .execute();

      await db.schema
        .createTable('kb_snapshots')
        // Settles two publishers: only one can publish version n.
        .addColumn('version', 'integer', (c) => c.primaryKey())
        // JSON array of the published entries.
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('entry_count', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('restored_from', 'integer')
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('published_at', int64, (c) => c.notNull())
        .execute();

      // The unanswered-questions log, newest first.
      await db.schema
        .createIndex('messages_unanswered')
        .on('messages')
        .column('created_at')
        .where(sql.raw<boolean>(UNANSWERED_PREDICATE))
        .execute();
    },
  };
}
