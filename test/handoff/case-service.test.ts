/**
 * The handoff queue through the real gateway, on SQLite and PostgreSQL: the bot's handoff opens a
 * case and tells the customer their place in the queue; later messages (on another linked channel
 * too) go to the case; the context packet carries the whole story; one of two racing agents gets
 * the case; the reply goes out over the customer's channel; resolving closes the conversation.
 * Opening reads nothing twice: the gateway hands over the trigger message and the customer, the
 * store counts the queue position in the open's transaction, and the `handoff.opened` packet is
 * built from the case the event carries.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffEventMap, HandoffEventType } from '../../handoff/event-bus';
import { CaseContextSchema } from '../../handoff/context-packet';
import type { CaseService } from '../../handoff/case-service';
import { ScriptedBot } from '../support/scripted-bot';
import { STORE_KINDS } from '../support/stores';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

function record(cases: CaseService) {
  const seen: Array<{ type: HandoffEventType; payload: unknown }> = [];
  const types: HandoffEventType[] = [
    'handoff.opened',
    'handoff.assigned',
    'handoff.resolved',
    'message.created',
  ];
  for (const type of types) {
    cases.events.on(type, (payload: HandoffEventMap[typeof type]) => seen.push({ type, payload }));
  }
  return seen;
}

/** Counts calls of the named methods of `target` from now on. */
function countCalls(target: object, names: readonly string[]): Map<string, number> {
  const counts = new Map(names.map((name) => [name, 0]));
  for (const name of names) {
    const original: unknown = Reflect.get(target, name);
    if (typeof original !== 'function') throw new Error(`no method ${name}`);
    Reflect.set(target, name, (...args: unknown[]) => {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    });
  }
  return counts;
}

