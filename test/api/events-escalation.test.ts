/**
 * Escalation's "notify supervisors" has an effect of its own: on SQLite and PostgreSQL, with a clock
 * moved past two cases' first-response targets, a supervisor's events socket receives the breach
 * of the case whose policy notifies supervisors, and not the breach of the case whose policy says
 * `notifySupervisors: false` — though both breaches are recorded, both warnings are sent, and an
 * agent's socket receives none of them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { EventFrame } from '../../gateway/api/events-feed';
import type { Channel } from '../../gateway/message';
import { issueToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

const CONFIG = `
sla:
  policies:
    - name: quiet
      match: { channel: sms }
      firstResponse: 10m
      escalation: { notifySupervisors: false, raisePriority: false, offerReassign: false }
    - name: loud
      firstResponse: 10m
      escalation: { raisePriority: false, offerReassign: false }
`;

describe.each(['sqlite', 'postgres'] as const)('supervisors notified of breaches on %s', (kind) => {
  let sb: TestSwitchboard;
  let dir: string;
  let offsetMs = 0;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-escalation-'));
    writeFileSync(join(dir, 'switchboard.config.yaml'), CONFIG);
    sb = await startTestSwitchboard(
      kind,
      { kbPollIntervalMs: 0, clock: () => new Date(Date.now() + offsetMs) },
      { SWITCHBOARD_CONFIG: join(dir, 'switchboard.config.yaml') },
    );
    base = (await sb.switchboard.listen()).replace(/^http/, 'ws');
  });
  afterAll(async () => {
    await sb.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const connect = async (roles: ('agent' | 'supervisor')[], frames: EventFrame[]) => {
    const { token } = await issueToken(sb.switchboard.store, { roles, expiresAt: null });
    const socket = new WebSocket(`${base}/api/v1/events`, ['bearer', token]);
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as EventFrame));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return socket;
  };

  async function openCase(channel: Channel, address: string) {
    const { store } = sb.switchboard;
    const cases = sb.switchboard.cases;
    if (!cases) throw new Error('no case service');
    const now = new Date(Date.now() + offsetMs);
    const { customer } = await store.resolveIdentity(channel === 'sms' ? 'phone' : channel, address, now);
    const conversation = await store.currentConversation(customer.id, channel, address, now, 1);
    return cases.openByAgent({ conversationId: conversation.id, agentId: 'sup', priority: 'normal' });
  }

  it("pushes a breach to supervisors only when its policy's escalation notifies them", async () => {
    const cases = sb.switchboard.cases;
    if (!cases) throw new Error('no case service');
    const bossFrames: EventFrame[] = [];
    const agentFrames: EventFrame[] = [];
    const boss = await connect(['supervisor'], bossFrames);
    const agent = await connect(['agent'], agentFrames);
    const quiet = await openCase('sms', '+15550031001');
    const loud = await openCase('web', 'web-session-escalation');

    offsetMs = 11 * 60_000;
    await cases.evaluateSla(quiet.id);
    await cases.evaluateSla(loud.id);
    const sla = (frames: EventFrame[]) =>
      frames
        .filter((f) => f.type.startsWith('sla.'))
        .map(
          (f) => `${f.type} ${(f.data as { case: { id: string } }).case.id === quiet.id ? 'quiet' : 'loud'}`,
        );
    // Frames go out in emit order, so once the loud breach is in, the quiet one would be too.
    await vi.waitFor(() => expect(sla(bossFrames)).toContain('sla.breached loud'));
    expect(sla(bossFrames)).toEqual(['sla.warning quiet', 'sla.warning loud', 'sla.breached loud']);
    expect(sla(agentFrames)).toEqual([]);
    const { store } = sb.switchboard;
    for (const item of [quiet, loud]) {
      expect((await store.cases.slaKeys(item.id)).filter((key) => key.endsWith(':breached'))).toHaveLength(1);
    }
    boss.close();
    agent.close();
  });
});
