/**
 * A small history with known times for the KPI tests (times are seconds after `at(0)`, 2026-11-01
 * 09:00 UTC). Five conversations start on 1–2 November, three reach a person:
 * - sms, urgent: opened 0, first reply 60, resolved 600, CSAT 5;
 * - sms, human request: opened 100, first reply 220 (warned and breached first response), resolved
 *   1300, CSAT 3;
 * - web, repeated fallback: opened 200, first reply 500 (warned), still assigned, CSAT asked only;
 * - one sms and one web (next day) conversation the bot kept.
 * A case opened two days before (vip, breached resolution) lies outside the range.
 */
import type { Channel } from '../../gateway/message';
import type { CasePriority, CaseReason, Store } from '../../gateway/store';
import { at, customerOn, inbound } from './fixtures';

/** The range the expectations are for: 1 and 2 November 2026 (UTC). */
export const RANGE = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-03T00:00:00Z') };

interface CaseScript {
  channel: Channel;
  priority: CasePriority;
  reason: CaseReason;
  opened: number;
  replied: number;
  resolved?: number;
  csat?: number | 'asked';
  sla?: { target: string; type: 'sla.warning' | 'sla.breached' }[];
}

async function scriptCase(store: Store, address: string, script: CaseScript): Promise<string> {
  const owner = await customerOn(store, script.channel, address, at(script.opened));
  const { case: opened } = await store.cases.open({
    conversationId: owner.conversation.id,
    customerId: owner.customer.id,
    priority: script.priority,
    reason: script.reason,
    channel: script.channel,
    locale: null,
    tier: 'standard',
    tags: [],
    openedBy: 'bot',
    triggerMessageId: null,
    at: at(script.opened),
  });
  await store.cases.claim(opened.id, 'agent-1', at(script.opened + 5));
  await store.cases.recordAgentMessage(opened.id, 'agent:agent-1', `m-${opened.id}`, at(script.replied));
  if (script.resolved !== undefined)
    await store.cases.resolve(opened.id, 'agent:agent-1', at(script.resolved));
  const events = (script.sla ?? []).map((event) => ({
    key: `${event.target}@x:${event.type}`,
    type: event.type,
    target: event.target,
    dueAt: at(script.opened + 50),
  }));
  if (events.length > 0) await store.cases.recordSlaEvents(opened.id, events, at(script.opened + 50));
  if (script.csat !== undefined) {
    await store.caseFeedback.askCsat(opened.id, owner.customer.id, at(script.opened + 2000));
    if (script.csat !== 'asked') await store.caseFeedback.answerCsat(opened.id, script.csat, null, at(3000));
  }
  return opened.id;
}

/** Writes the history; returns the id of the case still open. */
export async function writeStatsFixture(store: Store): Promise<{ openCaseId: string }> {
  const first = await customerOn(store, 'sms', '+8613800000001', at(0));
  await store.insertInbound(inbound(first, { channel: 'sms', createdAt: at(1) }));
  await store.insertInbound(inbound(first, { channel: 'sms', createdAt: at(2) }));
  await scriptCase(store, '+8613800000001', {
    ...{ channel: 'sms', priority: 'urgent', reason: 'urgent' },
    ...{ opened: 0, replied: 60, resolved: 600, csat: 5 },
  });
  await scriptCase(store, '+8613800000002', {
    ...{ channel: 'sms', priority: 'normal', reason: 'human-request', opened: 100, replied: 220 },
    resolved: 1300,
    csat: 3,
    sla: [
      { target: 'firstResponse', type: 'sla.warning' },
      { target: 'firstResponse', type: 'sla.breached' },
    ],
  });
  const third = await customerOn(store, 'web', 'web-session-3', at(200));
  await store.insertInbound(inbound(third, { channel: 'web', address: 'web-session-3', createdAt: at(201) }));
  const openCaseId = await scriptCase(store, 'web-session-3', {
    ...{ channel: 'web', priority: 'normal', reason: 'repeated-fallback', opened: 200, replied: 500 },
    csat: 'asked',
    sla: [{ target: 'firstResponse', type: 'sla.warning' }],
  });
  await customerOn(store, 'sms', '+8613800000004', at(300));
  await customerOn(store, 'web', 'web-session-5', at(86_400));
  await scriptCase(store, '+8613800000006', {
    ...{ channel: 'sms', priority: 'high', reason: 'vip', opened: -2 * 86_400, replied: -2 * 86_400 + 30 },
    resolved: -86_400,
    csat: 1,
    sla: [{ target: 'resolution', type: 'sla.breached' }],
  });
  return { openCaseId };
}
