/**
 * FIFO locks by key: work for one key runs one at a time, in the order it asked, while work for
 * other keys runs freely. The ingest pipeline takes the sender's key before any await, so messages
 * of one customer are stored and answered in arrival order even when they arrive concurrently.
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<void>>();

  /** Run `work` after every earlier holder of `key` finished (successfully or not). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.#tails.set(key, tail);
    return previous.then(async () => {
      try {
        return await work();
      } finally {
        release();
        if (this.#tails.get(key) === tail) this.#tails.delete(key);
      }
    });
  }

  /** Keys with work queued or running (for metrics and tests). */
  get size(): number {
    return this.#tails.size;
  }
}
