/**
 * `CaseService`: the handoff queue over the store. It is the gateway's `HandoffService` (the bot
 * opened a case, a customer wrote while a person owns the conversation) and the agents'
 * `HandoffQueue` (claim, reply, resolve, return to the bot, routing, context). Every change is a
 * conditional transition in the store first; timers and events follow, so a crash between them
 * leaves only a timer to re-arm, which the reconciler does.
 */
import type { Logger } from 'pino';
import type { ChannelCapabilities } from '../gateway/adapter';
import type { ConversationSend } from '../gateway/gateway';
import { ErrorCodes, SwitchboardError } from '../gateway/errors';
import type { Channel, StoredMessage } from '../gateway/message';
import type { Case, NewCase } from '../gateway/store/case-types';
import { notFound } from '../gateway/store/store-context';
import type { Store } from '../gateway/store/types';
import { buildCaseContext, type KnownCase } from './context-builder';
import type { CaseContext } from './context-packet';
import { AgentRouter } from './agent-router';
import { HandoffEventBus } from './event-bus';
import type { AgentOpenRequest, AgentProfile, AgentReply, HandoffQueue } from './handoff-queue';
import { nextCaseFor } from './routing';
import type { SlaDeadline, SlaEngine } from './sla';
import { SlaReconciler } from './sla-reconciler';
import { slaFactsOf, SlaWatch } from './sla-watch';
import type { TimerScheduler } from './timers/timer-scheduler';
import type { HandoffRequest, HandoffService } from './types';
import { WaitNotices, type WaitNoticeOptions } from './wait-notices';

/** Options of {@link CaseService}. */
export interface CaseServiceOptions {
  store: Store;
  engine: SlaEngine;
  scheduler: TimerScheduler;
  /** Sends into a conversation over its current channel (the gateway's `send`). */
  send: (request: ConversationSend) => Promise<StoredMessage>;
  capabilitiesFor: (channel: Channel) => ChannelCapabilities;
  logger: Logger;
  /** Default `() => new Date()`. */
  clock?: () => Date;
  /**
   * Time per round of the queue in the wait estimate while too few recent first responses were
   * measured (see wait-estimate.ts), ms. Default 3 min.
   */
  expectedWaitPerCaseMs?: number;
  /**
   * How often the reconciler re-arms every open case's timer and routing takes another pass over
   * the queue, ms; 0 = only on events. Default 60 000.
   */
  reconcileIntervalMs?: number;
  /** When a queued customer hears again that their wait changed (see wait-notices.ts). */
  waitNotices?: WaitNoticeOptions;
}

/** Cases, SLA timers and routing behind the gateway's and the agents' seams. */
export class CaseService implements HandoffService, HandoffQueue {
  readonly events: HandoffEventBus;
  /** Agents' availability and push routing. */
  readonly agents: AgentRouter;
  readonly #options: CaseServiceOptions;
  readonly #clock: () => Date;
  readonly #watch: SlaWatch;
  readonly #reconciler: SlaReconciler;
  readonly #waits: WaitNotices;
  #routeTimer: NodeJS.Timeout | undefined;

