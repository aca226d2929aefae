/**
 * Two real gateway processes (`switchboard start`) on one PostgreSQL database and one Redis (a
 * private key prefix on the shared server), with a 2-second SLA policy for urgent cases. Customers
 * open cases through both processes' web chat; agents on both processes claim every case at once;
 * supervisors listen on both processes' events sockets. Proves: each case is assigned once (one
 * claim wins, the others get 409 SB_ERR_CASE_TAKEN), each SLA warning and breach is recorded once
 * and every supervisor, on either process, hears of each event once (frames are relayed over
 * Redis); one conversation's messages stay in order when the customer writes to the two processes
 * alternately; routing in both processes at once never puts an agent over capacity.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { EventFrame } from '../../gateway/api/events-feed';
import { createPostgresStore } from '../../gateway/store';
import type { Store } from '../../gateway/store/types';
import { createBenchDatabase, type BenchDatabase } from '../bench/postgres-db';
import { issueToken, type IssuedToken } from '../support/auth';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis-prefix';
import { TEST_DATABASE_URL } from '../support/stores';
import { TEST_REDIS_URL } from './redis-support';

/** Urgent cases: first response 2 s, resolution 4 s; nothing else, so each case has 4 SLA events. */
const SLA_CONFIG = `sla:
  policies:
    - match: { priority: urgent }
      firstResponse: 2s
      nextResponse: off
      resolution: 4s
      customerUpdate: off
`;
const SLA_EVENTS_PER_CASE = 4;
const CUSTOMERS = 10;
const ROUTED_CUSTOMERS = 20;
const AGENTS_PER_PROCESS = 3;
const URGENT = "someone stole my card and there are charges I didn't make";

interface QueueItem {
  id: string;
  conversationId: string;
  state: string;
  priority: string;
  assigneeId: string | null;
}

/** A supervisor's events socket on one process, keeping every frame. */
interface Listener {
  socket: WebSocket;
  frames: EventFrame[];
}