for (const kind of STORE_KINDS) {
  describe(`handoff queue through the gateway (${kind.name})`, () => {
    let test: TestSwitchboard;
    let cases: CaseService;
    beforeEach(async () => {
      test = await startTestSwitchboard(kind.name, { bot: new ScriptedBot() });
      const service = test.switchboard.cases;
      if (!service) throw new Error('the Switchboard has no case service');
      cases = service;
    });
    afterEach(async () => {
      await test.dispose();
    });

    const say = (from: string, text: string, externalId: string, channel: 'sms' | 'email' = 'sms') =>
      test.switchboard.gateway.receive({ channel, externalId, from, text });

    it('opens a case from a handoff, attaches later messages, and builds the context packet', async () => {
      const seen = record(cases);
      const { store } = test.switchboard;
      await say('+15550001000', 'where is my order?', 'SM-1');
      const handoff = await say('+15550001000', 'human', 'SM-2');
      expect(handoff.state).toBe('queued');
      const opened = await store.cases.openFor(handoff.conversationId);
      expect(opened).toMatchObject({
        state: 'queued',
        reason: 'human-request',
        priority: 'normal',
        openedBy: 'bot',
      });
      const messages = await store.listConversationMessages(handoff.conversationId);
      const notice = messages.find((m) => m.author === 'system');
      expect(notice?.text).toMatch(/next for a person; expected wait about \d+ min/);

      await store.linkIdentity(handoff.customerId, 'email', 'ann@example.com', 'agent:test');
      const later = await say('ann@example.com', 'I wrote by email too', 'EM-1', 'email');
      expect(later.replies).toEqual([]);
      expect((await store.cases.events(opened?.id ?? '')).map((e) => e.type)).toEqual([
        'opened',
        'customer-message',
      ]);

      const context = CaseContextSchema.parse(await cases.getCaseWithContext(opened?.id ?? ''));
      expect(context.case).toMatchObject({ id: opened?.id, queuePosition: 1, state: 'queued' });
      expect(context.customer.identities.map((i) => i.channel).sort()).toEqual(['email', 'phone']);
      expect(context.transcript.map((m) => m.text)).toEqual([
        'where is my order?',
        'echo: where is my order?',
        'human',
        'A person will help you.',
        notice?.text,
        'I wrote by email too',
      ]);
      expect(new Set(context.transcript.map((m) => m.channel))).toEqual(new Set(['sms', 'email']));
      expect(context.bot.turns[0]).toMatchObject({
        kind: 'answer',
        entryId: 'echo',
        answered: 'echo: where is my order?',
      });
      expect(context.bot.turns[0]?.candidates).toEqual([{ label: 'echo', score: 0.9 }]);
      expect(context.bot.escalation).toMatchObject({ reason: 'human-request', triggerText: 'human' });
      expect(context.channel).toMatchObject({ current: 'email', address: 'ann@example.com' });
      expect(context.sla.deadlines.map((d) => d.target)).toContain('firstResponse');
      expect(seen.map((e) => e.type)).toEqual(['handoff.opened', 'message.created']);
    });

    it('reads neither the case, its position, the customer nor the trigger again', async () => {
      const { store } = test.switchboard;
      const opened: HandoffEventMap['handoff.opened'][] = [];
      cases.events.on('handoff.opened', (payload) => opened.push(payload));
      const storeReads = countCalls(store, ['getCustomer', 'getMessage']);
      const caseReads = countCalls(store.cases, ['get', 'queuePosition']);

      await test.switchboard.gateway.receive({
        channel: 'sms',
        externalId: 'SM-OPEN-1',
        from: '+15550009000',
        text: 'human',
      });
      expect(opened).toHaveLength(1);
      const event = opened[0];
      if (!event) throw new Error('no handoff.opened');
      expect(event).toMatchObject({ queuePosition: 1, case: { state: 'queued', locale: null } });
      expect(Object.fromEntries(storeReads)).toEqual({ getCustomer: 0, getMessage: 0 });
      expect(Object.fromEntries(caseReads)).toEqual({ get: 0, queuePosition: 0 });

      // The packet for the event is the case as opened, even after an agent claimed it.
      await cases.claim(event.case.id, 'agent-1');
      const context = await cases.getCaseWithContext(event.case.id, event);
      expect(context.case).toMatchObject({ id: event.case.id, state: 'queued', queuePosition: 1 });
      expect(context.bot.escalation.triggerText).toBe('human');
      expect(Object.fromEntries(caseReads)).toEqual({ get: 0, queuePosition: 0 });

      // Without a known case (GET /handoffs/:id) it is read as it is now.
      const fresh = await cases.getCaseWithContext(event.case.id);
      expect(fresh.case).toMatchObject({ state: 'assigned', assigneeId: 'agent-1', queuePosition: null });
      expect(caseReads.get('get')).toBe(1);
    });
    it('gives a case to one of two racing agents, sends the reply on the channel, and resolves', async () => {
      const seen = record(cases);
      const { store } = test.switchboard;
      const turn = await say('+15550002000', 'human', 'SM-3');
      const opened = await store.cases.openFor(turn.conversationId);
      const id = opened?.id ?? '';
      const claims = await Promise.allSettled([cases.claim(id, 'ann'), cases.claim(id, 'bob')]);
      const lost = claims.find((c) => c.status === 'rejected');
      expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1);
      expect(lost?.status === 'rejected' && (lost.reason as { code: string }).code).toBe('SB_ERR_CASE_TAKEN');
      const owner = (await store.cases.get(id))?.assigneeId ?? '';
      const other = owner === 'ann' ? 'bob' : 'ann';
      await expect(cases.reply({ caseId: id, agentId: other, text: 'hi' })).rejects.toMatchObject({
        code: 'SB_ERR_CASE_STATE',
      });
      const reply = await cases.reply({
        caseId: id,
        agentId: owner,
        text: 'Hello, I am here.',
        idempotencyKey: 'r1',
      });
      expect(reply).toMatchObject({ author: 'agent', channel: 'sms', address: '+15550002000' });
      expect((await store.getConversation(turn.conversationId))?.state).toBe('assigned');
      expect((await store.cases.get(id))?.firstResponseAt).not.toBeNull();
      await cases.resolve(id, `agent:${owner}`);
      expect((await store.getConversation(turn.conversationId))?.state).toBe('resolved');
      await expect(cases.resolve(id, `agent:${owner}`)).rejects.toMatchObject({ code: 'SB_ERR_CASE_STATE' });
      expect(seen.map((e) => e.type)).toEqual([
        'handoff.opened',
        'handoff.assigned',
        'message.created',
        'handoff.resolved',
      ]);
    });

    it('returns a conversation to the bot, which answers again', async () => {
      const turn = await say('+15550003000', 'human', 'SM-4');
      const opened = await test.switchboard.store.cases.openFor(turn.conversationId);
      await cases.returnToBot(opened?.id ?? '', 'agent:ann');
      const next = await say('+15550003000', 'thanks', 'SM-5');
      expect(next.replies.map((r) => r.text)).toEqual(['echo: thanks']);
    });

    it('routes by priority, waiting time, skills and capacity', async () => {
      const { store } = test.switchboard;
      const first = await say('+15550004001', 'human', 'SM-6');
      const second = await say('+15550004002', 'human', 'SM-7');
      const a = await store.cases.openFor(first.conversationId);
      const b = await store.cases.openFor(second.conversationId);
      const urgent = await cases.openByAgent({
        conversationId: b?.conversationId ?? '',
        agentId: 'sup',
        priority: 'urgent',
      });
      expect(urgent.id).toBe(b?.id);
      await store.cases.escalate(b?.id ?? '', 'normal', 'urgent', new Date());
      expect((await cases.nextForAgent({ id: 'ann', capacity: 2 }))?.id).toBe(b?.id);
      expect(await cases.nextForAgent({ id: 'ann', capacity: 2, channels: ['email'] })).toBeNull();
      await cases.claim(b?.id ?? '', 'ann');
      expect((await cases.nextForAgent({ id: 'ann', capacity: 2 }))?.id).toBe(a?.id);
      expect(await cases.nextForAgent({ id: 'ann', capacity: 1 })).toBeNull();
    });
  });
}
