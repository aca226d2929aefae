/**
 * Migration 0010: an index on `cases (priority, first_response_at)`, so the wait estimate told to
 * queued customers reads the latest first responses of one priority (handoff/wait-estimate.ts)
 * without scanning every case ever opened.
 */
import type { Kysely, Migration } from 'kysely';

export const firstResponseIndex: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('cases_first_response')
      .on('cases')
      .columns(['priority', 'first_response_at'])
      .execute();
  },
};
