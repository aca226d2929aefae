import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  businessTimeBetween,
  createBusinessCalendar,
  type BusinessCalendar,
} from '../../handoff/sla/business-calendar';
import { parseWeeklyHours } from '../../handoff/sla/weekly-hours';

const HOUR = 3_600_000;
const MINUTE = 60_000;

function calendar(
  timeZone: string,
  spec: Record<string, string | string[]>,
  holidays: string[] = [],
): BusinessCalendar {
  const parsed = parseWeeklyHours(spec);
  if (!('hours' in parsed)) throw new Error(JSON.stringify(parsed.issues));
  return createBusinessCalendar({ name: 'test', timeZone, hours: parsed.hours, holidays });
}

const shanghai = calendar('Asia/Shanghai', { 'mon-fri': '09:00-18:00' }, [
  '2026-10-01',
  '2026-10-02',
  '2026-11-23',
]);
const lunchBreak = calendar('Asia/Shanghai', { 'mon-fri': '09:00-12:00, 13:00-18:00', sat: '10:00-14:00' });
const nightShift = calendar('UTC', { fri: '22:00-02:00' });
const newYork = calendar('America/New_York', { 'mon-fri': '09:00-17:00' });
const newYorkSundays = calendar('America/New_York', { sun: '00:00-24:00' });
const berlinSundays = calendar('Europe/Berlin', { sun: '00:00-24:00' });
const skippedHour = calendar('America/New_York', { sun: '02:00-03:00' });
const repeatedHour = calendar('America/New_York', { sun: '01:00-02:00' });

describe('addBusinessTime', () => {
  it.each([
    // [why, calendar, start (instant), duration, expected due (instant)]
    ['within one day', shanghai, '2026-11-18T10:00+08:00', 2 * HOUR, '2026-11-18T12:00+08:00'],
    ['ends exactly at closing', shanghai, '2026-11-18T17:00+08:00', HOUR, '2026-11-18T18:00+08:00'],
    ['before opening', shanghai, '2026-11-18T06:00+08:00', 30 * MINUTE, '2026-11-18T09:30+08:00'],
    [
      'Friday evening across the weekend',
      shanghai,
      '2026-11-13T17:00+08:00',
      2 * HOUR,
      '2026-11-16T10:00+08:00',
    ],
    [
      'Friday evening across the weekend and a holiday Monday',
      shanghai,
      '2026-11-20T17:00+08:00',
      2 * HOUR,
      '2026-11-24T10:00+08:00',
    ],
    ['started on Saturday', shanghai, '2026-11-14T12:00+08:00', 30 * MINUTE, '2026-11-16T09:30+08:00'],
    [
      'across two holidays and a weekend',
      shanghai,
      '2026-09-30T17:00+08:00',
      2 * HOUR,
      '2026-10-05T10:00+08:00',
    ],
    ['a whole business week', shanghai, '2026-11-02T09:00+08:00', 45 * HOUR, '2026-11-06T18:00+08:00'],
    [
      'four weeks (skipped whole)',
      shanghai,
      '2026-10-12T09:00+08:00',
      4 * 45 * HOUR,
      '2026-11-06T18:00+08:00',
    ],
    [
      'four weeks, one with a holiday Monday',
      shanghai,
      '2026-11-02T09:00+08:00',
      4 * 45 * HOUR,
      '2026-11-30T18:00+08:00',
    ],
    ['over lunch', lunchBreak, '2026-11-18T11:30+08:00', HOUR, '2026-11-18T13:30+08:00'],
    ['Friday into Saturday hours', lunchBreak, '2026-11-20T17:00+08:00', 2 * HOUR, '2026-11-21T11:00+08:00'],
    ['an interval past midnight', nightShift, '2026-11-20T23:00Z', 2 * HOUR, '2026-11-21T01:00Z'],
    ['past midnight into next week', nightShift, '2026-11-20T23:00Z', 4 * HOUR, '2026-11-27T23:00Z'],
    [
      'New York, clocks spring forward over the weekend',
      newYork,
      '2026-03-06T16:00-05:00',
      2 * HOUR,
      '2026-03-09T10:00-04:00',
    ],
    [
      'New York, clocks fall back over the weekend',
      newYork,
      '2026-10-30T16:00-04:00',
      2 * HOUR,
      '2026-11-02T10:00-05:00',
    ],
    ['a 23-hour Sunday', newYorkSundays, '2026-03-07T12:00-05:00', 23 * HOUR, '2026-03-09T00:00-04:00'],
    ['a 25-hour Sunday', berlinSundays, '2026-10-24T12:00+02:00', 25 * HOUR, '2026-10-26T00:00+01:00'],
    [
      'an hour the clocks skip is not open',
      skippedHour,
      '2026-03-07T12:00-05:00',
      HOUR,
      '2026-03-15T03:00-04:00',
    ],
  ])('%s', (_why, cal, start, duration, due) => {
    expect(addBusinessTime(new Date(start), duration, cal).toISOString()).toBe(new Date(due).toISOString());
  });

  it('adds elapsed time on a 24×7 calendar', () => {
    const always = createBusinessCalendar({ name: '24x7', timeZone: 'Europe/Berlin' });
    const start = new Date('2026-10-24T12:00:00Z');
    expect(addBusinessTime(start, 30 * HOUR, always).getTime()).toBe(start.getTime() + 30 * HOUR);
    expect(addBusinessTime(start, 0, always)).toEqual(start);
  });

  it('gives up with a clear error instead of walking forever', () => {
    expect(() => addBusinessTime(new Date('2026-11-18T10:00Z'), 1e15, shanghai)).toThrow(
      expect.objectContaining({ code: 'SB_ERR_SLA_CALENDAR_CLOSED' }),
    );
  });

  it('refuses a calendar with no open hours', () => {
    expect(() => calendar('UTC', { 'mon-sun': 'closed' })).toThrow(
      expect.objectContaining({ code: 'SB_ERR_SLA_CALENDAR_CLOSED' }),
    );
  });
});

