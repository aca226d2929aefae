import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import type { StoreDb } from './store-context';

/** How {@link writeBatch} runs `writeAll`. */
export interface WriteBatchOptions {
  /**
   * `writeAll` is one statement, atomic by itself: run it on the database without a transaction
   * (saving the `begin` and `commit` round trips), also for a single item. Default false.
   */
  writeAllIsOneStatement?: boolean;
}

/**
 * Runs a batch of independent writes in one transaction: set-based when `writeAll` can take the
 * whole batch (it returns null when it cannot), item by item otherwise. If the transaction fails
 * (one bad item, a deadlock, a replay), each item is retried in a transaction of its own, so only
 * the items that fail alone report an error and one bad write never fails its neighbours.
 */
export async function writeBatch<TItem, TResult>(
  db: Kysely<StoreDatabase>,
  items: readonly TItem[],
  write: (trx: StoreDb, item: TItem) => Promise<TResult>,
  writeAll?: (trx: StoreDb, items: readonly TItem[]) => Promise<TResult[] | null>,
  options: WriteBatchOptions = {},
): Promise<(TResult | Error)[]> {
  if (writeAll !== undefined && options.writeAllIsOneStatement === true) {
    try {
      const all = await writeAll(db, items);
      if (all !== null) return all;
    } catch {
      // Nothing was written: find out which items fail on their own.
      return writeEach(db, items, write);
    }
  }
  if (items.length > 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const all = writeAll && options.writeAllIsOneStatement !== true ? await writeAll(trx, items) : null;
        if (all !== null) return all;
        const results: TResult[] = [];
        for (const item of items) results.push(await write(trx, item));
        return results;
      });
    } catch {
      // Fall through: find out which items fail on their own.
    }
  }
  return writeEach(db, items, write);
}

/** Each item in a transaction of its own: its result, or the error it failed with. */
async function writeEach<TItem, TResult>(
  db: Kysely<StoreDatabase>,
  items: readonly TItem[],
  write: (trx: StoreDb, item: TItem) => Promise<TResult>,
): Promise<(TResult | Error)[]> {
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
