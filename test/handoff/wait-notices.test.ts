/**
 * A queued customer hears again when their expected wait changes much, on SQLite and PostgreSQL
 * with a fake clock: cases ahead taken (the wait shrinks) and urgent cases jumping ahead (it grows)
 * are told, a small drift is not, nobody is told twice within the interval, and two processes
 * sweeping at once send one notice.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import type { ConversationSend } from '../../gateway/gateway';
import type { StoredMessage } from '../../gateway/message';
import type { CasePriority } from '../../gateway/store/case-types';
import { CaseService } from '../../handoff/case-service';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { openAgentCase } from '../support/case-service';

const MINUTE = 60_000;
const T0 = new Date('2026-11-02T10:00:00Z');
const engine = new SlaEngine(
  parseSlaSection({ policies: [{ match: { priority: ['normal'] }, firstResponse: '2h' }] }),
);

for (const kind of STORE_KINDS) {
  describe(`queue wait notices (${kind.name})`, () => {
    let fresh: TestStore;
    let now = T0;
    let sent: Array<{ conversationId: string; text: string }> = [];
    const services: CaseService[] = [];
    const queue = () => {
      const service = new CaseService({
        store: fresh.store,
        engine,
        scheduler: new MemoryTimerScheduler({ onError: () => undefined, now: () => now.getTime() }),
        send: (request: ConversationSend) => {
          sent.push({ conversationId: request.conversationId, text: request.outbound.text ?? '' });
          return Promise.resolve({} as StoredMessage);
        },
        capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
        logger: pino({ level: 'silent' }),
        clock: () => now,
        reconcileIntervalMs: 0,
        expectedWaitPerCaseMs: 10 * MINUTE,
        waitNotices: { sweepIntervalMs: 0 },
      });
      services.push(service);
      return service;
    };
    beforeEach(async () => {
      fresh = await kind.make();
      now = T0;
      sent = [];
    });
    afterEach(async () => {
      for (const service of services.splice(0)) await service.close();
      await fresh.dispose();
    });

    let phone = 0;
    async function open(service: CaseService, priority: CasePriority = 'normal') {
      phone += 1;
      const address = `+1555001${String(phone).padStart(4, '0')}`;
      return openAgentCase(fresh.store, service, address, now, { priority });
    }
    const to = (conversationId: string) =>
      sent.filter((s) => s.conversationId === conversationId).map((s) => s.text);
    const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

    it('tells a customer again when their wait changes much, once per interval', async () => {
      const one = queue();
      const two = queue();
      const cases = [];
      for (let i = 0; i < 5; i += 1) cases.push(await open(one));
      const last = cases[4];
      if (!last) throw new Error('no case');
      expect(to(last.conversationId)).toEqual(["You're number 5 in the queue; expected wait about 50 min."]);

      now = at(1);
      for (const item of cases.slice(0, 4)) await one.claim(item.id, 'ann');
      expect(await one.updateWaitNotices()).toBe(0);

      now = at(5);
      const told = await Promise.all([one.updateWaitNotices(), two.updateWaitNotices()]);
      expect(told[0] + told[1]).toBe(1);
      expect(to(last.conversationId).slice(1)).toEqual([
        "Update: you're next for a person; expected wait now about 10 min.",
      ]);

      now = at(6);
      const f = await open(one);
      expect(to(f.conversationId)).toEqual(["You're number 2 in the queue; expected wait about 20 min."]);
      expect(await one.updateWaitNotices()).toBe(0);

      // F moves up one place: 10 min instead of the 14 it still expects is too small a change.
      now = at(12);
      await one.claim(last.id, 'ann');
      expect(await one.updateWaitNotices()).toBe(0);

      // Two urgent cases jump ahead: 30 min instead of 14 is told.
      const g = await open(one, 'urgent');
      expect(to(g.conversationId)).toEqual(["You're next for a person; expected wait about 5 min."]);
      await open(one, 'urgent');
      expect(await one.updateWaitNotices()).toBe(1);
      expect(to(f.conversationId).slice(1)).toEqual([
        "Update: you're number 3 in the queue; expected wait now about 30 min.",
      ]);
      const stored = await fresh.store.cases.get(f.id);
      expect(stored?.waitNotice).toEqual({ waitMs: 30 * MINUTE, at: at(12) });
    });

    it('divides the wait by the agents online', async () => {
      const service = queue();
      await service.agents.setStatus('ann', 'away');
      const a = await open(service);
      const b = await open(service);
      expect(to(b.conversationId)).toEqual(["You're number 2 in the queue; expected wait about 20 min."]);
      expect(a.state).toBe('queued');
      await service.agents.setSkills('bob', { channels: ['email'] });
      await service.agents.setSkills('cid', { channels: ['email'] });
      await service.agents.setStatus('bob', 'online');
      await service.agents.setStatus('cid', 'online');
      const c = await open(service);
      expect(to(c.conversationId)).toEqual(["You're number 3 in the queue; expected wait about 20 min."]);
    });
  });
}
