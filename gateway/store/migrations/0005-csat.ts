/**
 * Migration 0005: what agents and customers add to a case after it opens.
 * - `case_notes`: agents' internal notes, never sent to the customer, shown in the case context.
 * - `case_csat`: the satisfaction question asked after a case is resolved (one per case, the
 *   primary key) and the customer's 1–5 answer, recorded once.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../store-context';

/** Builds the migration for one dialect: only the 64-bit integer type name differs. */
export function csatSchema(kind: StoreKind): Migration {
  const int64 = kind === 'postgres' ? 'bigint' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('case_notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', int64, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_notes_case').on('case_notes').columns(['case_id', 'at']).execute();

      await db.schema
        .createTable('case_csat')
        .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('asked_at', int64, (c) => c.notNull())
        .addColumn('score', 'integer')
        .addColumn('answer_message_id', 'text')
        .addColumn('answered_at', int64)
        .execute();
      await db.schema
        .createIndex('case_csat_customer')
        .on('case_csat')
        .columns(['customer_id', 'asked_at'])
        .execute();
    },
  };
}
