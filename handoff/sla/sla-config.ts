/**
 * The resolved SLA configuration: the `sla:` section merged over the built-in defaults of DESIGN.md.
 *
 * Merging: configured policies are tried first, in order, then the built-in ones, so every case
 * matches something. The first matching policy chooses the calendar, `warnAt` and escalation (falling
 * back to the section's `calendar`, `warnAt`, `escalation`); a target it leaves out comes from the next
 * matching policy that sets it, ending with the built-ins. `off` switches a target off.
 */
import type { Priority } from '../../bot/types';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { Channel } from '../../gateway/message';
import { ALWAYS_OPEN, createBusinessCalendar, type BusinessCalendar } from './business-calendar';
import { slaSectionSchema, type SlaSection, type SlaTarget } from './sla-schema';

/** What happens when a target is breached. */
export interface SlaEscalation {
  /** Send the breach to supervisors (the `sla.breached` event always goes out). */
  notifySupervisors: boolean;
  /** Raise the case one priority step (normal → high → urgent). */
  raisePriority: boolean;
  /** Offer the case to other agents. */
  offerReassign: boolean;
}

/** Which cases a policy applies to; an absent key matches anything. */
export interface SlaMatch {
  priority?: Priority[];
  channel?: Channel[];
  tier?: string[];
}

/** One policy: target durations in ms (`null` = off, absent = from the next matching policy). */
export interface SlaPolicy {
  name: string;
  match: SlaMatch;
  targets: Partial<Record<SlaTarget, number | null>>;
  calendar?: string;
  warnAt?: number;
  escalation?: Partial<SlaEscalation>;
}

/** Everything the SLA engine needs. */
export interface SlaConfig {
  calendars: ReadonlyMap<string, BusinessCalendar>;
  defaultCalendar: string;
  warnAt: number;
  escalation: SlaEscalation;
  /** Configured policies first, then the built-ins. */
  policies: readonly SlaPolicy[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** DESIGN.md's defaults: urgent 5 min / 4 h; normal 10 min live, 2 h e-mail / 24 h; update every 24 h. */
export const BUILT_IN_POLICIES: readonly SlaPolicy[] = [
  {
    name: 'default-urgent',
    match: { priority: ['urgent'] },
    targets: {
      firstResponse: 5 * MINUTE,
      nextResponse: 5 * MINUTE,
      resolution: 4 * HOUR,
      customerUpdate: 24 * HOUR,
    },
  },
  {
    name: 'default-email',
    match: { channel: ['email'] },
    targets: {
      firstResponse: 2 * HOUR,
      nextResponse: 2 * HOUR,
      resolution: 24 * HOUR,
      customerUpdate: 24 * HOUR,
    },
  },
  {
    name: 'default-live',
    match: {},
    targets: {
      firstResponse: 10 * MINUTE,
      nextResponse: 10 * MINUTE,
      resolution: 24 * HOUR,
      customerUpdate: 24 * HOUR,
    },
  },
];

const DEFAULT_ESCALATION: SlaEscalation = {
  notifySupervisors: true,
  raisePriority: true,
  offerReassign: true,
};

type IssuePath = Array<string | number>;

function buildCalendars(
  section: SlaSection,
  timeZone: string,
  fail: (path: IssuePath, message: string) => void,
) {
  const calendars = new Map<string, BusinessCalendar>([
    [ALWAYS_OPEN, createBusinessCalendar({ name: ALWAYS_OPEN, timeZone })],
  ]);
  for (const [name, spec] of Object.entries(section.calendars ?? {})) {
    try {
      const options = { name, timeZone: spec.timezone ?? timeZone, holidays: spec.holidays };
      calendars.set(name, createBusinessCalendar(spec.hours ? { ...options, hours: spec.hours } : options));
    } catch (error) {
      fail(['calendars', name, 'hours'], (error as Error).message);
    }
  }
  return calendars;
}

function toPolicy(input: NonNullable<SlaSection['policies']>[number], index: number): SlaPolicy {
  const { name, match, calendar, warnAt, escalation, ...targets } = input;
  return {
    name: name ?? `policies[${index}]`,
    match,
    targets,
    ...(calendar === undefined ? {} : { calendar }),
    ...(warnAt === undefined ? {} : { warnAt }),
    ...(escalation === undefined ? {} : { escalation }),
  };
}

/** Merge a validated section over the defaults; reports unknown calendar names through `fail`. */
function resolveSection(section: SlaSection, fail: (path: IssuePath, message: string) => void): SlaConfig {
  const calendars = buildCalendars(section, section.timezone ?? 'UTC', fail);
  const known = (name: string) => calendars.has(name);
  const names = [...calendars.keys()].join(', ');
  const defaultCalendar = section.calendar ?? ALWAYS_OPEN;
  if (!known(defaultCalendar)) fail(['calendar'], `"${defaultCalendar}" is not a calendar (${names})`);
  const policies = (section.policies ?? []).map(toPolicy);
  policies.forEach((policy, index) => {
    if (policy.calendar !== undefined && !known(policy.calendar)) {
      fail(['policies', index, 'calendar'], `"${policy.calendar}" is not a calendar (${names})`);
    }
  });
  return {
    calendars,
    defaultCalendar,
    warnAt: section.warnAt ?? 0.8,
    escalation: { ...DEFAULT_ESCALATION, ...section.escalation },
    policies: [...policies, ...BUILT_IN_POLICIES],
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    'sla',
  );
}

/**
 * Validate the raw `sla:` section (anything YAML produced; `undefined` when absent) and merge it over
 * the defaults. Throws `SB_ERR_CONFIG_INVALID` naming each bad key, e.g.
 * `sla.policies[1].firstResponse: "5 minutes" is not a duration like 90s, 10m, 4h or 2d`.
 */
export function parseSlaSection(raw: unknown): SlaConfig {
  const parsed = slaSectionSchema.safeParse(raw ?? {});
  const problems: string[] = [];
  const fail = (path: readonly PropertyKey[], message: string) =>
    problems.push(`${formatPath(path)}: ${message}`);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') fail(issue.path, `unknown key ${issue.keys.join(', ')}`);
      else fail(issue.path, issue.message);
    }
  }
  const config = parsed.success ? resolveSection(parsed.data, fail) : undefined;
  if (!config || problems.length > 0) {
    throw new SwitchboardError(ErrorCodes.CONFIG_INVALID, `Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}

/** The configuration with no `sla:` section: DESIGN.md's defaults on a 24×7 UTC calendar. */
export function defaultSlaConfig(): SlaConfig {
  return parseSlaSection(undefined);
}
