/**
 * Store contract: handoff cases. Opening moves the conversation to `queued` in the same
 * transaction; claims are conditional (exactly one of many concurrent claimers wins); SLA events
 * are recorded once per key; the queue is served by priority, then longest waiting.
 */
import { describe, expect, it } from 'vitest';
import type { CasePriority, NewCase } from '../../gateway/store/case-types';
import type { Store } from '../../gateway/store/types';
import { at, customerOn } from './fixtures';
import { useFreshStore, type StoreFactory } from './fresh-store';

async function openCase(store: Store, address: string, extra: Partial<NewCase> = {}) {
  const { customer, conversation } = await customerOn(store, 'sms', address);
  const opened = await store.cases.open({
    conversationId: conversation.id,
    customerId: customer.id,
    priority: 'normal',
    reason: 'human-request',
    channel: 'sms',
    locale: 'en',
    tier: customer.tier,
    tags: [],
    openedBy: 'bot',
    triggerMessageId: null,
    at: at(10),
    ...extra,
  });
  return { ...opened, conversation };
}

const breach = (key: string) => ({
  key,
  type: 'sla.breached' as const,
  target: 'firstResponse',
  dueAt: at(300),
});

export function registerCaseContract(factory: StoreFactory): void {
  describe('cases', () => {
    const store = useFreshStore(factory);

    it('opens one case per open conversation and queues the conversation with it', async () => {
      const first = await openCase(store(), '+15550100');
      const again = await openCase(store(), '+15550100', { at: at(20) });
      expect(first).toMatchObject({ created: true, queuePosition: 1 });
      expect(again).toMatchObject({ created: false, case: { id: first.case.id }, queuePosition: null });
      expect(first.case).toMatchObject({
        state: 'queued',
        priority: 'normal',
        openedAt: at(10),
        waitingSince: at(10),
      });
      expect((await store().getConversation(first.conversation.id))?.state).toBe('queued');
      expect(await store().cases.openFor(first.conversation.id)).toMatchObject({ id: first.case.id });
    });

    it('lets exactly one of 20 concurrent claims win', async () => {
      const { case: opened, conversation } = await openCase(store(), '+15550101');
      const claims = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store().cases.claim(opened.id, `agent-${i}`, at(30))),
      );
      const winners = claims.filter((claim) => claim !== null);
      expect(winners).toHaveLength(1);
      const stored = await store().cases.get(opened.id);
      expect(stored).toMatchObject({
        state: 'assigned',
        assigneeId: winners[0]?.assigneeId,
        assignedAt: at(30),
      });
      expect((await store().getConversation(conversation.id))?.state).toBe('assigned');
      const assigned = (await store().cases.events(opened.id)).filter((e) => e.type === 'assigned');
      expect(assigned).toHaveLength(1);
    });

    it('never routes an agent over capacity, even with concurrent routed claims', async () => {
      const opened = await Promise.all(
        Array.from({ length: 6 }, (_, i) => openCase(store(), `+1555011${i}`)),
      );
      const ids = opened.map((item) => item.case.id);
      expect(await store().cases.claimRouted(ids[0] ?? '', 'router-agent', at(30))).toBeNull();
      await store().agents.setStatus('router-agent', 'online', at(20));
      await store().agents.setSkills('router-agent', { capacity: 2 }, at(20));
      const claims = await Promise.all(
        ids.map((id) => store().cases.claimRouted(id, 'router-agent', at(30))),
      );
      expect(claims.filter((claim) => claim !== null)).toHaveLength(2);
      expect(await store().cases.countAssigned('router-agent')).toBe(2);
      const winner = claims.find((claim) => claim !== null);
      const events = await store().cases.events(winner?.id ?? '');
      expect(events.filter((e) => e.type === 'assigned').map((e) => e.actor)).toEqual(['system']);
    });

    it('tracks first response, the customer waiting again, and closes by resolve or return', async () => {
      const { case: opened, conversation } = await openCase(store(), '+15550102');
      expect(await store().cases.recordAgentMessage(opened.id, 'agent:a', 'msg-0', at(15))).toBeNull();
      await store().cases.claim(opened.id, 'a', at(20));
      await store().cases.recordAgentMessage(opened.id, 'agent:a', 'msg-1', at(40));
      await store().cases.recordAgentMessage(opened.id, 'agent:a', 'msg-2', at(50));
      await store().cases.recordCustomerMessage(opened.id, 'msg-3', at(60));
      const waiting = await store().cases.recordCustomerMessage(opened.id, 'msg-4', at(70));
      expect(waiting).toMatchObject({
        firstResponseAt: at(40),
        lastAgentResponseAt: at(50),
        customerWaitingSince: at(60),
      });
      const resolved = await store().cases.resolve(opened.id, 'agent:a', at(80));
      expect(resolved).toMatchObject({ state: 'resolved', resolvedAt: at(80), closedAt: at(80) });
      expect((await store().getConversation(conversation.id))?.state).toBe('resolved');
      expect(await store().cases.resolve(opened.id, 'agent:a', at(90))).toBeNull();
      expect(await store().cases.returnToBot(opened.id, 'agent:a', at(90))).toBeNull();
      const types = (await store().cases.events(opened.id)).map((event) => event.type);
      expect(types).toEqual([
        'opened',
        'assigned',
        'agent-message',
        'agent-message',
        'customer-message',
        'customer-message',
        'resolved',
      ]);
    });

    it('returns a conversation to the bot and then opens a new case for it', async () => {
      const first = await openCase(store(), '+15550103');
      const returned = await store().cases.returnToBot(first.case.id, 'agent:b', at(20));
      expect(returned?.state).toBe('returned');
      expect((await store().getConversation(first.conversation.id))?.state).toBe('bot');
      const second = await openCase(store(), '+15550103', { at: at(40) });
      expect(second.created).toBe(true);
      expect(second.case.id).not.toBe(first.case.id);
    });

    it('records each SLA event once, even when recorded concurrently', async () => {
      const { case: opened } = await openCase(store(), '+15550104');
      const runs = await Promise.all(
        Array.from({ length: 5 }, () =>
          store().cases.recordSlaEvents(opened.id, [breach('firstResponse@x:breached')], at(300)),
        ),
      );
      expect(runs.flat()).toEqual(['firstResponse@x:breached']);
      expect(
        await store().cases.recordSlaEvents(
          opened.id,
          [breach('a'), breach('firstResponse@x:breached')],
          at(301),
        ),
      ).toEqual(['a']);
      expect((await store().cases.slaKeys(opened.id)).sort()).toEqual(['a', 'firstResponse@x:breached']);
    });

    it('raises priority only from the priority it still has', async () => {
      const { case: opened } = await openCase(store(), '+15550105');
      const raised = await store().cases.escalate(opened.id, 'normal', 'high', at(20));
      expect(raised).toMatchObject({ priority: 'high', escalated: true });
      expect(await store().cases.escalate(opened.id, 'normal', 'high', at(21))).toBeNull();
    });

    it('serves urgent first, then the longest waiting, and counts positions that way', async () => {
      const open = (n: number, priority: CasePriority, seconds: number) =>
        openCase(store(), `+1555020${n}`, { priority, at: at(seconds) }).then((o) => o.case.id);
      const a = await open(1, 'normal', 1);
      const b = await open(2, 'urgent', 5);
      const c = await open(3, 'normal', 3);
      const d = await open(4, 'high', 9);
      // The place a case is opened at, counted in the open's transaction, is the place it then has.
      const e = await openCase(store(), '+15550205', { priority: 'high', at: at(12) });
      expect(e.queuePosition).toBe(3);
      await store().cases.claim(e.case.id, 'y', at(13));
      expect((await store().cases.listQueued(10)).map((x) => x.id)).toEqual([b, d, a, c]);
      expect(await store().cases.queuePosition(c)).toBe(4);
      expect(await store().cases.queuePosition(d)).toBe(2);
      await store().cases.claim(b, 'x', at(10));
      expect(await store().cases.queuePosition(b)).toBeNull();
      expect(await store().cases.queuePosition(c)).toBe(3);
      expect(await store().cases.countAssigned('x')).toBe(1);
      expect((await store().cases.listOpen()).map((x) => x.id)).toEqual([b, d, e.case.id, a, c]);
    });
  });
}
