/**
 * Runs a batch of independent writes in one transaction: set-based when `writeAll` can take the
 * whole batch (it returns null when it cannot), item by item otherwise. If the transaction fails
 * (one bad item, a deadlock, a replay), each item is retried in a transaction of its own, so only
 * the items that fail alone report an error and one bad write never fails its neighbours.
 */
import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import type { StoreDb } from './store-context';

export async function writeBatch<TItem, TResult>(
  db: Kysely<StoreDatabase>,
  items: readonly TItem[],
  write: (trx: StoreDb, item: TItem) => Promise<TResult>,
  writeAll?: (trx: StoreDb, items: readonly TItem[]) => Promise<TResult[] | null>,
): Promise<(TResult | Error)[]> {
  if (items.length > 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const all = writeAll ? await writeAll(trx, items) : null;
        if (all !== null) return all;
        const results: TResult[] = [];
        for (const item of items) results.push(await write(trx, item));
        return results;
      });
    } catch {
      // Fall through: find out which items fail on their own.
    }
  }
  const results: (TResult | Error)[] = [];
  for (const item of items) {
    try {
      results.push(await db.transaction().execute((trx) => write(trx, item)));
    } catch (error) {
      results.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return results;
}
