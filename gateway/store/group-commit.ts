/**
 * Group commit: operations that arrive while another batch is being written wait and go together
 * in the next one. Writes share a transaction — each caller still learns its result only after its
 * batch committed, so durability is unchanged while the per-commit cost (WAL writes, fsync, round
 * trips) is shared by every turn in flight. Reads share a statement the same way. A batch starts at
 * the next check phase (setImmediate), never on a timer.
 */

/** Writes a batch in one transaction; returns one result (or Error) per item, in order. */
export type BatchWriter<TItem, TResult> = (items: readonly TItem[]) => Promise<(TResult | Error)[]>;

export interface GroupCommitOptions {
  /** Most items in one transaction. Default 256. */
  maxBatch?: number;
}

interface Waiter<TItem, TResult> {
  item: TItem;
  resolve: (result: TResult) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<TItem, TResult> {
  readonly #write: BatchWriter<TItem, TResult>;
  readonly #maxBatch: number;
  #queue: Waiter<TItem, TResult>[] = [];
  #writing = false;

  constructor(write: BatchWriter<TItem, TResult>, options: GroupCommitOptions = {}) {
    this.#write = write;
    this.#maxBatch = Math.max(1, options.maxBatch ?? 256);
  }

  /** Queue one item; resolves with its result once its batch is committed. */
  add(item: TItem): Promise<TResult> {
    return new Promise<TResult>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#writing) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#writing = true;
    try {
      // Wait for the check phase: every request parsed in this event-loop iteration reaches its
      // write first and joins the batch. Costs at most one loop iteration of latency.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.#maxBatch);
        await this.#flush(batch);
      }
    } finally {
      this.#writing = false;
    }
  }

  async #flush(batch: Waiter<TItem, TResult>[]): Promise<void> {
    let results: (TResult | Error)[];
    try {
      results = await this.#write(batch.map((waiter) => waiter.item));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
      return;
    }
    batch.forEach((waiter, index) => {
      const result = results[index];
      if (result instanceof Error) waiter.reject(result);
      else if (result === undefined) waiter.reject(new Error('group commit: the writer returned no result'));
      else waiter.resolve(result);
    });
  }
}
