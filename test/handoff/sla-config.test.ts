import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../gateway/config';
import { BUILT_IN_POLICIES, defaultSlaConfig, parseSlaSection } from '../../handoff/sla';

function withConfigFile(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sb-sla-config-'));
  writeFileSync(join(dir, 'switchboard.config.yaml'), yaml);
  return () => loadConfig({}, dir);
}

describe('the sla: section', () => {
  it('defaults to DESIGN.md policies on a 24×7 calendar when absent', () => {
    const config = loadConfig({}, mkdtempSync(join(tmpdir(), 'sb-sla-config-')));
    expect(config.sla.policies).toEqual(BUILT_IN_POLICIES);
    expect(config.sla).toMatchObject({
      defaultCalendar: '24x7',
      warnAt: 0.8,
      escalation: { notifySupervisors: true, raisePriority: true, offerReassign: true },
    });
    expect(config.sla.calendars.get('24x7')?.alwaysOpen).toBe(true);
  });

  it('reads the format from the config file', () => {
    const load = withConfigFile(`
sla:
  timezone: Asia/Shanghai
  calendar: office
  warnAt: 0.75
  escalation: { raisePriority: false }
  calendars:
    office:
      hours: { mon-fri: "09:00-12:00, 13:00-18:00", sat: 10:00-14:00 }
      holidays: [2026-10-01, 2026-10-02]
    berlin: { timezone: Europe/Berlin, hours: { mon-fri: 08:00-16:00 } }
  policies:
    - name: vip
      match: { tier: vip, channel: [web, wechat] }
      firstResponse: 90s
      calendar: 24x7
    - match: { priority: urgent }
      firstResponse: 5m
      resolution: 4h
      customerUpdate: off
      escalation: { offerReassign: false }
`);
    const { sla } = load();
    expect(sla).toMatchObject({ defaultCalendar: 'office', warnAt: 0.75 });
    expect(sla.escalation.raisePriority).toBe(false);
    const office = sla.calendars.get('office');
    expect(office?.timeZone).toBe('Asia/Shanghai');
    expect(office?.hours[6]).toEqual([{ startMin: 600, endMin: 840 }]);
    expect(office?.hours[1]).toHaveLength(2);
    expect([...(office?.holidays ?? [])]).toEqual(['2026-10-01', '2026-10-02']);
    expect(sla.calendars.get('berlin')?.timeZone).toBe('Europe/Berlin');
    expect(sla.policies.slice(0, 2)).toEqual([
      {
        name: 'vip',
        match: { tier: ['vip'], channel: ['web', 'wechat'] },
        targets: { firstResponse: 90_000 },
        calendar: '24x7',
      },
      {
        name: 'policies[1]',
        match: { priority: ['urgent'] },
        targets: { firstResponse: 300_000, resolution: 14_400_000, customerUpdate: null },
        escalation: { offerReassign: false },
      },
    ]);
    expect(sla.policies.slice(2)).toEqual(BUILT_IN_POLICIES);
  });

  it.each([
    [
      'policies: [{ firstResponse: 5m }, { firstResponse: 5 minutes }]',
      /sla\.policies\[1\]\.firstResponse: "5 minutes" is not a duration like 90s, 10m, 4h/,
    ],
    ['policies: [{ resolution: 0s }]', /sla\.policies\[0\]\.resolution: "0s" must be longer than 0/],
    ['timezone: Mars/Olympus', /sla\.timezone: "Mars\/Olympus" is not an IANA time zone/],
    ['policies: [{ match: { channel: fax } }]', /sla\.policies\[0\]\.match\.channel/],
    ['policies: [{ match: { priority: critical } }]', /sla\.policies\[0\]\.match\.priority/],
    ['policies: [{ calendar: office }]', /sla\.policies\[0\]\.calendar: "office" is not a calendar \(24x7\)/],
    ['policies: [{ fristResponse: 5m }]', /sla\.policies\[0\]: unknown key fristResponse/],
    ['warnAt: 80', /sla\.warnAt: must be a fraction between 0 and 1/],
    [
      'calendars: { office: { hours: { mon-fry: 09:00-18:00 } } }',
      /sla\.calendars\.office\.hours\.mon-fry: "fry" is not a day/,
    ],
    [
      'calendars: { office: { hours: { mon: 9am-6pm } } }',
      /sla\.calendars\.office\.hours\.mon: "9am" is not a time/,
    ],
    [
      'calendars: { office: { hours: { mon: closed } } }',
      /sla\.calendars\.office\.hours: Business calendar "office" has no open hours/,
    ],
    [
      'calendars: { office: { holidays: [2026-10-01, 2026-02-30] } }',
      /sla\.calendars\.office\.holidays\[1\]: must be a date/,
    ],
    ['calendar: office', /sla\.calendar: "office" is not a calendar/],
  ])('names the bad key: %s', (section, message) => {
    const yaml = `sla:\n${section.replace(/^/gm, '  ')}\n`;
    expect(withConfigFile(yaml)).toThrow(message);
    expect(withConfigFile(yaml)).toThrow(expect.objectContaining({ code: 'SB_ERR_CONFIG_INVALID' }));
  });

  it('reports every problem at once', () => {
    expect(() => parseSlaSection({ warnAt: 2, policies: [{ resolution: 'soon' }] })).toThrow(
      /sla\.warnAt: .*; sla\.policies\[0\]\.resolution: "soon"/,
    );
  });

  it('accepts an empty section', () => {
    expect(withConfigFile('sla:\n')().sla).toEqual(defaultSlaConfig());
  });
});
