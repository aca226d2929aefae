import { describe, expect, it } from 'vitest';
import { parseWeeklyHours } from '../../handoff/sla/weekly-hours';

const hoursOf = (spec: Record<string, string | string[]>) => {
  const parsed = parseWeeklyHours(spec);
  if (!('hours' in parsed)) throw new Error(JSON.stringify(parsed.issues));
  return parsed.hours.map((day) => day.map((i) => `${i.startMin / 60}-${i.endMin / 60}`).join(' '));
};

describe('weekly hours', () => {
  it('reads days, ranges, lists and several intervals a day', () => {
    expect(
      hoursOf({ 'mon-fri': '09:00-12:00, 13:00-18:00', 'sat, sun': ['10:00-11:00', '12:00-13:00'] }),
    ).toEqual([
      '10-11 12-13',
      '9-12 13-18',
      '9-12 13-18',
      '9-12 13-18',
      '9-12 13-18',
      '9-12 13-18',
      '10-11 12-13',
    ]);
  });

  it('lets a later key override a day, wraps ranges, and merges overlaps', () => {
    expect(hoursOf({ 'fri-mon': '24h', sun: 'closed', sat: '08:00-12:00, 11:00-14:00' })).toEqual([
      '',
      '0-24',
      '',
      '',
      '',
      '0-24',
      '8-14',
    ]);
  });

  it('carries an interval past midnight into the next day, and drops it with the day it came from', () => {
    expect(hoursOf({ 'thu-fri': '22:00-02:00', sat: '09:00-10:00' })).toEqual([
      '',
      '',
      '',
      '',
      '22-24',
      '0-2 22-24',
      '0-2 9-10',
    ]);
    expect(hoursOf({ 'thu-fri': '22:00-02:00', fri: '09:00-17:00' })[6]).toBe('');
  });

  it.each([
    [{ mun: '09:00-18:00' }, 'mun', /"mun" is not a day/],
    [{ mon: '9-18' }, 'mon', /"9" is not a time/],
    [{ mon: '09:00-25:00' }, 'mon', /"25:00" is not a time/],
    [{ mon: '09:00-09:00' }, 'mon', /opens and closes at the same time/],
    [{ mon: '09:00' }, 'mon', /is not hours like 09:00-18:00/],
  ])('names the key with bad hours: %j', (spec, key, message) => {
    const parsed = parseWeeklyHours(spec);
    expect('issues' in parsed && parsed.issues[0]?.key).toBe(key);
    expect('issues' in parsed && parsed.issues[0]?.message).toMatch(message);
  });
});
