/**
 * handoff/sla owns SLA policies, business calendars and deadlines: which policy applies to a case,
 * when each target warns and breaches, which events are due now and what a breach escalates to. It
 * does no I/O and reads no clock: callers (cases, the queue, timers) pass `now` and store what it
 * returns. See README "SLA policies" for the `sla:` format.
 */
import type { SlaCaseFacts, SlaPlan } from './sla-plan';
import { planDeadlines } from './sla-plan';
import { defaultSlaConfig, type SlaConfig } from './sla-config';
import { evaluatePlan, nextWakeUpOf, type SlaEvaluation, type SlaRecorded } from './sla-evaluate';

/** A case as the SLA engine sees it between evaluations. */
export interface SlaState {
  facts: SlaCaseFacts;
  /** Keys of the events earlier evaluations returned and the caller stored. */
  recorded: SlaRecorded;
}

/** The SLA engine over one configuration; every method is pure. */
export class SlaEngine {
  readonly config: SlaConfig;

  constructor(config: SlaConfig = defaultSlaConfig()) {
    this.config = config;
  }

  /** The policy and deadlines for a case; call again whenever its facts change. */
  plan(facts: SlaCaseFacts): SlaPlan {
    return planDeadlines(this.config, facts);
  }

  /** Events due at `now` that are not in `state.recorded`, and the escalation they ask for. */
  evaluate(state: SlaState, now: Date): SlaEvaluation {
    return evaluatePlan(this.plan(state.facts), state.recorded, now, state.facts.priority);
  }

  /** When the timer layer should call evaluate next (may be in the past); none when all is done. */
  nextWakeUp(state: SlaState): Date | undefined {
    return nextWakeUpOf(this.plan(state.facts), state.recorded);
  }
}

export {
  addBusinessTime,
  businessTimeBetween,
  createBusinessCalendar,
  ALWAYS_OPEN,
} from './business-calendar';
export type { BusinessCalendar, BusinessCalendarOptions } from './business-calendar';
export { parseSlaSection, defaultSlaConfig, BUILT_IN_POLICIES } from './sla-config';
export type { SlaConfig, SlaPolicy, SlaMatch, SlaEscalation } from './sla-config';
export type { SlaCaseFacts, SlaDeadline, SlaPlan, ResolvedSlaPolicy } from './sla-plan';
export { addUnpausedTime, type SlaPause, type PausedDeadline } from './paused-time';
export type { SlaEvent, SlaEventType, SlaAction, SlaEvaluation, SlaRecorded } from './sla-evaluate';
export { SLA_TARGETS, PRIORITIES, type SlaTarget } from './sla-schema';
