/**
 * Builds the context packet of a case from the store (the truth): the customer and identities, the
 * cross-channel timeline, the bot's stored decisions, the conversation's current channel and the
 * SLA plan. The result is checked against the schema, so a packet that breaks the contract fails
 * here and not in an agent's browser.
 */
import type { ChannelCapabilities } from '../gateway/adapter';
import type { Channel, StoredMessage } from '../gateway/message';
import type { Case } from '../gateway/store/case-types';
import { notFound } from '../gateway/store/store-context';
import type { Store } from '../gateway/store/types';
import type { MatchCandidate } from '../knowledge/types';
import { CaseContextSchema, type CaseContext } from './context-packet';
import type { SlaEngine } from './sla';
import { slaFactsOf } from './sla-watch';

/** What the builder reads. */
export interface ContextSources {
  store: Store;
  engine: SlaEngine;
  /** The capabilities of a channel's adapter (plain text when it has none). */
  capabilitiesFor: (channel: Channel) => ChannelCapabilities;
  /** Most transcript messages in a packet, newest kept. Default 500. */
  transcriptLimit?: number;
}

/**
 * A case the caller has just read, with its queue position then (the `handoff.opened` event): the
 * packet shows the case as that event saw it, and the builder does not read the case again.
 */
export interface KnownCase {
  case: Case;
  queuePosition: number | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The case's context packet. Throws SB_ERR_NOT_FOUND for an unknown case. */
export async function buildCaseContext(
  sources: ContextSources,
  caseId: string,
  known?: KnownCase,
): Promise<CaseContext> {
  const { store } = sources;
  const given = known?.case.id === caseId ? known : undefined;
  const item = given?.case ?? (await store.cases.get(caseId));
  if (!item) throw notFound('case', caseId);
  const [customer, identities, timeline, conversation, position, recorded] = await Promise.all([
    store.getCustomer(item.customerId),
    store.listIdentities(item.customerId),
    store.listCustomerTimeline(item.customerId, sources.transcriptLimit ?? 500),
    store.getConversation(item.conversationId),
    given ? given.queuePosition : store.cases.queuePosition(item.id),
    store.cases.slaKeys(item.id),
  ]);
  if (!customer || !conversation) throw notFound('customer or conversation of case', caseId);
  return CaseContextSchema.parse({
    case: summary(item, position),
    customer: {
      ...customer,
      identities: identities.map((i) => ({
        channel: i.channel,
        address: i.address,
        linkedAt: iso(i.createdAt),
      })),
    },
    transcript: timeline.map((m) => ({ ...m, at: m.createdAt.toISOString() })),
    bot: botUnderstanding(item, timeline),
    channel: {
      current: conversation.channel,
      address: conversation.address,
      capabilities: sources.capabilitiesFor(conversation.channel),
    },
    sla: slaSection(sources.engine, item, recorded),
  });
}

function summary(item: Case, queuePosition: number | null) {
  return {
    ...item,
    openedAt: iso(item.openedAt),
    waitingSince: iso(item.waitingSince),
    assignedAt: iso(item.assignedAt),
    firstResponseAt: iso(item.firstResponseAt),
    resolvedAt: iso(item.resolvedAt),
    pauses: item.pauses.map((pause) => ({ from: iso(pause.from), to: iso(pause.to) })),
    queuePosition,
  };
}

/** The bot's decisions as stored beside each inbound message, with what it replied. */
function botUnderstanding(item: Case, timeline: StoredMessage[]) {
  const decided = timeline.filter((m) => m.direction === 'in' && m.decision && m.decision.kind !== 'routed');
  const turns = decided.map((m) => {
    const decision = m.decision ?? {};
    const replies = timeline.filter((r) => r.inReplyTo === m.id && r.author === 'bot').map((r) => r.text);
    return {
      messageId: m.id,
      text: m.text,
      kind: typeof decision.kind === 'string' ? decision.kind : 'unknown',
      candidates: candidatesOf(decision),
      entryId: typeof decision.entryId === 'string' ? decision.entryId : null,
      signals: signalsOf(decision),
      answered: replies.length > 0 ? replies.join('\n') : null,
    };
  });
  const trigger = timeline.find((m) => m.id === item.triggerMessageId);
  return {
    understood: trigger?.decision ? candidatesOf(trigger.decision) : [],
    turns,
    escalation: {
      reason: item.reason,
      priority: item.priority,
      triggerMessageId: item.triggerMessageId,
      triggerText: trigger?.text ?? null,
      signals: trigger?.decision ? signalsOf(trigger.decision) : [],
    },
  };
}

function candidatesOf(decision: Record<string, unknown>): MatchCandidate[] {
  const list = Array.isArray(decision.candidates) ? (decision.candidates as unknown[]) : [];
  return list.filter(
    (c): c is MatchCandidate =>
      typeof c === 'object' && c !== null && typeof (c as MatchCandidate).label === 'string',
  );
}

/** The cues or threshold rules behind a stored decision. */
function signalsOf(decision: Record<string, unknown>): string[] {
  const list = Array.isArray(decision.signals) ? (decision.signals as unknown[]) : [];
  return list.filter((signal): signal is string => typeof signal === 'string');
}

function slaSection(engine: SlaEngine, item: Case, recorded: string[]) {
  const plan = engine.plan(slaFactsOf(item));
  return {
    policy: plan.policy.name,
    deadlines: plan.deadlines.map((d) => ({
      target: d.target,
      startedAt: d.startedAt.toISOString(),
      warnAt: d.warnAt.toISOString(),
      dueAt: d.dueAt.toISOString(),
      stoppedAt: iso(d.stoppedAt ?? null),
    })),
    recorded,
  };
}
