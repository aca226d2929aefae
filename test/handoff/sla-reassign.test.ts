/**
 * A breach whose policy offers reassignment, on SQLite and PostgreSQL with a fake clock: supervisors
 * get one `handoff.reassign-offered` naming the case and the online agents who could take it now
 * (skills, capacity, not the assignee), even when two processes evaluate it; a supervisor's
 * reassignment moves the case and is audited; an offline agent cannot be given a case.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import type { StoredMessage } from '../../gateway/message';
import type { HandoffEventMap } from '../../handoff/event-bus';
import { CaseService } from '../../handoff/case-service';
import { SlaEngine, parseSlaSection } from '../../handoff/sla';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { openAgentCase } from '../support/case-service';

const T0 = new Date('2026-11-02T10:00:00Z');
let now = T0;
/** Timers on the fake clock: minutes ahead of it, so the test evaluates by hand before any fires. */
const timers = () => new MemoryTimerScheduler({ onError: () => undefined, now: () => now.getTime() });
const engine = new SlaEngine(
  parseSlaSection({
    policies: [{ match: { priority: ['normal'] }, firstResponse: '10m', resolution: '1h' }],
  }),
);

for (const kind of STORE_KINDS) {
  describe(`reassignment offered on breach (${kind.name})`, () => {
    let fresh: TestStore;
    const services: CaseService[] = [];
    const queue = (policies = engine) => {
      const service = new CaseService({
        store: fresh.store,
        engine: policies,
        scheduler: timers(),
        send: () => Promise.resolve({} as StoredMessage),
        capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
        logger: pino({ level: 'silent' }),
        clock: () => now,
        reconcileIntervalMs: 0,
      });
      services.push(service);
      return service;
    };
    beforeEach(async () => {
      fresh = await kind.make();
      now = T0;
    });
    afterEach(async () => {
      for (const service of services.splice(0)) await service.close();
      await fresh.dispose();
    });

    const openCase = (service: CaseService) => openAgentCase(fresh.store, service, '+15550009100', T0);

    it('offers the case to eligible online agents once, and a supervisor reassigns it', async () => {
      const one = queue();
      const two = queue();
      const offers: HandoffEventMap['handoff.reassign-offered'][] = [];
      for (const service of [one, two]) service.events.on('handoff.reassign-offered', (o) => offers.push(o));
      const item = await openCase(one);
      await one.agents.setStatus('ann', 'online');
      expect((await fresh.store.cases.get(item.id))?.assigneeId).toBe('ann');
      await one.agents.setSkills('dave', { channels: ['email'] });
      await one.agents.setStatus('dave', 'online');
      await one.agents.setStatus('bob', 'online');
      await one.agents.setStatus('carol', 'away');

      now = new Date(T0.getTime() + 11 * 60_000);
      await Promise.all([one.evaluateSla(item.id), two.evaluateSla(item.id)]);
      await two.evaluateSla(item.id);
      expect(offers).toHaveLength(1);
      expect(offers[0]).toMatchObject({ targets: ['firstResponse'], agentIds: ['bob'] });
      expect(offers[0]?.case.id).toBe(item.id);

      const assigned: HandoffEventMap['handoff.assigned'][] = [];
      one.events.on('handoff.assigned', (e) => assigned.push(e));
      const moved = await one.reassign(item.id, 'bob', 'agent:sup');
      expect(moved).toMatchObject({ state: 'assigned', assigneeId: 'bob' });
      expect(assigned).toEqual([expect.objectContaining({ previousAssigneeId: 'ann', by: 'agent:sup' })]);
      const audit = (await fresh.store.cases.events(item.id)).filter((e) => e.type === 'reassigned');
      expect(audit).toEqual([
        expect.objectContaining({ actor: 'agent:sup', detail: { from: 'ann', to: 'bob' } }),
      ]);
      await expect(one.reassign(item.id, 'bob', 'agent:sup')).rejects.toMatchObject({
        code: 'SB_ERR_CASE_STATE',
      });
      // Away agents may be given a case by a supervisor; offline ones may not.
      expect((await one.reassign(item.id, 'carol', 'agent:sup')).assigneeId).toBe('carol');
      await expect(one.reassign(item.id, 'erin', 'agent:sup')).rejects.toMatchObject({
        code: 'SB_ERR_AGENT_UNAVAILABLE',
        statusCode: 409,
      });
      await one.resolve(item.id, 'agent:carol');
      await expect(one.reassign(item.id, 'bob', 'agent:sup')).rejects.toMatchObject({
        code: 'SB_ERR_CASE_STATE',
      });
    });

    it('offers nothing when the policy does not offer reassignment', async () => {
      const quiet = new SlaEngine(
        parseSlaSection({
          policies: [{ match: {}, firstResponse: '10m', escalation: { offerReassign: false } }],
        }),
      );
      const service = queue(quiet);
      const offers: unknown[] = [];
      const breaches: unknown[] = [];
      service.events.on('handoff.reassign-offered', (o) => offers.push(o));
      service.events.on('sla.breached', (b) => breaches.push(b));
      const item = await openCase(service);
      now = new Date(T0.getTime() + 11 * 60_000);
      await service.evaluateSla(item.id);
      expect(breaches).toHaveLength(1);
      expect(offers).toEqual([]);
    });
  });
}
