/**
 * A case service for handoff tests on a real store with a fake clock: plain-text channels, silent
 * logs, no periodic reconcile or wait sweep (tests call them), sent messages recorded with ids.
 */
import { pino } from 'pino';
import { PLAIN_TEXT_CAPABILITIES, type ConversationSend } from '../../gateway/gateway';
import type { Channel, StoredMessage } from '../../gateway/message';
import type { CasePriority } from '../../gateway/store/case-types';
import type { Store } from '../../gateway/store/types';
import { CaseService, type CaseServiceOptions } from '../../handoff/case-service';
import type { SlaEngine } from '../../handoff/sla';
import { MemoryTimerScheduler } from '../../handoff/timers/memory-timer-scheduler';

/** What the test decides; everything else of {@link CaseServiceOptions} may be overridden. */
export interface TestCaseServiceOptions extends Partial<CaseServiceOptions> {
  store: Store;
  engine: SlaEngine;
  clock: () => Date;
  /** Receives every send; default: recorded in `sent` only. */
  onSend?: (request: ConversationSend) => void;
}

/** The service and the texts it sent, in order. */
export function testCaseService(options: TestCaseServiceOptions): {
  service: CaseService;
  sent: Array<{ conversationId: string; text: string }>;
} {
  const sent: Array<{ conversationId: string; text: string }> = [];
  let n = 0;
  const { onSend, clock, ...rest } = options;
  const service = new CaseService({
    scheduler: new MemoryTimerScheduler({ onError: () => undefined, now: () => clock().getTime() }),
    send: (request: ConversationSend) => {
      sent.push({ conversationId: request.conversationId, text: request.outbound.text ?? '' });
      onSend?.(request);
      n += 1;
      const message = { id: `msg-${n}`, conversationId: request.conversationId, createdAt: clock() };
      return Promise.resolve(message as StoredMessage);
    },
    capabilitiesFor: () => PLAIN_TEXT_CAPABILITIES,
    logger: pino({ level: 'silent' }),
    reconcileIntervalMs: 0,
    ...rest,
    clock,
    waitNotices: { sweepIntervalMs: 0, ...rest.waitNotices },
  });
  return { service, sent };
}

/**
 * A supervisor (`sup`) opens a case (default: normal priority) on the conversation of the customer
 * at `address` on `channel` (default SMS) at `at`.
 */
export async function openAgentCase(
  store: Store,
  service: CaseService,
  address: string,
  at: Date,
  options: { channel?: Channel; priority?: CasePriority } = {},
) {
  const channel = options.channel ?? 'sms';
  const { customer } = await store.resolveIdentity(channel, address, at);
  const conversation = await store.currentConversation(customer.id, channel, address, at, 1);
  const priority = options.priority ?? 'normal';
  return service.openByAgent({ conversationId: conversation.id, agentId: 'sup', priority });
}
