/**
 * `SlaWatch`: the bridge between stored cases, the SLA engine and the timers. `arm` asks the engine
 * when a case next needs looking at and arms its timer; `fire` (a timer came due) evaluates the case,
 * stores the due warnings and breaches — the (case, key) primary key keeps each exactly once, even
 * when two processes evaluate together — emits only those this call stored, applies the escalation
 * of new breaches, and arms the next wake-up.
 */
import type { Logger } from 'pino';
import type { Case, CaseRepository } from '../gateway/store/case-types';
import type { HandoffEventBus } from './event-bus';
import type { SlaAction, SlaCaseFacts, SlaEngine, SlaEvaluation } from './sla';
import type { TimerScheduler } from './timers/timer-scheduler';

/** Options of {@link SlaWatch}. */
export interface SlaWatchOptions {
  cases: CaseRepository;
  engine: SlaEngine;
  scheduler: TimerScheduler;
  bus: HandoffEventBus;
  logger: Logger;
  clock: () => Date;
  /** Online agents who could take the case now, for a breach's reassignment offer. */
  candidates?: (item: Case) => Promise<string[]>;
}

/**
 * What the SLA engine needs of a case. Its pauses (an agent waiting on the customer's answer) stop
 * only the resolution clock: answering the customer — first and next response — stays the team's
 * duty whatever it waits on, and the engine keeps the periodic update running too.
 */
export function slaFactsOf(item: Case): SlaCaseFacts {
  return {
    priority: item.priority,
    channel: item.channel,
    tier: item.tier,
    openedAt: item.openedAt,
    ...(item.firstResponseAt ? { firstResponseAt: item.firstResponseAt } : {}),
    ...(item.customerWaitingSince ? { customerWaitingSince: item.customerWaitingSince } : {}),
    ...(item.lastAgentResponseAt ? { lastAgentResponseAt: item.lastAgentResponseAt } : {}),
    ...(item.resolvedAt ? { resolvedAt: item.resolvedAt } : {}),
    ...(item.pauses.length > 0
      ? { pausedIntervals: item.pauses.map((p) => (p.to ? { from: p.from, to: p.to } : { from: p.from })) }
      : {}),
  };
}

const isOpen = (item: Case) => item.state === 'queued' || item.state === 'assigned';

/** Evaluates cases when their timers fire and keeps their timers armed. */
export class SlaWatch {
  readonly #options: SlaWatchOptions;

  constructor(options: SlaWatchOptions) {
    this.#options = options;
  }

  /** Arm the case's next SLA wake-up, or disarm it when the case is closed or nothing is left. */
  async arm(item: Case, recorded?: string[]): Promise<void> {
    const { scheduler, cases, engine } = this.#options;
    if (!isOpen(item)) return scheduler.cancel(item.id);
    const keys = recorded ?? (await cases.slaKeys(item.id));
    const next = engine.nextWakeUp({ facts: slaFactsOf(item), recorded: keys });
    if (next) await scheduler.schedule(item.id, next);
    else await scheduler.cancel(item.id);
  }

  /** A timer for the case came due: record, emit and escalate what is due; arm the next one. */
  async fire(caseId: string): Promise<void> {
    const { cases, engine, clock } = this.#options;
    const item = await cases.get(caseId);
    if (!item || !isOpen(item)) return;
    const recorded = await cases.slaKeys(caseId);
    const evaluation = engine.evaluate({ facts: slaFactsOf(item), recorded }, clock());
    const fresh = new Set(await this.#record(item, evaluation));
    const current = await this.#escalate(item, evaluation, fresh);
    this.#emit(current, evaluation, fresh);
    await this.#offerReassign(current, evaluation, fresh);
    await this.arm(current, [...recorded, ...fresh]);
  }

  /** A new breach whose policy offers reassignment: supervisors hear who could take the case now. */
  async #offerReassign(item: Case, evaluation: SlaEvaluation, fresh: Set<string>): Promise<void> {
    const newBreach = evaluation.events.some((e) => e.type === 'sla.breached' && fresh.has(e.key));
    const offer = evaluation.actions.find(
      (action): action is Extract<SlaAction, { type: 'offerReassign' }> => action.type === 'offerReassign',
    );
    if (!newBreach || !offer) return;
    const agentIds = (await this.#options.candidates?.(item)) ?? [];
    this.#options.bus.emit('handoff.reassign-offered', { case: item, targets: offer.targets, agentIds });
  }

  #record(item: Case, evaluation: SlaEvaluation): Promise<string[]> {
    const records = evaluation.events.map((event) => ({
      key: event.key,
      type: event.type,
      target: event.target,
      dueAt: event.at,
    }));
    return this.#options.cases.recordSlaEvents(item.id, records, this.#options.clock());
  }

  /** Escalation happens only for breaches this call stored: another process did the others. */
  async #escalate(item: Case, evaluation: SlaEvaluation, fresh: Set<string>): Promise<Case> {
    const newBreach = evaluation.events.some((e) => e.type === 'sla.breached' && fresh.has(e.key));
    if (!newBreach) return item;
    const raise = evaluation.actions.find(
      (action): action is Extract<SlaAction, { type: 'raisePriority' }> => action.type === 'raisePriority',
    );
    const to = raise?.to ?? item.priority;
    const escalated = await this.#options.cases.escalate(item.id, item.priority, to, this.#options.clock());
    if (!escalated) this.#options.logger.info({ caseId: item.id }, 'case changed before escalation');
    return escalated ?? item;
  }

  #emit(item: Case, evaluation: SlaEvaluation, fresh: Set<string>): void {
    const { bus } = this.#options;
    for (const event of evaluation.events.filter((e) => fresh.has(e.key))) {
      if (event.type === 'sla.warning') bus.emit('sla.warning', { case: item, event });
      else {
        const escalation = evaluation.actions.filter((a) => !('key' in a) || a.key === event.key);
        bus.emit('sla.breached', { case: item, event, escalation });
      }
    }
  }
}