async function listen(base: string, token: string): Promise<Listener> {
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/v1/events`, ['bearer', token]);
  const frames: EventFrame[] = [];
  socket.on('message', (data: Buffer) => frames.push(JSON.parse(data.toString()) as EventFrame));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, frames };
}

async function chat(base: string, text: string, sessionId?: string): Promise<string> {
  const response = await fetch(`${base}/webchat/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, ...(sessionId ? { sessionId } : {}) }),
  });
  const body = (await response.json()) as { sessionId?: string };
  if (response.status !== 200 || !body.sessionId) {
    throw new Error(`web chat answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.sessionId;
}

async function api<T>(base: string, who: IssuedToken, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...who.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('two gateway processes on one PostgreSQL and one Redis', () => {
  let database: BenchDatabase | undefined;
  let configDir: string | undefined;
  let store: Store | undefined;
  const prefix = uniqueRedisPrefix('two-process');
  const gateways: GatewayProcess[] = [];
  const listeners: Listener[] = [];
  const agents: { who: IssuedToken; base: string }[] = [];
  let caseIds: string[] = [];

  const both = () => {
    const [a, b] = gateways;
    if (!a || !b) throw new Error('the gateways did not start');
    return [a, b] as const;
  };
  /** The frames of `type` one supervisor received (through their process, relayed or not). */
  const framesOf = (listener: Listener, type: string) => listener.frames.filter((f) => f.type === type);
  const caseOf = (frame: EventFrame) => (frame.data as { case: QueueItem }).case;

  beforeAll(async () => {
    database = await createBenchDatabase(TEST_DATABASE_URL);
    configDir = await mkdtemp(join(tmpdir(), 'sb-two-process-'));
    const configFile = join(configDir, 'switchboard.config.yaml');
    await writeFile(configFile, SLA_CONFIG);
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: prefix,
      SWITCHBOARD_CONFIG: configFile,
      // One site, two processes: both must verify the sessions either one issued.
      SECRET_KEY: 'two-process-test-secret-key-0123456789abcdef',
    };
    // Started together, as a deployment would: both migrate and seed the same database.
    const started = await Promise.allSettled(
      ['a', 'b'].map((label) => startGatewayProcess({ label, env, readyTimeoutMs: 90_000 })),
    );
    for (const result of started) if (result.status === 'fulfilled') gateways.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    store = createPostgresStore({ url: database.url });
    for (const gateway of both()) {
      const boss = await issueToken(store, { roles: ['supervisor'] });
      listeners.push(await listen(gateway.base, boss.token));
      for (let i = 0; i < AGENTS_PER_PROCESS; i++) {
        agents.push({ who: await issueToken(store, { roles: ['agent'] }), base: gateway.base });
      }
    }
  }, 180_000);

  afterAll(async () => {
    for (const { socket } of listeners) socket.terminate();
    await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
    await store?.close().catch(() => undefined);
    await database?.drop();
    await deleteRedisKeys(TEST_REDIS_URL, prefix);
    if (configDir) await rm(configDir, { recursive: true, force: true });
  }, 60_000);

  it('opens cases through both processes and assigns each to exactly one agent', async () => {
    const [a, b] = both();
    const sessions = await Promise.all(
      Array.from({ length: CUSTOMERS }, (_, i) => chat(i % 2 === 0 ? a.base : b.base, URGENT)),
    );
    expect(new Set(sessions).size).toBe(CUSTOMERS);
    const reader = agents[0]?.who;
    if (!reader) throw new Error('no agent');
    const queued = await vi.waitFor(
      async () => {
        const { body } = await api<{ items: QueueItem[] }>(b.base, reader, 'GET', '/handoffs?state=queued');
        if (body.items.length < CUSTOMERS) throw new Error(`${body.items.length} cases queued so far`);
        return body.items;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(queued).toHaveLength(CUSTOMERS);
    expect(queued.every((item) => item.priority === 'urgent')).toBe(true);
    caseIds = queued.map((item) => item.id);

    // Every agent, half on each process, claims every case at the same moment.
    const attempts = await Promise.all(
      caseIds.flatMap((id) =>
        agents.map(async ({ who, base }) => {
          const result = await api<{ case?: QueueItem; error?: { code: string } }>(
            base,
            who,
            'POST',
            `/handoffs/${id}/claim`,
          );
          return { id, agentId: who.accountId, ...result };
        }),
      ),
    );
    for (const id of caseIds) {
      const forCase = attempts.filter((attempt) => attempt.id === id);
      const won = forCase.filter((attempt) => attempt.status === 200);
      const lost = forCase.filter((attempt) => attempt.status !== 200);
      expect(won).toHaveLength(1);
      expect(lost.map((attempt) => [attempt.status, attempt.body.error?.code])).toEqual(
        Array.from({ length: agents.length - 1 }, () => [409, 'SB_ERR_CASE_TAKEN']),
      );
      const stored = await store?.cases.get(id);
      expect(stored?.state).toBe('assigned');
      expect(stored?.assigneeId).toBe(won[0]?.agentId);
    }
    // Each supervisor, on either process, heard of every case opened and assigned once.
    for (const listener of listeners) {
      await vi.waitFor(() => expect(framesOf(listener, 'handoff.assigned')).toHaveLength(CUSTOMERS), {
        timeout: 5000,
      });
      const assigned = framesOf(listener, 'handoff.assigned').map((f) => caseOf(f).id);
      expect(assigned.sort()).toEqual([...caseIds].sort());
      const opened = framesOf(listener, 'handoff.opened').filter((f) => caseIds.includes(caseOf(f).id));
      expect(opened.map((f) => caseOf(f).id).sort()).toEqual([...caseIds].sort());
      expect(opened.every((f) => (f.data as { context: unknown }).context !== null)).toBe(true);
    }
  });

  it('records and announces every SLA warning and breach once across the two processes', async () => {
    expect(caseIds).toHaveLength(CUSTOMERS);
    const activeStore = store;
    if (!activeStore) throw new Error('no store');
    await vi.waitFor(
      async () => {
        for (const id of caseIds) {
          const keys = await activeStore.cases.slaKeys(id);
          if (keys.length < SLA_EVENTS_PER_CASE) throw new Error(`case ${id} has ${keys.length} SLA events`);
        }
      },
      { timeout: 20_000, interval: 200 },
    );
    // Every timer is due by now; give a second firing (if there were one) time to be announced.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const id of caseIds) expect(await activeStore.cases.slaKeys(id)).toHaveLength(SLA_EVENTS_PER_CASE);
    const expected = caseIds.flatMap((id) =>
      ['sla.warning', 'sla.breached'].flatMap((type) =>
        ['firstResponse', 'resolution'].map((target) => `${id} ${type} ${target}`),
      ),
    );
    for (const listener of listeners) {
      const announced = [...framesOf(listener, 'sla.warning'), ...framesOf(listener, 'sla.breached')]
        .map((frame) => frame.data as { case: { id: string }; event: { type: string; target: string } })
        .filter((data) => caseIds.includes(data.case.id))
        .map((data) => `${data.case.id} ${data.event.type} ${data.event.target}`);
      expect(announced.sort()).toEqual([...expected].sort());
    }
  });

  it("keeps one conversation's messages in order when they go to the two processes alternately", async () => {
    const [a, b] = both();
    const sessionId = await chat(a.base, URGENT);
    const texts = Array.from({ length: 12 }, (_, i) => `update number ${i + 1} about my card`);
    for (const [i, text] of texts.entries()) await chat(i % 2 === 0 ? b.base : a.base, text, sessionId);

    for (const gateway of [a, b]) {
      const response = await fetch(
        `${gateway.base}/webchat/messages?sessionId=${encodeURIComponent(sessionId)}`,
      );
      const { messages } = (await response.json()) as { messages: { direction: string; text: string }[] };
      const inbound = messages.filter((m) => m.direction === 'in').map((m) => m.text);
      expect(inbound).toEqual([URGENT, ...texts]);
    }
    const reader = agents[0]?.who;
    if (!reader) throw new Error('no agent');
    const opened = await vi.waitFor(
      () => {
        const frame = listeners
          .flatMap((listener) => framesOf(listener, 'handoff.opened'))
          .map((f) => f.data as { case: QueueItem; context: { transcript: { text: string }[] } | null })
          .find(
            (data) =>
              data.context?.transcript.some((m) => m.text === URGENT) && !caseIds.includes(data.case.id),
          );
        if (!frame) throw new Error('no handoff.opened for the conversation yet');
        return frame.case;
      },
      { timeout: 5000 },
    );
    for (const gateway of [a, b]) {
      const { status, body } = await api<{ transcript: { direction: string; text: string }[] }>(
        gateway.base,
        reader,
        'GET',
        `/handoffs/${opened.id}`,
      );
      expect(status).toBe(200);
      const inbound = body.transcript.filter((m) => m.direction === 'in').map((m) => m.text);
      expect(inbound).toEqual([URGENT, ...texts]);
    }
    // Each supervisor heard of every message once, whichever process took it.
    for (const listener of listeners) {
      await vi.waitFor(
        () => {
          const created = framesOf(listener, 'message.created')
            .map((f) => f.data as { case: { id: string }; message: { text: string } })
            .filter((data) => data.case.id === opened.id)
            .map((data) => data.message.text);
          expect(created.sort()).toEqual([...texts].sort());
        },
        { timeout: 5000 },
      );
    }
  });
  it('routes cases opened on both processes to online agents without going over capacity', async () => {
    const [a, b] = both();
    const activeStore = store;
    if (!activeStore) throw new Error('no store');
    // Two agents come online through each process (default capacity: 3 cases each).
    const online: IssuedToken[] = [];
    for (const gateway of [a, b, a, b]) {
      const who = await issueToken(activeStore, { roles: ['agent'] });
      const { status } = await api(gateway.base, who, 'PUT', '/agents/me/status', { status: 'online' });
      expect(status).toBe(200);
      online.push(who);
    }
    const queuedBefore = (await activeStore.cases.listQueued(500)).length;
    await Promise.all(
      Array.from({ length: ROUTED_CUSTOMERS }, (_, i) => chat(i % 2 === 0 ? a.base : b.base, URGENT)),
    );
    const slots = online.length * 3;
    const loads = async () =>
      Promise.all(online.map((who) => activeStore.cases.countAssigned(who.accountId)));
    await vi.waitFor(
      async () => {
        const total = (await loads()).reduce((sum, n) => sum + n, 0);
        if (total < Math.min(slots, queuedBefore + ROUTED_CUSTOMERS)) throw new Error(`${total} routed`);
      },
      { timeout: 15_000, interval: 200 },
    );
    // Let any routing pass still running in either process finish before judging.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await loads()).toEqual(online.map(() => 3));
    for (const listener of listeners) {
      const routed = framesOf(listener, 'handoff.assigned')
        .map(caseOf)
        .filter((item) => online.some((who) => who.accountId === item.assigneeId));
      expect(routed).toHaveLength(slots);
      expect(new Set(routed.map((item) => item.id)).size).toBe(slots);
    }
  });
});
