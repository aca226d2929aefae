import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../handoff/sla/business-calendar';
import { addUnpausedTime, type SlaPause } from '../../handoff/sla/paused-time';
import { SlaEngine, type SlaCaseFacts } from '../../handoff/sla';
import { parseWeeklyHours } from '../../handoff/sla/weekly-hours';

const HOUR = 3_600_000;
const T0 = new Date('2026-11-18T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const always = createBusinessCalendar({ name: '24x7', timeZone: 'UTC' });
const pause = (from: number, to?: number): SlaPause => ({
  from: at(from),
  ...(to === undefined ? {} : { to: at(to) }),
});

describe('addUnpausedTime', () => {
  it.each([
    ['no pause', [], { at: 4 * HOUR }],
    ['one pause', [pause(HOUR, 2 * HOUR)], { at: 5 * HOUR }],
    ['overlapping pauses merge', [pause(1.5 * HOUR, 3 * HOUR), pause(HOUR, 2 * HOUR)], { at: 6 * HOUR }],
    ['a pause from before the start counts from the start', [pause(-HOUR, HOUR)], { at: 5 * HOUR }],
    ['a pause after the due time changes nothing', [pause(4 * HOUR, 9 * HOUR)], { at: 4 * HOUR }],
    ['an open pause holds the deadline', [pause(HOUR, 2 * HOUR), pause(3 * HOUR)], { onHoldSince: 3 * HOUR }],
    ['an open pause after the due time does not', [pause(5 * HOUR)], { at: 4 * HOUR }],
  ])('%s', (_why, pauses, expected) => {
    const result = addUnpausedTime(T0, 4 * HOUR, pauses, always);
    const offset = (date: Date) => date.getTime() - T0.getTime();
    expect('at' in result ? { at: offset(result.at) } : { onHoldSince: offset(result.onHoldSince) }).toEqual(
      expected,
    );
  });

  it('counts only business time inside a pause', () => {
    const parsed = parseWeeklyHours({ 'mon-fri': '09:00-18:00' });
    if (!('hours' in parsed)) throw new Error('bad hours');
    const office = createBusinessCalendar({ name: 'office', timeZone: 'Asia/Shanghai', hours: parsed.hours });
    const friday = new Date('2026-11-20T16:00:00+08:00');
    const weekendPause = {
      from: new Date('2026-11-20T17:00:00+08:00'),
      to: new Date('2026-11-23T10:00:00+08:00'),
    };
    expect(addUnpausedTime(friday, 2 * HOUR, [weekendPause], office)).toEqual({
      at: new Date('2026-11-23T11:00:00+08:00'),
    });
  });
});

describe('a case waiting on the customer', () => {
  const engine = new SlaEngine();
  const facts: SlaCaseFacts = { priority: 'normal', channel: 'web', openedAt: T0, firstResponseAt: at(HOUR) };
  const resolution = (f: SlaCaseFacts) => engine.plan(f).deadlines.find((d) => d.target === 'resolution');

  it('moves the resolution deadline by the paused time, and no other target', () => {
    const paused = { ...facts, pausedIntervals: [pause(2 * HOUR, 4 * HOUR)] };
    expect(resolution(paused)?.dueAt).toEqual(at(26 * HOUR));
    expect(engine.plan(paused).deadlines.find((d) => d.target === 'customerUpdate')?.dueAt).toEqual(
      at(24 * HOUR),
    );
  });

  it('holds resolution events while the pause lasts and plans them again after it', () => {
    const held = { ...facts, pausedIntervals: [pause(10 * HOUR)] };
    expect(resolution(held)).toMatchObject({ onHoldSince: at(10 * HOUR), stoppedAt: at(10 * HOUR) });
    const targets = (now: number, f: SlaCaseFacts) =>
      engine.evaluate({ facts: f, recorded: [] }, at(now)).events.map((e) => `${e.type} ${e.target}`);
    expect(targets(30 * HOUR, held)).not.toContain('sla.warning resolution');
    const resumed = { ...facts, pausedIntervals: [pause(10 * HOUR, 40 * HOUR)] };
    expect(resolution(resumed)).toMatchObject({ warnAt: at(49.2 * HOUR), dueAt: at(54 * HOUR) });
    expect(targets(50 * HOUR, resumed)).toContain('sla.warning resolution');
    expect(targets(50 * HOUR, resumed)).not.toContain('sla.breached resolution');
  });
});