  constructor(options: CaseServiceOptions) {
    this.#options = options;
    this.#clock = options.clock ?? (() => new Date());
    this.events = new HandoffEventBus((error, type) =>
      options.logger.error({ err: error, event: type }, 'a handoff event listener failed'),
    );
    this.agents = new AgentRouter({
      store: options.store,
      bus: this.events,
      logger: options.logger,
      clock: this.#clock,
    });
    this.#watch = new SlaWatch({
      ...options,
      cases: options.store.cases,
      bus: this.events,
      clock: this.#clock,
      candidates: async (item) => (await this.agents.candidatesFor(item)).map((agent) => agent.agentId),
    });
    this.#waits = new WaitNotices({
      ...options.waitNotices,
      store: options.store,
      engine: options.engine,
      send: options.send,
      clock: this.#clock,
      logger: options.logger,
      perCaseMs: options.expectedWaitPerCaseMs ?? 180_000,
    });
    this.#reconciler = new SlaReconciler({
      cases: options.store.cases,
      watch: this.#watch,
      logger: options.logger,
      ...(options.reconcileIntervalMs === undefined ? {} : { intervalMs: options.reconcileIntervalMs }),
    });
  }

  /** Start firing timers and arm every open case from the database. */
  async start(): Promise<void> {
    await this.#options.scheduler.start(({ key }) => this.#watch.fire(key));
    await this.#reconciler.start();
    this.#waits.start();
    // Routing runs on case and agent events; this pass catches what a crash between them missed.
    const interval = this.#options.reconcileIntervalMs ?? 60_000;
    if (interval > 0) {
      this.#routeTimer = setInterval(() => void this.agents.route(), interval);
      this.#routeTimer.unref();
    }
    await this.agents.route();
  }

  /** Tell queued customers whose expected wait changed much (what the periodic sweep does). */
  updateWaitNotices(): Promise<number> {
    return this.#waits.sweep();
  }

  /** Arm every open case's timer again (what the periodic reconcile does); returns how many. */
  reconcile(): Promise<number> {
    return this.#reconciler.run();
  }

  /** Evaluate a case's SLA now, as its timer would. */
  evaluateSla(caseId: string): Promise<void> {
    return this.#watch.fire(caseId);
  }

  async close(): Promise<void> {
    clearInterval(this.#routeTimer);
    await this.#reconciler.stop();
    await this.#waits.stop();
    await this.#options.scheduler.close();
  }

  async open(request: HandoffRequest): Promise<void> {
    const { store } = this.#options;
    const [customer, trigger] = await Promise.all([
      request.customer ?? store.getCustomer(request.customerId),
      request.trigger ?? store.getMessage(request.messageId),
    ]);
    await this.#openCase(
      {
        conversationId: request.conversationId,
        customerId: request.customerId,
        priority: request.priority,
        reason: request.reason,
        channel: request.channel,
        locale: trigger?.locale ?? customer?.locale ?? null,
        tier: customer?.tier ?? 'standard',
        tags: [],
        openedBy: 'bot',
        triggerMessageId: request.messageId,
        at: request.at,
      },
      trigger?.text ?? '',
    );
  }

  async openByAgent(request: AgentOpenRequest): Promise<Case> {
    const { store } = this.#options;
    const conversation = await store.getConversation(request.conversationId);
    if (!conversation) throw notFound('conversation', request.conversationId);
    const customer = await store.getCustomer(conversation.customerId);
    const item = await this.#openCase(
      {
        conversationId: conversation.id,
        customerId: conversation.customerId,
        priority: request.priority,
        reason: 'agent',
        channel: conversation.channel,
        locale: customer?.locale ?? null,
        tier: customer?.tier ?? 'standard',
        tags: request.tags ?? [],
        openedBy: `agent:${request.agentId}`,
        triggerMessageId: null,
        at: this.#clock(),
      },
      '',
    );
    // Routing may have given it to an agent meanwhile: the caller sees the case as it is now.
    return (await store.cases.get(item.id)) ?? item;
  }

  async customerMessage(conversationId: string, message: StoredMessage): Promise<void> {
    const { cases } = this.#options.store;
    const open = await cases.openFor(conversationId);
    if (!open) {
      this.#options.logger.warn({ conversationId }, 'customer message for a conversation with no open case');
      return;
    }
    const updated = await cases.recordCustomerMessage(open.id, message.id, message.createdAt);
    if (!updated) return;
    this.events.emit('message.created', { case: updated, message });
    await this.#watch.arm(updated);
  }

  async claim(caseId: string, agentId: string): Promise<Case> {
    const { cases } = this.#options.store;
    const claimed = await cases.claim(caseId, agentId, this.#clock());
    if (!claimed) {
      const current = await this.#get(caseId);
      throw new SwitchboardError(
        ErrorCodes.CASE_TAKEN,
        current.state === 'assigned'
          ? `Case ${caseId} was claimed by ${current.assigneeId ?? 'another agent'} first; pick another case.`
          : `Case ${caseId} is ${current.state} and can no longer be claimed.`,
        { statusCode: 409 },
      );
    }
    this.events.emit('handoff.assigned', { case: claimed });
    return claimed;
  }

  async reply(reply: AgentReply): Promise<StoredMessage> {
    const item = await this.#get(reply.caseId);
    if (item.state !== 'assigned' || (item.assigneeId !== reply.agentId && reply.asSupervisor !== true)) {
      throw stateError(`Case ${item.id} is not assigned to agent ${reply.agentId}: claim it first.`);
    }
    const message = await this.#options.send({
      conversationId: item.conversationId,
      outbound: { text: reply.text },
      author: 'agent',
      ...(reply.idempotencyKey ? { idempotencyKey: `agent:${reply.idempotencyKey}` } : {}),
    });
    const updated = await this.#options.store.cases.recordAgentMessage(
      item.id,
      `agent:${reply.agentId}`,
      message.id,
      message.createdAt,
      reply.awaitCustomer === true,
    );
    if (updated) {
      this.events.emit('message.created', { case: updated, message });
      await this.#watch.arm(updated);
    }
    return message;
  }

  async resolve(caseId: string, actor: string): Promise<Case> {
    const closed = await this.#options.store.cases.resolve(caseId, actor, this.#clock());
    return this.#closed(caseId, closed, 'handoff.resolved');
  }

  async returnToBot(caseId: string, actor: string): Promise<Case> {
    const closed = await this.#options.store.cases.returnToBot(caseId, actor, this.#clock());
    return this.#closed(caseId, closed, 'handoff.returned');
  }

  /**
   * Give an open case to `agentId` (a supervisor's decision, e.g. after a breach offered it), from
   * whoever held it or from the queue. The agent must not be offline; capacity is not checked.
   */
  async reassign(caseId: string, agentId: string, actor: string): Promise<Case> {
    const presence = await this.#options.store.agents.get(agentId);
    if ((presence?.status ?? 'offline') === 'offline') {
      throw new SwitchboardError(
        ErrorCodes.AGENT_UNAVAILABLE,
        `Agent ${agentId} is offline: pick an online or away agent (GET /api/v1/agents).`,
        { statusCode: 409 },
      );
    }
    const before = await this.#get(caseId);
    const moved = await this.#options.store.cases.reassign(caseId, agentId, actor, this.#clock());
    if (!moved) {
      const current = await this.#get(caseId);
      throw stateError(
        current.assigneeId === agentId
          ? `Case ${caseId} is already assigned to ${agentId}.`
          : `Case ${caseId} is ${current.state} and can no longer be reassigned.`,
      );
    }
    this.events.emit('handoff.assigned', { case: moved, previousAssigneeId: before.assigneeId, by: actor });
    await this.agents.route();
    return moved;
  }

  nextForAgent(agent: AgentProfile): Promise<Case | null> {
    return nextCaseFor(this.#options.store.cases, agent);
  }

  /** The case's SLA deadlines as its facts stand now (the queue shows their due times). */
  deadlinesOf(item: Case): SlaDeadline[] {
    return this.#options.engine.plan(slaFactsOf(item)).deadlines;
  }

  getCaseWithContext(caseId: string, known?: KnownCase): Promise<CaseContext> {
    const { store, engine, capabilitiesFor } = this.#options;
    return buildCaseContext({ store, engine, capabilitiesFor }, caseId, known);
  }

  async #openCase(input: NewCase, customerText: string): Promise<Case> {
    const { case: item, created, queuePosition } = await this.#options.store.cases.open(input);
    if (!created) return item;
    this.events.emit('handoff.opened', { case: item, queuePosition });
    await this.#watch.arm(item, []);
    if (queuePosition !== null) await this.#waits.tellAtOpen(item, queuePosition, customerText);
    await this.agents.route();
    return item;
  }

  async #closed(caseId: string, closed: Case | null, type: 'handoff.resolved' | 'handoff.returned') {
    if (!closed) {
      const current = await this.#get(caseId);
      throw stateError(`Case ${caseId} is already ${current.state}.`);
    }
    await this.#options.scheduler.cancel(closed.id);
    this.events.emit(type, { case: closed });
    await this.agents.route();
    return closed;
  }

  async #get(caseId: string): Promise<Case> {
    const item = await this.#options.store.cases.get(caseId);
    if (!item) throw notFound('case', caseId);
    return item;
  }
}

function stateError(message: string): SwitchboardError {
  return new SwitchboardError(ErrorCodes.CASE_STATE, message, { statusCode: 409 });
}
