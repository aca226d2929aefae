import { describe, expect, it } from 'vitest';
import {
  SlaEngine,
  parseSlaSection,
  type SlaCaseFacts,
  type SlaEvaluation,
  type SlaState,
} from '../../handoff/sla';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = new Date('2026-11-18T02:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A case with a store of recorded keys, evaluated on an explicit clock. */
function trackedCase(engine: SlaEngine, facts: Partial<SlaCaseFacts> = {}) {
  const state: SlaState & { recorded: Set<string> } = {
    facts: { priority: 'normal', channel: 'web', openedAt: T0, ...facts },
    recorded: new Set(),
  };
  return {
    state,
    /** Evaluate at `T0 + ms` and store what came back, as the timer layer would. */
    tick(ms: number): SlaEvaluation {
      const result = engine.evaluate(state, at(ms));
      for (const event of result.events) state.recorded.add(event.key);
      return result;
    },
    update(change: Partial<SlaCaseFacts>) {
      state.facts = { ...state.facts, ...change };
    },
  };
}

const summary = (result: SlaEvaluation) => result.events.map((e) => `${e.type} ${e.target}`);
const dueOf = (engine: SlaEngine, facts: SlaCaseFacts) =>
  Object.fromEntries(engine.plan(facts).deadlines.map((d) => [d.target, d.dueAt.getTime() - T0.getTime()]));

describe('default policies (DESIGN.md)', () => {
  const engine = new SlaEngine();
  it.each([
    ['urgent', 'web', 'default-urgent', 5 * MINUTE, 4 * HOUR],
    ['urgent', 'email', 'default-urgent', 5 * MINUTE, 4 * HOUR],
    ['high', 'sms', 'default-live', 10 * MINUTE, 24 * HOUR],
    ['normal', 'web', 'default-live', 10 * MINUTE, 24 * HOUR],
    ['normal', 'wechat', 'default-live', 10 * MINUTE, 24 * HOUR],
    ['normal', 'email', 'default-email', 2 * HOUR, 24 * HOUR],
  ] as const)('%s on %s: %s', (priority, channel, policy, firstResponse, resolution) => {
    const facts: SlaCaseFacts = { priority, channel, openedAt: T0 };
    expect(engine.plan(facts).policy.name).toBe(policy);
    expect(dueOf(engine, facts)).toEqual({ firstResponse, resolution, customerUpdate: 24 * HOUR });
    const first = engine.plan(facts).deadlines[0];
    expect(first?.warnAt.getTime()).toBe(T0.getTime() + firstResponse * 0.8);
  });
});

describe('evaluate', () => {
  it('warns at exactly 80 % and breaches at exactly 100 %, each once', () => {
    const urgent = trackedCase(new SlaEngine(), { priority: 'urgent' });
    expect(summary(urgent.tick(4 * MINUTE - 1))).toEqual([]);
    expect(summary(urgent.tick(4 * MINUTE))).toEqual(['sla.warning firstResponse']);
    expect(summary(urgent.tick(4 * MINUTE))).toEqual([]);
    expect(summary(urgent.tick(5 * MINUTE - 1))).toEqual([]);
    const breach = urgent.tick(5 * MINUTE);
    expect(summary(breach)).toEqual(['sla.breached firstResponse']);
    expect(breach.events[0]).toMatchObject({
      key: `firstResponse@${T0.toISOString()}:breached`,
      dueAt: at(5 * MINUTE),
    });
    expect(summary(urgent.tick(5 * MINUTE))).toEqual([]);
    expect(summary(urgent.tick(6 * MINUTE))).toEqual([]);
  });

  it('returns everything overdue at once, in time order, when a timer fired late', () => {
    const late = trackedCase(new SlaEngine(), { priority: 'urgent' });
    expect(summary(late.tick(5 * HOUR))).toEqual([
      'sla.warning firstResponse',
      'sla.breached firstResponse',
      'sla.warning resolution',
      'sla.breached resolution',
    ]);
    expect(summary(late.tick(5 * HOUR))).toEqual([]);
  });

  it('sees no breach when the agent answers by the due time, even at the last millisecond', () => {
    const met = trackedCase(new SlaEngine());
    met.update({ firstResponseAt: at(10 * MINUTE) });
    expect(summary(met.tick(HOUR))).toEqual(['sla.warning firstResponse']);
  });

  it('records a late reply as a breach even if no timer fired before it', () => {
    const late = trackedCase(new SlaEngine());
    late.update({ firstResponseAt: at(20 * MINUTE) });
    const result = late.tick(30 * MINUTE);
    expect(summary(result)).toEqual(['sla.warning firstResponse', 'sla.breached firstResponse']);
    expect(result.actions).toEqual([
      {
        type: 'notifySupervisors',
        target: 'firstResponse',
        key: `firstResponse@${T0.toISOString()}:breached`,
      },
    ]);
  });
});

describe('escalation on breach', () => {
  it('notifies supervisors, raises priority one step and offers reassignment', () => {
    const normal = trackedCase(new SlaEngine());
    expect(normal.tick(10 * MINUTE).actions).toEqual([
      {
        type: 'notifySupervisors',
        target: 'firstResponse',
        key: `firstResponse@${T0.toISOString()}:breached`,
      },
      { type: 'raisePriority', from: 'normal', to: 'high' },
      { type: 'offerReassign', targets: ['firstResponse'] },
    ]);
  });

  it('cannot raise urgent further', () => {
    const urgent = trackedCase(new SlaEngine(), { priority: 'urgent' });
    const types = urgent.tick(5 * MINUTE).actions.map((action) => action.type);
    expect(types).toEqual(['notifySupervisors', 'offerReassign']);
  });

  it('does what the policy says', () => {
    const engine = new SlaEngine(
      parseSlaSection({
        escalation: { raisePriority: false },
        policies: [{ match: { channel: 'sms' }, escalation: { notifySupervisors: false } }],
      }),
    );
    expect(
      trackedCase(engine)
        .tick(10 * MINUTE)
        .actions.map((a) => a.type),
    ).toEqual(['notifySupervisors', 'offerReassign']);
    expect(trackedCase(engine, { channel: 'sms' }).tick(10 * MINUTE).actions).toEqual([
      { type: 'offerReassign', targets: ['firstResponse'] },
    ]);
  });
});

describe('re-planning', () => {
  it('after a priority raise: new deadlines, no repeated events', () => {
    const engine = new SlaEngine();
    const raised = trackedCase(engine);
    const breach = raised.tick(10 * MINUTE);
    expect(summary(breach)).toEqual(['sla.warning firstResponse', 'sla.breached firstResponse']);
    raised.update({ priority: 'urgent' });
    expect(dueOf(engine, raised.state.facts).resolution).toBe(4 * HOUR);
    expect(summary(raised.tick(10 * MINUTE))).toEqual([]);
    expect(engine.nextWakeUp(raised.state)).toEqual(at(3.2 * HOUR));
    expect(summary(raised.tick(3.2 * HOUR))).toEqual(['sla.warning resolution']);
  });

  it('restarts next response on the first customer message after each agent reply', () => {
    const chat = trackedCase(new SlaEngine());
    chat.update({ firstResponseAt: at(2 * MINUTE), lastAgentResponseAt: at(2 * MINUTE) });
    expect(chat.tick(30 * MINUTE).events).toEqual([]);
    chat.update({ customerWaitingSince: at(30 * MINUTE) });
    expect(summary(chat.tick(38 * MINUTE))).toEqual(['sla.warning nextResponse']);
    chat.update({ lastAgentResponseAt: at(39 * MINUTE) });
    expect(summary(chat.tick(45 * MINUTE))).toEqual([]);
    chat.update({ customerWaitingSince: at(50 * MINUTE) });
    expect(summary(chat.tick(60 * MINUTE))).toEqual([
      'sla.warning nextResponse',
      'sla.breached nextResponse',
    ]);
    expect(chat.state.recorded).toContain(`nextResponse@${at(50 * MINUTE).toISOString()}:breached`);
  });

  it('restarts the customer update clock on every agent message and stops all on resolution', () => {
    const engine = new SlaEngine();
    const open = trackedCase(engine, { firstResponseAt: at(MINUTE), lastAgentResponseAt: at(20 * HOUR) });
    expect(engine.nextWakeUp(open.state)).toEqual(at(0.8 * 24 * HOUR));
    expect(summary(open.tick(24 * HOUR))).toEqual(['sla.warning resolution', 'sla.breached resolution']);
    expect(engine.nextWakeUp(open.state)).toEqual(at(20 * HOUR + 0.8 * 24 * HOUR));
    open.update({ resolvedAt: at(25 * HOUR) });
    expect(engine.nextWakeUp(open.state)).toBeUndefined();
    expect(open.tick(100 * HOUR).events).toEqual([]);
  });
});

describe('policies with business calendars', () => {
  const engine = new SlaEngine(
    parseSlaSection({
      timezone: 'Asia/Shanghai',
      calendars: { office: { hours: { 'mon-fri': '09:00-18:00' }, holidays: ['2026-11-23'] } },
      policies: [
        { name: 'vip', match: { tier: 'vip' }, firstResponse: '2m' },
        { match: { channel: 'email' }, calendar: 'office' },
      ],
    }),
  );

  it('counts only open hours, across a weekend and a holiday (fake clock)', () => {
    const friday = new Date('2026-11-20T17:00:00+08:00');
    const mail = trackedCase(engine, { channel: 'email', openedAt: friday });
    expect(engine.plan(mail.state.facts).deadlines[0]).toMatchObject({
      warnAt: new Date('2026-11-24T09:36:00+08:00'),
      dueAt: new Date('2026-11-24T10:00:00+08:00'),
    });
    const saturday = new Date('2026-11-21T12:00:00+08:00').getTime() - T0.getTime();
    expect(mail.tick(saturday).events).toEqual([]);
    expect(engine.nextWakeUp(mail.state)).toEqual(new Date('2026-11-24T09:36:00+08:00'));
  });

  it('fills targets a policy leaves out from the next matching one', () => {
    const plan = engine.plan({ priority: 'normal', channel: 'email', tier: 'vip', openedAt: T0 });
    expect(plan.policy.name).toBe('vip');
    expect(plan.policy.targets).toEqual({
      firstResponse: 2 * MINUTE,
      nextResponse: 2 * HOUR,
      resolution: 24 * HOUR,
      customerUpdate: 24 * HOUR,
    });
    expect(plan.policy.calendar.name).toBe('24x7');
  });
});
