/**
 * Business calendars through the whole case path (store, SLA watch, timers, context packet) on
 * SQLite and PostgreSQL with a fake clock: an e-mail case opened on Friday 17:00 under office hours
 * (Mon–Fri 09:00–18:00, Asia/Shanghai) with Monday a holiday arms its wake-up for Tuesday 09:36,
 * records nothing when evaluated over the weekend or on the holiday, warns at Tuesday 09:36 and
 * breaches at 10:00, once each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseService } from '../../handoff/case-service';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import { ArmedTimers } from '../support/armed-timers';
import { openAgentCase, testCaseService } from '../support/case-service';
import { STORE_KINDS, type TestStore } from '../support/stores';

const engine = new SlaEngine(
  parseSlaSection({
    timezone: 'Asia/Shanghai',
    calendars: { office: { hours: { 'mon-fri': '09:00-18:00' }, holidays: ['2026-11-23'] } },
    policies: [{ match: { channel: 'email' }, calendar: 'office', firstResponse: '2h' }],
  }),
);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const FRIDAY = shanghai('2026-11-20T17:00:00');

for (const kind of STORE_KINDS) {
  describe(`SLA calendar on cases (${kind.name})`, () => {
    let fresh: TestStore;
    let now = FRIDAY;
    let service: CaseService;
    const timers = new ArmedTimers();

    beforeEach(async () => {
      fresh = await kind.make();
      now = FRIDAY;
      service = testCaseService({ store: fresh.store, engine, scheduler: timers, clock: () => now }).service;
    });
    afterEach(async () => {
      await service.close();
      await fresh.dispose();
    });

    it('counts only open hours across a weekend and a holiday, warning and breaching once', async () => {
      const address = 'ann@example.com';
      const item = await openAgentCase(fresh.store, service, address, now, { channel: 'email' });
      const fired: string[] = [];
      service.events.on('sla.warning', ({ event }) => fired.push(`${event.type} ${event.target}`));
      service.events.on('sla.breached', ({ event }) => fired.push(`${event.type} ${event.target}`));

      expect(timers.armed.get(item.id)).toEqual(shanghai('2026-11-24T09:36:00'));
      const first = (await service.getCaseWithContext(item.id)).sla.deadlines.find(
        (d) => d.target === 'firstResponse',
      );
      expect(first).toMatchObject({
        warnAt: shanghai('2026-11-24T09:36:00').toISOString(),
        dueAt: shanghai('2026-11-24T10:00:00').toISOString(),
      });

      for (const local of [
        '2026-11-21T12:00:00',
        '2026-11-22T20:00:00',
        '2026-11-23T12:00:00',
        '2026-11-24T09:35:00',
      ]) {
        now = shanghai(local);
        await service.evaluateSla(item.id);
        expect(await fresh.store.cases.slaKeys(item.id), local).toEqual([]);
      }
      now = shanghai('2026-11-24T09:36:00');
      await service.evaluateSla(item.id);
      expect(timers.armed.get(item.id)).toEqual(shanghai('2026-11-24T10:00:00'));
      now = shanghai('2026-11-24T10:00:00');
      await service.evaluateSla(item.id);
      await service.evaluateSla(item.id);
      expect(fired).toEqual(['sla.warning firstResponse', 'sla.breached firstResponse']);
      expect(await fresh.store.cases.slaKeys(item.id)).toHaveLength(2);
    });
  });
}
