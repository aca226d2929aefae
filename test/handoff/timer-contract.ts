/**
 * The TimerScheduler contract: every implementation must pass it. Timers fire at or after their
 * due time, in due order, once per (key, time); re-arming a key replaces it; cancel disarms. The
 * tests wait for fires (never for fixed sleeps) and use a later sentinel timer to prove that
 * something did not fire.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DueTimer, TimerScheduler } from '../../handoff/timers/timer-scheduler';

/** A fresh scheduler (on its own queue) and how to throw it away. */
export interface TimerFactory {
  name: string;
  make(): Promise<{ scheduler: TimerScheduler; dispose(): Promise<void> }>;
}

/** Collects fires and resolves waits when a key has fired. */
class Fires {
  readonly seen: Array<DueTimer & { firedAt: number }> = [];
  readonly #waiters: Array<{ key: string; resolve: () => void }> = [];

  readonly handler = (timer: DueTimer): Promise<void> => {
    this.seen.push({ ...timer, firedAt: Date.now() });
    for (const waiter of this.#waiters.filter((w) => w.key === timer.key)) waiter.resolve();
    return Promise.resolve();
  };

  until(key: string): Promise<void> {
    if (this.seen.some((fire) => fire.key === key)) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ key, resolve }));
  }

  keys(): string[] {
    return this.seen.map((fire) => fire.key);
  }
}

const inMs = (ms: number) => new Date(Date.now() + ms);

export function registerTimerContract(factory: TimerFactory): void {
  describe(`TimerScheduler contract: ${factory.name}`, () => {
    let made: Awaited<ReturnType<TimerFactory['make']>>;
    let fires: Fires;
    beforeEach(async () => {
      made = await factory.make();
      fires = new Fires();
      await made.scheduler.start(fires.handler);
    });
    afterEach(async () => {
      await made.dispose();
    });

    it('fires each timer once, not before its due time, in due order', async () => {
      const { scheduler } = made;
      const late = inMs(400);
      await scheduler.schedule('case_b', late);
      await scheduler.schedule('case_a', inMs(150));
      await scheduler.schedule('case_past', new Date(Date.now() - 60_000));
      await fires.until('case_b');
      expect(fires.keys()).toEqual(['case_past', 'case_a', 'case_b']);
      for (const fire of fires.seen) expect(fire.firedAt).toBeGreaterThanOrEqual(fire.at.getTime() - 5);
      expect(fires.seen.at(-1)?.at).toEqual(late);
    });

    it('fires a timer armed twice for the same time once, also when armed again after firing', async () => {
      const { scheduler } = made;
      const due = inMs(100);
      await scheduler.schedule('case:dup', due);
      await scheduler.schedule('case:dup', due);
      await fires.until('case:dup');
      await scheduler.schedule('case:dup', due);
      await scheduler.schedule('sentinel', inMs(250));
      await fires.until('sentinel');
      expect(fires.keys()).toEqual(['case:dup', 'sentinel']);
    });

    it('replaces a timer armed again for another time, and keeps cancelled ones silent', async () => {
      const { scheduler } = made;
      await scheduler.schedule('moved', inMs(100));
      const later = inMs(300);
      await scheduler.schedule('moved', later);
      await scheduler.schedule('cancelled', inMs(150));
      await scheduler.cancel('cancelled');
      await scheduler.schedule('sentinel', inMs(450));
      await fires.until('sentinel');
      expect(fires.keys()).toEqual(['moved', 'sentinel']);
      expect(fires.seen[0]?.at).toEqual(later);
    });
  });
}
