/**
 * Business calendars: open hours per weekday and closed holidays in one time zone, and the
 * arithmetic SLA deadlines need — add business time to an instant, measure business time between two.
 * Days are walked in the calendar's zone (so DST days are 23 or 25 hours long), and whole weeks
 * without holidays or DST changes are skipped in one step, so long durations stay cheap.
 */
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import { DAY_MS, MINUTE_MS, instantOf, isoDateOf, localDayOf, weekdayOf } from './time-zone';
import { allWeek, type WeeklyHours } from './weekly-hours';

/** A calendar ready for arithmetic; build one with {@link createBusinessCalendar}. */
export interface BusinessCalendar {
  readonly name: string;
  /** IANA zone the hours and holidays are read in. */
  readonly timeZone: string;
  /** Open intervals per weekday (0 = Sunday), minutes after local midnight. */
  readonly hours: WeeklyHours;
  /** Local dates (`YYYY-MM-DD`) closed all day. */
  readonly holidays: ReadonlySet<string>;
  /** Open time in a week without holidays or DST change, ms. */
  readonly weekOpenMs: number;
  /** Open every minute of every day: business time is elapsed time. */
  readonly alwaysOpen: boolean;
}

/** What a calendar is made of. */
export interface BusinessCalendarOptions {
  name: string;
  timeZone: string;
  /** Default: open all week. */
  hours?: WeeklyHours;
  holidays?: Iterable<string>;
}

/** The name of the built-in round-the-clock calendar. */
export const ALWAYS_OPEN = '24x7';

/** Give up after walking this many days or weeks (a calendar open only on holidays, say). */
const MAX_STEPS = 100_000;

/** Build a calendar; throws `SB_ERR_SLA_CALENDAR_CLOSED` when it has no open hours at all. */
export function createBusinessCalendar(options: BusinessCalendarOptions): BusinessCalendar {
  const hours = options.hours ?? allWeek();
  const holidays = new Set(options.holidays ?? []);
  const weekOpenMs = hours.flat().reduce((sum, i) => sum + (i.endMin - i.startMin) * MINUTE_MS, 0);
  if (weekOpenMs <= 0) {
    throw new SwitchboardError(
      ErrorCodes.SLA_CALENDAR_CLOSED,
      `Business calendar "${options.name}" has no open hours: give it hours like mon-fri: 09:00-18:00.`,
    );
  }
  return {
    name: options.name,
    timeZone: options.timeZone,
    hours,
    holidays,
    weekOpenMs,
    alwaysOpen: holidays.size === 0 && weekOpenMs === 7 * DAY_MS,
  };
}

/** The open intervals of one local day, as instants `[open, close)`. */
function openIntervals(calendar: BusinessCalendar, day: number): Array<[number, number]> {
  if (calendar.holidays.has(isoDateOf(day))) return [];
  const intervals: Array<[number, number]> = [];
  for (const { startMin, endMin } of calendar.hours[weekdayOf(day)] ?? []) {
    const open = instantOf(day * DAY_MS + startMin * MINUTE_MS, calendar.timeZone);
    const close = instantOf(day * DAY_MS + endMin * MINUTE_MS, calendar.timeZone);
    if (close > open) intervals.push([open, close]);
  }
  return intervals;
}

/** Whether the seven days from `day` have no holiday and no offset change, so weekOpenMs holds. */
function isPlainWeek(calendar: BusinessCalendar, day: number): boolean {
  for (let offset = 0; offset < 7; offset++) {
    if (calendar.holidays.has(isoDateOf(day + offset))) return false;
  }
  const start = instantOf(day * DAY_MS, calendar.timeZone);
  return instantOf((day + 7) * DAY_MS, calendar.timeZone) - start === 7 * DAY_MS;
}

function calendarExhausted(calendar: BusinessCalendar): SwitchboardError {
  return new SwitchboardError(
    ErrorCodes.SLA_CALENDAR_CLOSED,
    `Business calendar "${calendar.name}" has too few open hours to reach this deadline.`,
  );
}

/** The instant `durationMs` of business time after `start` (at a closing time if it ends there). */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  const from = start.getTime();
  if (durationMs <= 0 || calendar.alwaysOpen) return new Date(from + Math.max(durationMs, 0));
  let remaining = durationMs;
  const firstDay = localDayOf(from, calendar.timeZone);
  let day = firstDay;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (day > firstDay && remaining > calendar.weekOpenMs && isPlainWeek(calendar, day)) {
      remaining -= calendar.weekOpenMs;
      day += 7;
      continue;
    }
    for (const [open, close] of openIntervals(calendar, day)) {
      const begin = Math.max(open, from);
      if (begin >= close) continue;
      if (remaining <= close - begin) return new Date(begin + remaining);
      remaining -= close - begin;
    }
    day += 1;
  }
  throw calendarExhausted(calendar);
}

/** Business time from `a` to `b` in ms; 0 when `b` is not after `a`. */
export function businessTimeBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to <= from) return 0;
  if (calendar.alwaysOpen) return to - from;
  const firstDay = localDayOf(from, calendar.timeZone);
  const lastDay = localDayOf(to, calendar.timeZone);
  let total = 0;
  for (let day = firstDay; day <= lastDay;) {
    if (day > firstDay && day + 7 <= lastDay && isPlainWeek(calendar, day)) {
      total += calendar.weekOpenMs;
      day += 7;
      continue;
    }
    for (const [open, close] of openIntervals(calendar, day)) {
      total += Math.max(0, Math.min(close, to) - Math.max(open, from));
    }
    day += 1;
  }
  return total;
}
