/**
 * Deadline planning: from a case's facts, the policy that applies and, per target, when it started,
 * when it warns and when it is due. Planning is a pure function of the facts, so re-planning after a
 * priority change or a reply is simply planning again.
 */
import type { Priority } from '../../bot/types';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { Channel } from '../../gateway/message';
import type { BusinessCalendar } from './business-calendar';
import { addUnpausedTime, type SlaPause } from './paused-time';
import type { SlaConfig, SlaEscalation, SlaPolicy } from './sla-config';
import { SLA_TARGETS, type SlaTarget } from './sla-schema';

/** What the SLA engine needs to know about a case. */
export interface SlaCaseFacts {
  priority: Priority;
  channel: Channel;
  /** Customer tier (`vip`, …), matched by `match.tier`. */
  tier?: string;
  /** When the case was opened (the handoff). */
  openedAt: Date;
  /** The first agent reply to the customer. */
  firstResponseAt?: Date;
  /**
   * The first customer message after an agent's reply: set it when such a message arrives and leave
   * it alone on later customer messages, so a chatty customer does not push the deadline back.
   */
  customerWaitingSince?: Date;
  /** The latest agent message to the customer (a reply or a progress update). */
  lastAgentResponseAt?: Date;
  resolvedAt?: Date;
  /** Stretches spent waiting on the customer: they stop the resolution clock. */
  pausedIntervals?: SlaPause[];
}

/** The policy that applies to a case, with every gap filled. */
export interface ResolvedSlaPolicy {
  name: string;
  calendar: BusinessCalendar;
  warnAt: number;
  escalation: SlaEscalation;
  /** Duration per target in ms; `null` = off. */
  targets: Record<SlaTarget, number | null>;
}

/** One run of a target. `nextResponse` and `customerUpdate` run again and again; the others once. */
export interface SlaDeadline {
  target: SlaTarget;
  /** Names this run (`target@startedAt`); the keys of its events derive from it. */
  cycle: string;
  startedAt: Date;
  warnAt: Date;
  dueAt: Date;
  /** When the run ended (met, or the case resolved); absent while it runs. */
  stoppedAt?: Date;
  /**
   * Set while an open pause holds the clock: the run counts as stopped then, and `warnAt`/`dueAt`
   * not yet reached equal this instant, so no event falls due until the pause ends and it is planned
   * again.
   */
  onHoldSince?: Date;
}

/** The deadlines of a case under its policy. */
export interface SlaPlan {
  policy: ResolvedSlaPolicy;
  deadlines: SlaDeadline[];
}

function matches(policy: SlaPolicy, facts: SlaCaseFacts): boolean {
  const { priority, channel, tier } = policy.match;
  return (
    (!priority || priority.includes(facts.priority)) &&
    (!channel || channel.includes(facts.channel)) &&
    (!tier || (facts.tier !== undefined && tier.includes(facts.tier)))
  );
}

/** The first matching policy, its missing targets filled from later matching ones. */
export function resolvePolicy(config: SlaConfig, facts: SlaCaseFacts): ResolvedSlaPolicy {
  const matching = config.policies.filter((policy) => matches(policy, facts));
  const first = matching[0];
  const targets = Object.fromEntries(
    SLA_TARGETS.map((target) => {
      const setter = matching.find((policy) => policy.targets[target] !== undefined);
      return [target, setter?.targets[target] ?? null];
    }),
  ) as Record<SlaTarget, number | null>;
  const calendarName = first?.calendar ?? config.defaultCalendar;
  const calendar = config.calendars.get(calendarName);
  if (!calendar) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `SLA calendar "${calendarName}" is not configured.`,
    );
  }
  return {
    name: first?.name ?? 'none',
    calendar,
    warnAt: first?.warnAt ?? config.warnAt,
    escalation: { ...config.escalation, ...first?.escalation },
    targets,
  };
}

function earliest(...dates: Array<Date | undefined>): Date | undefined {
  const times = dates.filter((date): date is Date => date !== undefined).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.min(...times)) : undefined;
}

/** When each target's current run started and, if it has, when it ended; none if not running. */
function runOf(target: SlaTarget, facts: SlaCaseFacts): { start: Date; stop?: Date } | undefined {
  const { openedAt, firstResponseAt, customerWaitingSince, lastAgentResponseAt, resolvedAt } = facts;
  switch (target) {
    case 'firstResponse':
      return { start: openedAt, stop: earliest(firstResponseAt, resolvedAt) };
    case 'resolution':
      return { start: openedAt, stop: resolvedAt };
    case 'nextResponse': {
      if (!firstResponseAt || !customerWaitingSince || customerWaitingSince < firstResponseAt)
        return undefined;
      const answered =
        lastAgentResponseAt && lastAgentResponseAt > customerWaitingSince ? lastAgentResponseAt : undefined;
      return { start: customerWaitingSince, stop: earliest(answered, resolvedAt) };
    }
    case 'customerUpdate': {
      const start = lastAgentResponseAt && lastAgentResponseAt > openedAt ? lastAgentResponseAt : openedAt;
      return { start, stop: resolvedAt };
    }
  }
}

/** One run's deadline; only `resolution` heeds pauses. */
function deadlineOf(
  target: SlaTarget,
  run: { start: Date; stop?: Date },
  duration: number,
  policy: ResolvedSlaPolicy,
  pauses: readonly SlaPause[],
): SlaDeadline {
  const heeded = target === 'resolution' ? pauses : [];
  const warn = addUnpausedTime(run.start, Math.round(duration * policy.warnAt), heeded, policy.calendar);
  const due = addUnpausedTime(run.start, duration, heeded, policy.calendar);
  const onHoldSince = 'onHoldSince' in due ? due.onHoldSince : undefined;
  const stop = earliest(run.stop, onHoldSince);
  return {
    target,
    cycle: `${target}@${run.start.toISOString()}`,
    startedAt: run.start,
    warnAt: 'at' in warn ? warn.at : warn.onHoldSince,
    dueAt: 'at' in due ? due.at : due.onHoldSince,
    ...(stop ? { stoppedAt: stop } : {}),
    ...(onHoldSince ? { onHoldSince } : {}),
  };
}

/** Plan every running or finished target of a case. */
export function planDeadlines(config: SlaConfig, facts: SlaCaseFacts): SlaPlan {
  const policy = resolvePolicy(config, facts);
  const deadlines: SlaDeadline[] = [];
  for (const target of SLA_TARGETS) {
    const duration = policy.targets[target];
    const run = runOf(target, facts);
    if (duration !== null && run)
      deadlines.push(deadlineOf(target, run, duration, policy, facts.pausedIntervals ?? []));
  }
  return { policy, deadlines };
}
