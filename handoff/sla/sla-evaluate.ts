/**
 * Evaluation: which `sla.warning` / `sla.breached` events are due at an instant, given the ones the
 * caller already stored, and what escalation a breach asks for. "Exactly once per target run" is
 * the caller's unique key: store each returned event's `key` with the case (a unique constraint makes
 * two processes safe) and pass the stored keys back; evaluate never returns a stored key again.
 */
import type { Priority } from '../../bot/types';
import type { SlaDeadline, SlaPlan } from './sla-plan';
import { PRIORITIES, type SlaTarget } from './sla-schema';

export type SlaEventType = 'sla.warning' | 'sla.breached';

/** A warning (at `warnAt`, 80 % by default) or a breach (at `dueAt`) of one target run. */
export interface SlaEvent {
  type: SlaEventType;
  target: SlaTarget;
  /** Unique per case: `<target>@<run start ISO>:warning` or `…:breached`. Store it. */
  key: string;
  policy: string;
  startedAt: Date;
  warnAt: Date;
  dueAt: Date;
  /** When the event became due (`warnAt` or `dueAt`). */
  at: Date;
}

/** What a breach asks the rest of the system to do, per the policy's escalation. */
export type SlaAction =
  | { type: 'notifySupervisors'; target: SlaTarget; key: string }
  | { type: 'raisePriority'; from: Priority; to: Priority }
  | { type: 'offerReassign'; targets: SlaTarget[] };

/** The event keys already stored for a case. */
export type SlaRecorded = ReadonlySet<string> | readonly string[];

/** What evaluate returns: the plan it used, new events in time order, and escalation actions. */
export interface SlaEvaluation {
  plan: SlaPlan;
  events: SlaEvent[];
  actions: SlaAction[];
}

function eventsOf(deadline: SlaDeadline, policy: string): SlaEvent[] {
  const { target, cycle, startedAt, warnAt, dueAt } = deadline;
  const base = { target, policy, startedAt, warnAt, dueAt };
  return [
    { ...base, type: 'sla.warning', key: `${cycle}:warning`, at: warnAt },
    { ...base, type: 'sla.breached', key: `${cycle}:breached`, at: dueAt },
  ];
}

/**
 * Every event not yet stored that a run reaches: those before the run ended (a reply exactly at
 * `dueAt` meets the target), or all of them while it runs. Sorted by time, warning before breach.
 */
export function pendingEvents(plan: SlaPlan, recorded: SlaRecorded): SlaEvent[] {
  const stored = recorded instanceof Set ? recorded : new Set(recorded);
  const pending = plan.deadlines.flatMap((deadline) =>
    eventsOf(deadline, plan.policy.name).filter(
      (event) => !stored.has(event.key) && !(deadline.stoppedAt && deadline.stoppedAt <= event.at),
    ),
  );
  const rank = (event: SlaEvent) => (event.type === 'sla.warning' ? 0 : 1);
  return pending.sort((a, b) => a.at.getTime() - b.at.getTime() || rank(a) - rank(b));
}

function isRunning(plan: SlaPlan, event: SlaEvent): boolean {
  const deadline = plan.deadlines.find((d) => `${d.cycle}:breached` === event.key);
  return deadline !== undefined && deadline.stoppedAt === undefined;
}

/**
 * The escalation for new breaches: supervisors hear of each; a case still missing a target is offered
 * for reassignment and raised one priority step (once per evaluation, however many targets broke).
 */
export function escalationFor(plan: SlaPlan, events: SlaEvent[], priority: Priority): SlaAction[] {
  const { escalation } = plan.policy;
  const breaches = events.filter((event) => event.type === 'sla.breached');
  const actions: SlaAction[] = [];
  if (escalation.notifySupervisors) {
    for (const breach of breaches)
      actions.push({ type: 'notifySupervisors', target: breach.target, key: breach.key });
  }
  const running = breaches.filter((breach) => isRunning(plan, breach));
  const next = PRIORITIES[PRIORITIES.indexOf(priority) + 1];
  if (escalation.raisePriority && running.length > 0 && next) {
    actions.push({ type: 'raisePriority', from: priority, to: next });
  }
  if (escalation.offerReassign && running.length > 0) {
    actions.push({ type: 'offerReassign', targets: running.map((breach) => breach.target) });
  }
  return actions;
}

/** The events due at `now` that are not stored yet, with their escalation. */
export function evaluatePlan(
  plan: SlaPlan,
  recorded: SlaRecorded,
  now: Date,
  priority: Priority,
): SlaEvaluation {
  const events = pendingEvents(plan, recorded).filter((event) => event.at <= now);
  return { plan, events, actions: escalationFor(plan, events, priority) };
}

/** When the next stored-nothing-yet event falls due (possibly already past); none when nothing is left. */
export function nextWakeUpOf(plan: SlaPlan, recorded: SlaRecorded): Date | undefined {
  return pendingEvents(plan, recorded)[0]?.at;
}
