/**
 * Deadlines whose clock stops while a case waits on the customer: business time inside a pause does
 * not count. An open pause (no end yet) holds the deadline until it ends.
 */
import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from './business-calendar';

/** A stretch during which a target's clock stands still; `to` absent while it lasts. */
export interface SlaPause {
  from: Date;
  to?: Date;
}

/** When the time runs out, or that it cannot while the open pause that began at `onHoldSince` lasts. */
export type PausedDeadline = { at: Date } | { onHoldSince: Date };

/** Pauses after `start`, sorted, overlapping ones merged (an open one swallows all after it). */
function pausesAfter(start: number, pauses: readonly SlaPause[]): Array<{ from: number; to: number }> {
  const sorted = pauses
    .map((pause) => ({ from: Math.max(pause.from.getTime(), start), to: pause.to?.getTime() ?? Infinity }))
    .filter((pause) => pause.to > pause.from)
    .sort((a, b) => a.from - b.from);
  const merged: Array<{ from: number; to: number }> = [];
  for (const pause of sorted) {
    const last = merged[merged.length - 1];
    if (last && pause.from <= last.to) last.to = Math.max(last.to, pause.to);
    else merged.push(pause);
  }
  return merged;
}

/** `durationMs` of business time after `start`, skipping the business time inside `pauses`. */
export function addUnpausedTime(
  start: Date,
  durationMs: number,
  pauses: readonly SlaPause[],
  calendar: BusinessCalendar,
): PausedDeadline {
  let cursor = start.getTime();
  let remaining = durationMs;
  for (const pause of pausesAfter(cursor, pauses)) {
    const available = businessTimeBetween(new Date(cursor), new Date(pause.from), calendar);
    if (remaining <= available) break;
    remaining -= available;
    if (pause.to === Infinity) return { onHoldSince: new Date(pause.from) };
    cursor = pause.to;
  }
  return { at: addBusinessTime(new Date(cursor), remaining, calendar) };
}
