/**
 * SLA timers end to end on the store (SQLite and PostgreSQL), with a fake clock: a breach is recorded
 * and announced exactly once even when two queues (two processes) evaluate the same case at once and
 * again later, the escalation raises the priority once, and the next wake-up is armed.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseService } from '../../handoff/case-service';
import { SlaEngine, parseSlaSection } from '../../handoff/sla';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import type { StoredMessage } from '../../gateway/message';
import { ArmedTimers } from '../support/armed-timers';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { openAgentCase } from '../support/case-service';

const T0 = new Date('2026-11-02T10:00:00Z');
const engine = new SlaEngine(
  parseSlaSection({
    policies: [{ match: { priority: ['normal', 'high'] }, firstResponse: '10m', resolution: '1h' }],
  }),
);

for (const kind of STORE_KINDS) {
  describe(`SLA timers on cases (${kind.name})`, () => {
    let fresh: TestStore;
    let now: Date;
    const services: CaseService[] = [];
    const queue = (timers = new ArmedTimers()) => {
      const service = new CaseService({
        store: fresh.store,
        engine,
        scheduler: timers,
        send: () => Promise.resolve({} as StoredMessage),
        capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
        logger: pino({ level: 'silent' }),
        clock: () => now,
      });
      services.push(service);
      return { service, timers };
    };
    beforeEach(async () => {
      fresh = await kind.make();
      now = T0;
    });
    afterEach(async () => {
      for (const service of services.splice(0)) await service.close();
      await fresh.dispose();
    });

    const openCase = (service: CaseService) => openAgentCase(fresh.store, service, '+15550009000', T0);

    it('records and announces a breach once, however often and by how many it is evaluated', async () => {
      const one = queue();
      const two = queue();
      const announced: string[] = [];
      const actions: string[] = [];
      for (const { service } of [one, two]) {
        service.events.on('sla.warning', ({ event }) => announced.push(event.key));
        service.events.on('sla.breached', ({ event, escalation }) => {
          announced.push(event.key);
          actions.push(...escalation.map((a) => a.type));
        });
      }
      const item = await openCase(one.service);
      expect(one.timers.armed.get(item.id)).toEqual(new Date(T0.getTime() + 8 * 60_000));

      now = new Date(T0.getTime() + 11 * 60_000);
      await Promise.all([one.service.evaluateSla(item.id), two.service.evaluateSla(item.id)]);
      await one.service.evaluateSla(item.id);
      await two.service.evaluateSla(item.id);

      expect(announced.sort()).toEqual([
        `firstResponse@${T0.toISOString()}:breached`,
        `firstResponse@${T0.toISOString()}:warning`,
      ]);
      expect((await fresh.store.cases.slaKeys(item.id)).sort()).toEqual(announced);
      expect(actions).toEqual(['notifySupervisors', 'raisePriority', 'offerReassign']);
      const escalated = await fresh.store.cases.get(item.id);
      expect(escalated).toMatchObject({ priority: 'high', escalated: true });
      const raised = (await fresh.store.cases.events(item.id)).filter((e) => e.type === 'priority-raised');
      expect(raised).toHaveLength(1);
      // Next: the resolution warning at 80 % of 1 h.
      expect(one.timers.armed.get(item.id)).toEqual(new Date(T0.getTime() + 48 * 60_000));
    });

    it('re-arms every open case from the database on reconcile, and none once resolved', async () => {
      const first = queue();
      const item = await openCase(first.service);
      const restarted = queue();
      expect(await restarted.service.reconcile()).toBe(1);
      expect(restarted.timers.armed.get(item.id)).toEqual(new Date(T0.getTime() + 8 * 60_000));
      await restarted.service.resolve(item.id, 'agent:ann');
      expect(restarted.timers.armed.has(item.id)).toBe(false);
      expect(await queue().service.reconcile()).toBe(0);
    });
  });
}
