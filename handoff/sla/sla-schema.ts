/**
 * The `sla:` section of the config file, as written (zod). Durations are checked and turned into
 * milliseconds here; calendar names and merging with the built-in defaults happen in sla-config.ts.
 */
import { z } from 'zod';
import type { Priority } from '../../bot/types';
import { parseDuration } from '../../gateway/duration';
import { CHANNELS } from '../../gateway/message';
import { isTimeZone } from './time-zone';
import { parseWeeklyHours } from './weekly-hours';

/** Priorities from lowest to highest; raising a priority moves one step right. */
export const PRIORITIES = ['normal', 'high', 'urgent'] as const satisfies readonly Priority[];

/** The targets a policy can set. */
export const SLA_TARGETS = ['firstResponse', 'nextResponse', 'resolution', 'customerUpdate'] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

const timeZone = z.string().refine(isTimeZone, {
  error: (issue) => `"${String(issue.input)}" is not an IANA time zone like Asia/Shanghai or Europe/Berlin`,
});

/** A target duration in ms, or `null` for `off`. */
const target = z.unknown().transform((value, ctx): number | null => {
  if (value === 'off') return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  try {
    const ms = parseDuration(text);
    if (ms > 0) return ms;
    ctx.addIssue({ code: 'custom', message: `"${text}" must be longer than 0 (or "off")` });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
  return z.NEVER;
});

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

const matchSchema = z
  .object({
    priority: oneOrMany(z.enum(PRIORITIES)).optional(),
    channel: oneOrMany(z.enum(CHANNELS)).optional(),
    tier: oneOrMany(z.string().min(1)).optional(),
  })
  .strict();

const escalationSchema = z
  .object({
    notifySupervisors: z.boolean().optional(),
    raisePriority: z.boolean().optional(),
    offerReassign: z.boolean().optional(),
  })
  .strict();

const warnAt = z.number().gt(0).lt(1, { message: 'must be a fraction between 0 and 1, like 0.8' });

const policySchema = z
  .object({
    name: z.string().min(1).optional(),
    match: matchSchema.default({}),
    firstResponse: target.optional(),
    nextResponse: target.optional(),
    resolution: target.optional(),
    customerUpdate: target.optional(),
    calendar: z.string().min(1).optional(),
    warnAt: warnAt.optional(),
    escalation: escalationSchema.optional(),
  })
  .strict();

/** `2026-02-30` matches the pattern but is no date (Date.parse would roll it over to March). */
const isRealDate = (text: string) => {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
};

const isoDate = z
  .union([z.string(), z.date().transform((date) => date.toISOString().slice(0, 10))])
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text), {
    message: 'must be a date like 2026-10-01',
  });

const hoursSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((spec, ctx) => {
    const parsed = parseWeeklyHours(spec);
    if ('hours' in parsed) return parsed.hours;
    for (const issue of parsed.issues) {
      ctx.addIssue({ code: 'custom', path: [issue.key], message: issue.message });
    }
    return z.NEVER;
  });

const calendarSchema = z
  .object({
    timezone: timeZone.optional(),
    hours: hoursSchema.optional(),
    holidays: z.array(isoDate).default([]),
  })
  .strict();

/** The `sla:` section; every key optional. */
export const slaSectionSchema = z
  .object({
    timezone: timeZone.optional(),
    calendar: z.string().min(1).optional(),
    warnAt: warnAt.optional(),
    escalation: escalationSchema.optional(),
    calendars: z.record(z.string().min(1), calendarSchema).optional(),
    policies: z.array(policySchema).optional(),
  })
  .strict();

export type SlaSection = z.infer<typeof slaSectionSchema>;
export type SlaPolicyInput = z.infer<typeof policySchema>;
export type SlaEscalationInput = z.infer<typeof escalationSchema>;
