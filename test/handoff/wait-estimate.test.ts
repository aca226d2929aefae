/**
 * The wait told to queued customers is measured: per priority, the median time from opening to the
 * first agent response of the latest answered cases, with the configured default while too few were
 * answered. On SQLite and PostgreSQL with a fake clock, through the case service (open, claim,
 * reply); and the estimator alone: its cache, one read in flight, and a failed read.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CasePriority } from '../../gateway/store/case-types';
import type { CaseService } from '../../handoff/case-service';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import { MeasuredWaits, median } from '../../handoff/wait-estimate';
import { openAgentCase, testCaseService } from '../support/case-service';
import { STORE_KINDS, type TestStore } from '../support/stores';

const MINUTE = 60_000;
const T0 = new Date('2026-11-02T10:00:00Z');
const engine = new SlaEngine(parseSlaSection({ policies: [{ match: {}, firstResponse: '8h' }] }));
const silent = pino({ level: 'silent' });

for (const kind of STORE_KINDS) {
  describe(`measured queue waits (${kind.name})`, () => {
    let fresh: TestStore;
    let now = T0;
    let sent: Array<{ conversationId: string; text: string }> = [];
    let service: CaseService;
    let phone = 0;

    beforeEach(async () => {
      fresh = await kind.make();
      now = T0;
      const made = testCaseService({
        store: fresh.store,
        engine,
        clock: () => now,
        expectedWaitPerCaseMs: 3 * MINUTE,
        waitNotices: { estimate: { minSamples: 3, refreshMs: 30 * MINUTE } },
      });
      service = made.service;
      sent = made.sent;
    });
    afterEach(async () => {
      await service.close();
      await fresh.dispose();
    });

    async function open(priority: CasePriority = 'normal') {
      phone += 1;
      const address = `+1555002${String(phone).padStart(4, '0')}`;
      return openAgentCase(fresh.store, service, address, now, { priority });
    }
    const noticeOf = (conversationId: string) =>
      sent.find((s) => s.conversationId === conversationId && s.text.includes('expected wait'))?.text;
    const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

    /** Opens a case at `start` and gives it its first answer `waited` minutes later. */
    async function answered(start: number, waited: number, priority: CasePriority = 'normal') {
      now = at(start);
      const item = await open(priority);
      now = at(start + waited);
      await service.claim(item.id, 'ann');
      await service.reply({ caseId: item.id, agentId: 'ann', text: 'Hello, Ann here.' });
      await service.resolve(item.id, 'agent:ann');
    }

    it('tells the median first-response wait of the priority, the default before enough cases', async () => {
      await answered(0, 2);
      await answered(10, 12);
      now = at(30);
      const early = await open();
      expect(noticeOf(early.conversationId)).toBe("You're next for a person; expected wait about 3 min.");
      await service.resolve(early.id, 'agent:sup');

      await answered(40, 7);
      // An urgent case answered fast does not count for normal ones.
      await answered(50, 1, 'urgent');
      now = at(100); // past the 30-minute refresh
      const later = await open();
      expect(noticeOf(later.conversationId)).toBe("You're next for a person; expected wait about 7 min.");
      const second = await open();
      expect(noticeOf(second.conversationId)).toBe(
        "You're number 2 in the queue; expected wait about 14 min.",
      );
      const urgent = await open('urgent');
      expect(noticeOf(urgent.conversationId)).toBe("You're next for a person; expected wait about 3 min.");
      expect(await fresh.store.stats.recentFirstResponseWaits('normal', at(0), 2)).toEqual([
        7 * MINUTE,
        12 * MINUTE,
      ]);
      expect(await fresh.store.stats.recentFirstResponseWaits('normal', at(30), 50)).toEqual([7 * MINUTE]);
    });
  });
}

describe('MeasuredWaits', () => {
  const make = (read: () => Promise<number[]>, clock: { now: number }) => {
    let reads = 0;
    const waits = new MeasuredWaits({
      stats: {
        recentFirstResponseWaits: () => {
          reads += 1;
          return read();
        },
      },
      clock: () => new Date(clock.now),
      logger: silent,
      defaultMs: 180_000,
      minSamples: 3,
      refreshMs: 60_000,
    });
    return { waits, reads: () => reads };
  };

  it('takes the median, reads once per refresh interval and once while a read is in flight', async () => {
    const clock = { now: 0 };
    let samples = [5, 1, 3].map((m) => m * MINUTE);
    const { waits, reads } = make(() => Promise.resolve(samples), clock);
    const [a, b] = await Promise.all([waits.roundMs('normal'), waits.roundMs('normal')]);
    expect([a, b, reads()]).toEqual([3 * MINUTE, 3 * MINUTE, 1]);
    samples = [10, 20, 30, 40].map((m) => m * MINUTE);
    clock.now = 59_999;
    expect(await waits.roundMs('normal')).toBe(3 * MINUTE);
    clock.now = 60_000;
    expect(await waits.roundMs('normal')).toBe(25 * MINUTE);
    expect(reads()).toBe(2);
    expect(await waits.roundMs('high')).toBe(25 * MINUTE);
    expect(reads()).toBe(3);
  });

  it('keeps the last figure when a read fails, and the default before any', async () => {
    const clock = { now: 0 };
    let fail = true;
    const { waits } = make(
      () =>
        fail ? Promise.reject(new Error('database down')) : Promise.resolve([4, 4, 4].map((m) => m * MINUTE)),
      clock,
    );
    expect(await waits.roundMs('normal')).toBe(180_000);
    fail = false;
    clock.now = 60_000;
    expect(await waits.roundMs('normal')).toBe(4 * MINUTE);
    fail = true;
    clock.now = 120_000;
    expect(await waits.roundMs('normal')).toBe(4 * MINUTE);
  });

  it('computes medians of odd and even lists', () => {
    expect(median([3])).toBe(3);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
