import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../gateway/store/group-commit';

describe('GroupCommit', () => {
  it('writes one caller alone, and callers arriving during a write together in the next batch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const group = new GroupCommit<number, number>(async (items) => {
      batches.push([...items]);
      if (batches.length === 1) await gate;
      return items.map((n) => n * 10);
    });
    const first = group.add(1);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [2, 3, 4].map((n) => group.add(n));
    release();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('fails only the item the writer failed, and a whole batch when the transaction fails', async () => {
    let failAll = false;
    const group = new GroupCommit<number, number>((items) => {
      if (failAll) return Promise.reject(new Error('disk full'));
      return Promise.resolve(items.map((n) => (n < 0 ? new Error(`bad ${n}`) : n)));
    });
    const results = await Promise.allSettled([group.add(1), group.add(-2), group.add(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    failAll = true;
    await expect(group.add(4)).rejects.toThrow('disk full');
    failAll = false;
    expect(await group.add(5)).toBe(5);
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const group = new GroupCommit<number, number>(
      (items) => {
        sizes.push(items.length);
        return Promise.resolve([...items]);
      },
      { maxBatch: 3 },
    );
    await Promise.all(Array.from({ length: 7 }, (_, i) => group.add(i)));
    expect(sizes).toEqual([3, 3, 1]);
  });
});