describe('businessTimeBetween', () => {
  it.each([
    ['same day', shanghai, '2026-11-18T10:00+08:00', '2026-11-18T12:30+08:00', 2.5 * HOUR],
    ['over a weekend', shanghai, '2026-11-13T17:00+08:00', '2026-11-16T10:00+08:00', 2 * HOUR],
    [
      'over a weekend and a holiday Monday',
      shanghai,
      '2026-11-20T17:00+08:00',
      '2026-11-24T10:00+08:00',
      2 * HOUR,
    ],
    ['all closed', shanghai, '2026-11-21T08:00+08:00', '2026-11-22T20:00+08:00', 0],
    ['backwards is zero', shanghai, '2026-11-18T12:00+08:00', '2026-11-18T10:00+08:00', 0],
    ['a 23-hour Sunday', newYorkSundays, '2026-03-07T12:00-05:00', '2026-03-09T12:00-04:00', 23 * HOUR],
    ['a 25-hour Sunday', berlinSundays, '2026-10-24T12:00+02:00', '2026-10-26T12:00+01:00', 25 * HOUR],
    [
      'an hour the clocks repeat counts twice',
      repeatedHour,
      '2026-10-31T00:00-04:00',
      '2026-11-02T00:00-05:00',
      2 * HOUR,
    ],
    ['a skipped hour', skippedHour, '2026-03-07T00:00-05:00', '2026-03-09T00:00-04:00', 0],
    [
      'a year of weekdays',
      shanghai,
      '2026-01-05T09:00+08:00',
      '2027-01-04T09:00+08:00',
      (52 * 45 - 27) * HOUR,
    ],
  ])('%s', (_why, cal, from, to, expected) => {
    expect(businessTimeBetween(new Date(from), new Date(to), cal)).toBe(expected);
  });
});

/** A reference that walks quarter-hours one by one, asking the zone's wall clock for each. */
function referenceOpen(cal: BusinessCalendar, instant: number): boolean {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: cal.timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  if (cal.holidays.has(date)) return false;
  return (cal.hours[weekday] ?? []).some((i) => minute >= i.startMin && minute < i.endMin);
}

describe('against a quarter-hour walk', () => {
  const berlin = calendar(
    'Europe/Berlin',
    { 'mon-thu': '08:00-12:00, 13:00-17:30', fri: ['08:00-12:00', '20:00-01:00'], sat: '10:00-14:00' },
    ['2026-10-26', '2026-12-25'],
  );
  let seed = 7;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const cases = Array.from({ length: 40 }, () => ({
    start: Date.UTC(2026, 9, 15) + Math.floor(random() * 80 * 96) * 15 * MINUTE,
    quarters: 1 + Math.floor(random() * 120),
  }));

  it.each(cases)('start $start + $quarters quarter-hours', ({ start, quarters }) => {
    let cursor = start;
    for (let left = quarters; left > 0; cursor += 15 * MINUTE) {
      if (referenceOpen(berlin, cursor)) left--;
    }
    const due = addBusinessTime(new Date(start), quarters * 15 * MINUTE, berlin).getTime();
    expect(due).toBe(cursor);
    expect(businessTimeBetween(new Date(start), new Date(due), berlin)).toBe(quarters * 15 * MINUTE);
  });
});
