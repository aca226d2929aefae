import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema';
import type { StoreDb } from './store-context';

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
  return writeEach(db, items, write);
}

/**
 * {@link writeBatch} for a `writeAll` that is one statement, atomic by itself: it runs on the
 * database without a transaction (saving the `begin` and `commit` round trips), also for a single
 * item. When it fails nothing was written, and each item is tried alone; when it declines the
 * batch (null), the items go one by one in one transaction.
 */
export async function writeBatchAsOneStatement<TItem, TResult>(
  db: Kysely<StoreDatabase>,
  items: readonly TItem[],
  write: (trx: StoreDb, item: TItem) => Promise<TResult>,
  writeAll: (db: StoreDb, items: readonly TItem[]) => Promise<TResult[] | null>,
): Promise<(TResult | Error)[]> {
  let all: TResult[] | null;
  try {
    all = await writeAll(db, items);
  } catch {
    return writeEach(db, items, write);
  }
  return all ?? writeBatch(db, items, write);
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
