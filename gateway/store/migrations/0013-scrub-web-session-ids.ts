/**
 * Migration 0013: removes the session id from the payload kept with each web chat message sent
 * over HTTP. The web chat stored the request body as it came, and its `sessionId` is the
 * customer's credential: whoever could read the messages could have taken the chat over. The
 * route keeps the body without it from now on; this clears the rows written before.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../store-context';

export function scrubWebSessionIds(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Only inbound web rows whose kept payload names a session id; the payload is the JSON
      // object the route wrote, so both databases can read it as JSON.
      if (kind === 'postgres') {
        await sql`update messages set raw = (raw::jsonb - 'sessionId')::text
          where channel = 'web' and direction = 'in' and raw like '{%"sessionId"%'`.execute(db);
        return;
      }
      await sql`update messages set raw = json_remove(raw, '$.sessionId')
        where channel = 'web' and direction = 'in' and raw like '{%"sessionId"%' and json_valid(raw)`.execute(
        db,
      );
    },
  };
}
