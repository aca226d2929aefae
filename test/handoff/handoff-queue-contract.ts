/**
 * The HandoffQueue contract (DESIGN.md, "Core seams"): every deployment of the queue — the case
 * service over in-process timers (embedded default) or over BullMQ on Redis — must pass it. Open,
 * claim once, reply over the conversation, resolve, return to the bot; SLA timers that fire through
 * the deployment's scheduler, once per event, and not for a case answered in time; and timers armed
 * again from the database by a new service whose scheduler knows nothing. Waits are for events,
 * never fixed sleeps; a later sentinel case proves that something did not fire.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseService } from '../../handoff/case-service';
import type { HandoffEventMap } from '../../handoff/event-bus';
import { parseSlaSection, SlaEngine } from '../../handoff/sla';
import type { TimerScheduler } from '../../handoff/timers/timer-scheduler';
import { testCaseService } from '../support/case-service';
import { eventually } from '../support/eventually';
import type { TestStore } from '../support/stores';

/** A deployment: a fresh store, and a fresh scheduler per service (a new process's). */
export interface HandoffQueueDeployment {
  name: string;
  store(): Promise<TestStore>;
  scheduler(): TimerScheduler;
}

// Short targets so timers really fire: warn after 1 s, breach after 2 s.
const engine = new SlaEngine(parseSlaSection({ warnAt: 0.5, policies: [{ firstResponse: '2s' }] }));

/** Registers the contract for one deployment. */
export function registerHandoffQueueContract(deployment: HandoffQueueDeployment): void {
  describe(`HandoffQueue contract (${deployment.name})`, () => {
    let fresh: TestStore;
    const services: CaseService[] = [];
    const sla: string[] = [];
    let phone = 0;

    const start = async () => {
      const { service, sent } = testCaseService({
        store: fresh.store,
        engine,
        clock: () => new Date(),
        scheduler: deployment.scheduler(),
      });
      services.push(service);
      const record = ({ case: item, event }: HandoffEventMap['sla.warning']) =>
        sla.push(`${item.id} ${event.type}`);
      service.events.on('sla.warning', record);
      service.events.on('sla.breached', record);
      await service.start();
      return { service, sent };
    };
    const open = async (service: CaseService) => {
      phone += 1;
      const address = `+1555004${String(phone).padStart(4, '0')}`;
      const now = new Date();
      const { customer } = await fresh.store.resolveIdentity('sms', address, now);
      const conversation = await fresh.store.currentConversation(customer.id, 'sms', address, now, 1);
      return service.openByAgent({ conversationId: conversation.id, agentId: 'sup', priority: 'normal' });
    };
    /** Resolves once `count` SLA events of the case were seen. */
    const seen = (caseId: string, count: number) =>
      eventually(
        () => sla.filter((line) => line.startsWith(`${caseId} `)),
        (lines) => lines.length >= count,
      );

    beforeEach(async () => {
      fresh = await deployment.store();
      sla.length = 0;
    });
    afterEach(async () => {
      for (const service of services.splice(0)) await service.close();
      await fresh.dispose();
    });

    it('opens, lets one agent claim, replies over the conversation, resolves and returns', async () => {
      const { service, sent } = await start();
      const item = await open(service);
      expect(item.state).toBe('queued');
      const claims = await Promise.allSettled([service.claim(item.id, 'ann'), service.claim(item.id, 'bob')]);
      expect(claims.map((c) => c.status).sort()).toEqual(['fulfilled', 'rejected']);
      const lost = claims.find((c) => c.status === 'rejected');
      expect((lost?.reason as { code?: string }).code).toBe('SB_ERR_CASE_TAKEN');
      const owner = (await fresh.store.cases.get(item.id))?.assigneeId ?? '';
      await service.reply({ caseId: item.id, agentId: owner, text: 'Hello, I am on it.' });
      expect(sent.filter((s) => s.conversationId === item.conversationId).at(-1)?.text).toBe(
        'Hello, I am on it.',
      );
      expect((await service.resolve(item.id, `agent:${owner}`)).state).toBe('resolved');
      await expect(service.resolve(item.id, `agent:${owner}`)).rejects.toMatchObject({
        code: 'SB_ERR_CASE_STATE',
      });

      const other = await open(service);
      expect((await service.returnToBot(other.id, 'agent:ann')).state).toBe('returned');
    });

    it('fires the warning and the breach through the scheduler once each, none for a case answered in time', async () => {
      const { service } = await start();
      const answered = await open(service);
      const late = await open(service);
      await service.claim(answered.id, 'ann');
      await service.reply({ caseId: answered.id, agentId: 'ann', text: 'Right here.' });
      await seen(late.id, 2);
      // The sentinel breached after the answered case's due time: that one had its chance to fire.
      const sentinel = await open(service);
      await seen(sentinel.id, 2);
      expect(sla.filter((line) => line.startsWith(`${late.id} `))).toEqual([
        `${late.id} sla.warning`,
        `${late.id} sla.breached`,
      ]);
      expect(sla.filter((line) => line.startsWith(`${answered.id} `))).toEqual([]);
      expect(await fresh.store.cases.slaKeys(late.id)).toHaveLength(2);
    });

    it('arms open cases again from the database when a new service starts on an empty scheduler', async () => {
      const first = await start();
      const item = await open(first.service);
      await first.service.close();
      services.splice(services.indexOf(first.service), 1);
      expect(sla).toEqual([]);
      await start();
      await seen(item.id, 2);
      expect(sla).toEqual([`${item.id} sla.warning`, `${item.id} sla.breached`]);
    });
  });
}
