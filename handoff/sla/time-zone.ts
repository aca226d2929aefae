/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl`. A "wall" value is a zone's local
 * date and time written as if it were UTC milliseconds (so 2026-03-08 02:30 local is
 * `Date.UTC(2026, 2, 8, 2, 30)`); converting between walls and instants is where DST is handled.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `name` is a time zone this runtime knows (`Asia/Shanghai`, `UTC`, …). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant (ms since the epoch). */
export function wallAt(instant: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second) + millis;
}

/** The zone's offset from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallAt(instant, timeZone) - instant;
}

/**
 * The instant a wall-clock reading stands for. A reading that occurs twice (autumn, clocks go back)
 * gives the earlier instant; one that never occurs (spring, clocks jump forward) gives the instant of
 * the jump, so the skipped hour has no length: an interval inside it is empty.
 */
export function instantOf(wall: number, timeZone: string): number {
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wall + DAY_MS, timeZone);
  const early = wall - offsetBefore;
  if (offsetBefore === offsetAfter) return early;
  const late = wall - offsetAfter;
  const earlyFits = wallAt(early, timeZone) === wall;
  const lateFits = wallAt(late, timeZone) === wall;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return transitionBetween(Math.min(early, late), Math.max(early, late), timeZone);
}

/** The first second at or after `from` whose offset differs from the offset at `from`. */
function transitionBetween(from: number, to: number, timeZone: string): number {
  const before = offsetAt(from, timeZone);
  let low = Math.floor(from / 1000);
  let high = Math.ceil(to / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle * 1000, timeZone) === before) low = middle;
    else high = middle;
  }
  return high * 1000;
}

/** The zone's local date at an instant, as whole days since 1970-01-01. */
export function localDayOf(instant: number, timeZone: string): number {
  return Math.floor(wallAt(instant, timeZone) / DAY_MS);
}

/** Day of the week of a local day number: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** `YYYY-MM-DD` of a local day number. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
