/**
 * SLA pauses fed from cases, on SQLite and PostgreSQL with a fake clock: an agent's reply that
 * waits on the customer pauses the resolution clock until the customer's next message; the
 * resolution breach moves by the paused time and fires once, the other targets do not move.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAIN_TEXT_CAPABILITIES } from '../../gateway/gateway';
import type { StoredMessage } from '../../gateway/message';
import { CaseService } from '../../handoff/case-service';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { openAgentCase } from '../support/case-service';

const MINUTE = 60_000;
const T0 = new Date('2026-11-02T10:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);
const engine = new SlaEngine(
  parseSlaSection({
    policies: [
      { match: {}, firstResponse: '10m', nextResponse: '30m', resolution: '1h', customerUpdate: '24h' },
    ],
  }),
);

for (const kind of STORE_KINDS) {
  describe(`SLA pauses from cases (${kind.name})`, () => {
    let fresh: TestStore;
    let now = T0;
    let service: CaseService;
    beforeEach(async () => {
      fresh = await kind.make();
      now = T0;
      let n = 0;
      service = new CaseService({
        store: fresh.store,
        engine,
        scheduler: new MemoryTimerScheduler({ onError: () => undefined, now: () => now.getTime() }),
        send: () => {
          n += 1;
          return Promise.resolve({ id: `msg-${n}`, createdAt: now } as StoredMessage);
        },
        capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
        logger: pino({ level: 'silent' }),
        clock: () => now,
        reconcileIntervalMs: 0,
      });
    });
    afterEach(async () => {
      await service.close();
      await fresh.dispose();
    });

    const openCase = (address: string) => openAgentCase(fresh.store, service, address, T0);

    it('pauses resolution while the agent waits on the customer, and only resolution', async () => {
      const item = await openCase('+15550007000');
      const breaches: string[] = [];
      service.events.on('sla.breached', ({ event }) => breaches.push(event.target));
      await service.claim(item.id, 'ann');
      now = at(5);
      await service.reply({
        caseId: item.id,
        agentId: 'ann',
        text: 'Which order number?',
        awaitCustomer: true,
      });
      const paused = await fresh.store.cases.get(item.id);
      expect(paused?.pauses).toEqual([{ from: at(5), to: null }]);
      const due = (target: string) => service.deadlinesOf(paused ?? item).find((d) => d.target === target);
      expect(due('resolution')).toMatchObject({ onHoldSince: at(5) });
      expect(due('customerUpdate')?.dueAt).toEqual(at(5 + 24 * 60));

      now = at(100);
      await service.evaluateSla(item.id);
      expect(breaches).toEqual([]);

      now = at(125);
      await service.customerMessage(item.conversationId, { id: 'in-1', createdAt: now } as StoredMessage);
      const resumed = await fresh.store.cases.get(item.id);
      expect(resumed?.pauses).toEqual([{ from: at(5), to: at(125) }]);
      const plan = service.deadlinesOf(resumed ?? item);
      expect(plan.find((d) => d.target === 'resolution')?.dueAt).toEqual(at(180));
      expect(plan.find((d) => d.target === 'nextResponse')?.dueAt).toEqual(at(155));

      // The customer's answer started the next-response clock, which the pause does not touch.
      now = at(179);
      await service.evaluateSla(item.id);
      expect(breaches).toEqual(['nextResponse']);
      now = at(181);
      await service.evaluateSla(item.id);
      await service.evaluateSla(item.id);
      expect(breaches).toEqual(['nextResponse', 'resolution']);
    });

    it('keeps one open pause however often the agent asks', async () => {
      const item = await openCase('+15550007001');
      await service.claim(item.id, 'ann');
      now = at(2);
      await service.reply({
        caseId: item.id,
        agentId: 'ann',
        text: 'Your order number?',
        awaitCustomer: true,
      });
      now = at(3);
      await service.reply({ caseId: item.id, agentId: 'ann', text: 'And the date?', awaitCustomer: true });
      expect((await fresh.store.cases.get(item.id))?.pauses).toEqual([{ from: at(2), to: null }]);
      const audit = (await fresh.store.cases.events(item.id)).filter((e) => e.type === 'agent-message');
      expect(audit.map((e) => e.detail)).toEqual([{ awaitCustomer: true }, { awaitCustomer: true }]);
    });
  });
}
