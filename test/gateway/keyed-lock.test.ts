import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../gateway/keyed-lock';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedLock', () => {
  it('runs work for one key one at a time, in the order it asked', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    await Promise.all(
      [30, 10, 0].map((ms, i) =>
        lock.run('a', async () => {
          log.push(`start ${i}`);
          await pause(ms);
          log.push(`end ${i}`);
        }),
      ),
    );
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(lock.size).toBe(0);
  });

  it('lets other keys run meanwhile, and a failure does not block the queue', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const slow = lock.run('a', async () => {
      await pause(30);
      log.push('a');
    });
    const failing = lock.run('b', () => Promise.reject(new Error('nope')));
    const after = lock.run('b', () => {
      log.push('b');
      return Promise.resolve(1);
    });
    await expect(failing).rejects.toThrow('nope');
    expect(await after).toBe(1);
    await slow;
    expect(log).toEqual(['b', 'a']);
  });
});
