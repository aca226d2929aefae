/**
 * Publishing a changed knowledge base while 30 web chat sessions ask questions non-stop, over real
 * HTTP on a listening Switchboard: no turn is dropped, every answer comes from one complete
 * published version, answers switch to the new version once publish returns, and never go back.
 * Training takes long enough for many turns to run while the next version is being built — the
 * TF-IDF matcher waits before it trains, the intent matcher really trains (in a worker thread) —
 * so a bot swapped in before its training finished would answer them with a fallback, which the
 * test would see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TfidfMatcher } from '../../knowledge/tfidf-matcher';
import type { LabelledText, MatchCandidate, Matcher } from '../../knowledge/types';
import { WorkerTrainedMatcher } from '../../knowledge/worker-training';
import { issueToken, type IssuedToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

const SESSIONS = 30;
const TRAIN_DELAY_MS = 250;
const ENTRY = 'en-flight-refund';
const QUESTION = 'How do I get a refund for my flight?';

/** The demo's TF-IDF matcher with a pause before training, standing for a slow model. */
class SlowTrainingMatcher implements Matcher {
  readonly #inner = new TfidfMatcher();

  async train(rows: readonly LabelledText[]): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, TRAIN_DELAY_MS));
    await this.#inner.train(rows);
  }

  match(text: string, locale?: string, limit?: number): MatchCandidate[] {
    return this.#inner.match(text, locale, limit);
  }
}

interface Turn {
  status: number;
  version: number;
  sentAt: number;
  doneAt: number;
}

interface ChatReply {
  sessionId: string;
  replies: { text: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SETUPS = [
  {
    name: 'a slow TF-IDF training on SQLite',
    kind: 'sqlite',
    createMatcher: () => new SlowTrainingMatcher(),
  },
  {
    name: 'the intent matcher trained in a worker thread on PostgreSQL',
    kind: 'postgres',
    createMatcher: () => new WorkerTrainedMatcher(),
  },
] as const;

describe.each(SETUPS)('publishing under web chat load, $name', ({ kind, createMatcher }) => {
  let sb: TestSwitchboard;
  let editor: IssuedToken;
  let base: string;
  const answers = new Map<string, number>();
  const publishStarted: number[] = [];
  const publishDone: number[] = [];
  let stopped = false;

  beforeAll(async () => {
    sb = await startTestSwitchboard(kind, { kbPollIntervalMs: 0, createMatcher });
    base = await sb.switchboard.listen();
    editor = await issueToken(sb.switchboard.store, { roles: ['editor'] });
    const original = sb.switchboard.knowledge.entries.find((entry) => entry.id === ENTRY);
    answers.set(original?.answer.default ?? '?', 1);
  });
  afterAll(async () => {
    await sb.dispose();
  });

  async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}/api/v1/kb${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...editor.headers, ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      json: (await response.json()) as Record<string, unknown>,
    };
  }

  /** Edits the entry's answer in the draft and publishes it as `version`. */
  async function publishVersion(version: number): Promise<void> {
    const text = `Refunds, policy version ${version}: open My Trips and tap "Request refund".`;
    answers.set(text, version);
    const current = await api('GET', `/entries/${ENTRY}`);
    const edited = { ...current.json, answer: { default: text } };
    expect((await api('PUT', `/entries/${ENTRY}`, edited, { 'if-match': current.etag })).status).toBe(200);
    publishStarted[version] = performance.now();
    const published = await api('POST', '/publish', { note: `v${version}` });
    publishDone[version] = performance.now();
    expect(published.status).toBe(200);
    expect(published.json).toMatchObject({ changed: true, version: { version } });
  }

  async function chatSession(): Promise<Turn[]> {
    const turns: Turn[] = [];
    let sessionId: string | undefined;
    while (!stopped) {
      const sentAt = performance.now();
      try {
        const response = await fetch(`${base}/webchat/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...(sessionId ? { sessionId } : {}), text: QUESTION }),
        });
        const body = (await response.json()) as Partial<ChatReply>;
        sessionId = body.sessionId ?? sessionId;
        const version = answers.get(body.replies?.[0]?.text ?? '') ?? -1;
        turns.push({ status: response.status, version, sentAt, doneAt: performance.now() });
      } catch {
        turns.push({ status: 0, version: -1, sentAt, doneAt: performance.now() });
      }
    }
    return turns;
  }

  it('drops no turn and answers every turn from one complete published version', async () => {
    const sessions = Array.from({ length: SESSIONS }, () => chatSession());
    try {
      await sleep(300);
      await publishVersion(2);
      await sleep(300);
      await publishVersion(3);
      await sleep(300);
    } finally {
      stopped = true;
    }
    const perSession = await Promise.all(sessions);
    const turns = perSession.flat();

    expect(turns.filter((turn) => turn.status !== 200)).toEqual([]);
    expect(turns.filter((turn) => turn.version === -1)).toEqual([]);
    for (const version of [1, 2, 3]) expect(turns.some((turn) => turn.version === version)).toBe(true);
    for (const version of [2, 3]) {
      const started = publishStarted[version] ?? 0;
      const done = publishDone[version] ?? 0;
      // Turns ran while the version was being trained, all on the complete previous version…
      const duringBuild = turns.filter((turn) => turn.sentAt >= started && turn.doneAt <= done);
      expect(duringBuild.length).toBeGreaterThan(0);
      expect(duringBuild.every((turn) => turn.version < version)).toBe(true);
      // …and every turn sent after publish answered is answered by it or a newer one.
      expect(turns.filter((turn) => turn.sentAt > done && turn.version < version)).toEqual([]);
    }
    for (const session of perSession) {
      const versions = session.map((turn) => turn.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    }
    expect(await sb.switchboard.store.unprocessedInbound(10)).toEqual([]);
  });
});
