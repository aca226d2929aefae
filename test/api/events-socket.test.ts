/**
 * The events socket refuses the upgrade without a live token of the agent role (401/403, never a
 * token in the URL), only supervisors receive SLA warnings, and a connection ends once its token is
 * revoked (logout) or expires.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { EventFrame } from '../../gateway/api/events-feed';
import type { Case } from '../../gateway/store/case-types';
import { TOKEN_ENDED } from '../../gateway/api/events-connection';
import { issueToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

describe('GET /api/v1/events', () => {
  let sb: TestSwitchboard;
  let url: string;

  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0 });
    url = `${(await sb.switchboard.listen()).replace(/^http/, 'ws')}/api/v1/events`;
  });
  afterAll(async () => {
    await sb.dispose();
  });

  /** The HTTP status the upgrade is refused with. */
  const refusal = (socket: WebSocket) =>
    new Promise<number>((resolve, reject) => {
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.once('open', () => reject(new Error('the upgrade was accepted')));
    });
  const opened = async (socket: WebSocket, frames: EventFrame[]) => {
    socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as EventFrame));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
  };

  it('refuses missing, expired and wrong-role tokens', async () => {
    const store = sb.switchboard.store;
    expect(await refusal(new WebSocket(url))).toBe(401);
    const expired = await issueToken(store, { roles: ['agent'], expiresAt: new Date(Date.now() - 1000) });
    expect(await refusal(new WebSocket(url, { headers: expired.headers }))).toBe(401);
    const editor = await issueToken(store, { roles: ['editor'] });
    expect(await refusal(new WebSocket(url, ['bearer', editor.token]))).toBe(403);
    expect(await refusal(new WebSocket(`${url}?access_token=${editor.token}`))).toBe(401);
  });

  it('sends SLA warnings to supervisors only', async () => {
    const store = sb.switchboard.store;
    const agentFrames: EventFrame[] = [];
    const bossFrames: EventFrame[] = [];
    const agent = new WebSocket(url, { headers: (await issueToken(store, { roles: ['agent'] })).headers });
    const boss = new WebSocket(url, ['bearer', (await issueToken(store, { roles: ['supervisor'] })).token]);
    await Promise.all([opened(agent, agentFrames), opened(boss, bossFrames)]);
    const events = sb.switchboard.cases?.events;
    if (!events) throw new Error('no case service');
    const item = { id: 'case-x' } as Case;
    const event = { key: 'k', type: 'sla.warning', target: 'firstResponse' } as never;
    events.emit('sla.warning', { case: item, event });
    events.emit('handoff.assigned', { case: item });
    await vi.waitFor(() => expect(agentFrames.map((f) => f.type)).toEqual(['handoff.assigned']));
    await vi.waitFor(() =>
      expect(bossFrames.map((f) => f.type)).toEqual(['sla.warning', 'handoff.assigned']),
    );
    agent.close();
    boss.close();
  });
});

describe('GET /api/v1/events after sign-in', () => {
  let sb: TestSwitchboard;
  let url: string;

  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0, eventSocket: { authRecheckMs: 50 } });
    url = `${(await sb.switchboard.listen()).replace(/^http/, 'ws')}/api/v1/events`;
  });
  afterAll(async () => {
    await sb.dispose();
  });

  /** Opens a socket with `token`; resolves with the close code and reason once it closes. */
  async function closedWith(token: string, end: () => Promise<void>) {
    const socket = new WebSocket(url, ['bearer', token]);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    await end();
    return closed;
  }

  it('closes a connection whose token was revoked by logout', async () => {
    const agent = await issueToken(sb.switchboard.store, { roles: ['agent'], kind: 'session' });
    const logout = async () => {
      const response = await sb.switchboard.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: agent.headers,
      });
      expect(response.statusCode).toBeLessThan(300);
    };
    expect(await closedWith(agent.token, logout)).toEqual(TOKEN_ENDED);
  });

  it('closes a connection whose token expired, and keeps a live one open', async () => {
    const store = sb.switchboard.store;
    const live = await issueToken(store, { roles: ['agent'] });
    const liveSocket = new WebSocket(url, ['bearer', live.token]);
    await new Promise((resolve) => liveSocket.once('open', resolve));
    const expiring = await issueToken(store, { roles: ['agent'], expiresAt: new Date(Date.now() + 500) });
    expect(await closedWith(expiring.token, () => Promise.resolve())).toEqual(TOKEN_ENDED);
    expect(liveSocket.readyState).toBe(WebSocket.OPEN);
    liveSocket.close();
  });
});
