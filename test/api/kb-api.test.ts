/** The editor API under /api/v1/kb on a whole Switchboard (real store, demo knowledge base seeded as version 1). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type IssuedToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

interface Issue {
  path?: string;
  line?: number;
  message: string;
}
interface Body {
  error: { code: string; message: string; issues: Issue[] };
  entries: { status: string }[];
  versions: { version: number; revision: number; action: string; publishedBy: string }[];
  entryId: string | null;
  kind: string;
  reason: string;
  sessionId: string;
  replies: { text: string; options?: { label: string; value: string }[] }[];
  messages: number;
  clusters: { representative: string; count: number; outcomes: Record<string, number> }[];
  pairs: { entries: string[]; rate: number }[];
  heldOut: number;
  accuracy: number;
  candidates: { entryId: string; score: number; answerConfidence?: number; question: string | null }[];
}

const PETS = {
  id: 'en-pets-on-board',
  locale: 'en',
  questions: [
    'Can I bring my cat on the plane?',
    'Are pets allowed in the cabin?',
    'How do I fly with my dog?',
  ],
  answer: {
    default: 'Small cats and dogs fly in the cabin in a soft carrier under 8 kg.',
    sms: 'Pets: cabin up to 8 kg.',
  },
  tags: ['pets'],
};

for (const kind of ['sqlite', 'postgres'] as const) {
  describe(`knowledge base API on ${kind}`, () => {
    let sb: TestSwitchboard;
    let editor: IssuedToken;
    const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = {}) =>
      sb.switchboard.app.inject({
        method,
        url: `/api/v1/kb${url}`,
        headers: { ...editor.headers, ...headers },
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });

    beforeAll(async () => {
      sb = await startTestSwitchboard(kind, { kbPollIntervalMs: 0 });
      editor = await issueToken(sb.switchboard.store, { roles: ['editor'] });
    });
    afterAll(async () => {
      await sb.dispose();
    });

    it('seeds the demo knowledge base as published version 1', async () => {
      const status = (await api('GET', '/')).json<Body>();
      expect(status).toMatchObject({
        liveVersion: 1,
        latestVersion: 1,
        draft: { new: 0, changed: 0, removed: 0 },
      });
      const listed = (await api('GET', '/entries')).json<Body>();
      expect(listed.entries.length).toBeGreaterThan(60);
      expect(listed.entries.every((entry: { status: string }) => entry.status === 'published')).toBe(true);
      const versions = (await api('GET', '/versions')).json<Body>();
      expect(versions.versions).toEqual([expect.objectContaining({ version: 1, publishedBy: 'system' })]);
      const metrics = (await sb.switchboard.app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toMatch(/^switchboard_kb_live_version 1$/m);
      expect(metrics).toMatch(new RegExp(`^switchboard_kb_live_entries ${listed.entries.length}$`, 'm'));
    });

    it('creates an entry as a draft that the live bot does not answer until it is published', async () => {
      const created = await api('POST', '/entries', PETS);
      expect(created.statusCode).toBe(201);
      expect(created.headers.etag).toBe('"1"');
      expect(created.json<Body>()).toMatchObject({
        id: PETS.id,
        revision: 1,
        status: 'new',
        updatedBy: editor.accountId,
      });

      const live = (
        await api('GET', `/try?q=${encodeURIComponent('can my cat fly with me in the cabin')}`)
      ).json<Body>();
      expect(live.entryId).not.toBe(PETS.id);
      const draft = (
        await api('GET', `/try?target=draft&q=${encodeURIComponent('can my cat fly with me in the cabin')}`)
      ).json<Body>();
      expect(draft).toMatchObject({ version: 'draft', kind: 'answer', entryId: PETS.id });
      expect(draft.candidates[0]).toMatchObject({ entryId: PETS.id, question: PETS.questions[0] });
      expect(draft.candidates[0]?.score).toBeGreaterThan(0);
      // The matcher's judgement that the first candidate is what was asked, on it alone.
      expect(draft.candidates[0]?.answerConfidence).toBeGreaterThan(0.5);
      expect(draft.candidates[0]?.answerConfidence).toBeLessThanOrEqual(1);
      expect(draft.candidates[1]).not.toHaveProperty('answerConfidence');
      expect(draft.reason).toMatch(
        /^answered with entry "en-pets-on-board" \(score 0\.\d{3}, answer confidence 0\.\d{3}\)$/,
      );

      const draftCount = (await api('GET', '/entries')).json<Body>().entries.length;
      const published = await api('POST', '/publish', { note: 'pets' });
      expect(published.statusCode).toBe(200);
      const found = (
        await api('GET', `/entries?status=published&q=${encodeURIComponent('SOFT CARRIER')}`)
      ).json<Body>();
      expect(found.entries).toEqual([expect.objectContaining({ id: PETS.id }) as unknown]);
      expect((await api('GET', '/entries?tag=pets&locale=zh-CN')).json<Body>().entries).toEqual([]);
      expect((await api('GET', '/entries?status=gone')).statusCode).toBe(400);
      expect(published.json<Body>()).toMatchObject({
        changed: true,
        version: { version: 2, note: 'pets', entryCount: draftCount },
      });
      const after = (
        await api('GET', `/try?channel=sms&q=${encodeURIComponent('can my cat fly with me in the cabin')}`)
      ).json<Body>();
      expect(after).toMatchObject({
        version: 2,
        kind: 'answer',
        entryId: PETS.id,
        replies: [{ text: PETS.answer.sms }],
      });
      expect((await api('POST', '/publish', {})).json<Body>()).toMatchObject({
        changed: false,
        version: { version: 2 },
      });
    });

    it('refuses an edit on a stale revision and one without a revision', async () => {
      const edit = { ...PETS, answer: 'Cats and dogs up to 8 kg travel in the cabin.' };
      const ok = await api('PUT', `/entries/${PETS.id}`, edit, { 'if-match': '"1"' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<Body>()).toMatchObject({ revision: 2, status: 'changed' });
      const stale = await api(
        'PUT',
        `/entries/${PETS.id}`,
        { ...edit, answer: 'lost update' },
        { 'if-match': '"1"' },
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.json<Body>().error.code).toBe('SB_ERR_KB_STALE');
      expect((await api('PUT', `/entries/${PETS.id}`, edit)).statusCode).toBe(428);
      const history = (await api('GET', `/entries/${PETS.id}/versions`)).json<Body>();
      expect(
        history.versions.map((v: { revision: number; action: string }) => [v.revision, v.action]),
      ).toEqual([
        [2, 'updated'],
        [1, 'created'],
      ]);
    });

    it('validates entries with the knowledge file rules, naming the field', async () => {
      const bad = await api('POST', '/entries', { id: 'Bad Id', locale: 'en', questions: [], answer: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<Body>().error.code).toBe('SB_ERR_KB_INVALID');
      expect(bad.json<Body>().error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'id' }),
          expect.objectContaining({ path: 'questions' }),
        ]),
      );
      const clash = await api('POST', '/entries', {
        ...PETS,
        id: 'en-pets-copy',
        questions: ['are pets allowed in the cabin'],
      });
      expect(clash.statusCode).toBe(400);
      expect(clash.json<Body>().error.issues[0]).toMatchObject({
        path: 'questions[0]',
        message: expect.stringContaining(PETS.id) as unknown,
      });
    });

    it('deletes an entry on its current revision only; the next publish removes it', async () => {
      const created = await api('POST', '/entries', {
        ...PETS,
        id: 'en-temporary',
        questions: ['a temporary question'],
      });
      expect(created.statusCode).toBe(201);
      expect(
        (await api('DELETE', '/entries/en-temporary', undefined, { 'if-match': '"7"' })).statusCode,
      ).toBe(409);
      expect((await api('DELETE', '/entries/en-temporary?revision=1')).statusCode).toBe(204);
      expect((await api('GET', '/entries/en-temporary')).statusCode).toBe(404);
      expect((await api('DELETE', '/entries/en-temporary?revision=2')).statusCode).toBe(404);
      const listed = (await api('GET', '/entries')).json<Body & { removed: string[] }>();
      expect(listed.removed).toEqual([]);
    });

    it('rolls back to an older version and resets the draft to it', async () => {
      const rolled = await api('POST', '/rollback', { version: 1 });
      expect(rolled.statusCode).toBe(200);
      expect(rolled.json<Body>()).toMatchObject({
        version: { version: 3, restoredFrom: 1 },
        draftReset: true,
      });
      const after = (
        await api('GET', `/try?q=${encodeURIComponent('can my cat fly with me in the cabin')}`)
      ).json<Body>();
      expect(after.entryId).not.toBe(PETS.id);
      expect((await api('GET', `/entries/${PETS.id}`)).statusCode).toBe(404);
      const history = (await api('GET', `/entries/${PETS.id}/versions`)).json<Body>();
      expect(history.versions[0]).toMatchObject({ action: 'deleted', revision: 3 });
      expect((await api('POST', '/rollback', { version: 99 })).statusCode).toBe(404);
    });

    it('imports YAML (line-precise errors, merge) and exports what it imported', async () => {
      const broken = await sb.switchboard.app.inject({
        method: 'POST',
        url: '/api/v1/kb/import',
        headers: { ...editor.headers, 'content-type': 'application/yaml' },
        payload:
          'locale: en\nentries:\n  - id: ok-entry\n    questions: [a question]\n    answer: yes\n  - id: broken\n    questions: []\n    answer: x\n',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json<Body>().error.issues).toEqual([
        expect.objectContaining({ line: 7, message: expect.stringContaining('questions') as unknown }),
      ]);

      const yaml =
        'locale: en\nentries:\n  - id: en-lost-umbrella\n    questions: [I left my umbrella on the bus, where is lost property]\n    answer: Ask the lost property desk.\n';
      const imported = await sb.switchboard.app.inject({
        method: 'POST',
        url: '/api/v1/kb/import?mode=merge&publish=true',
        headers: { ...editor.headers, 'content-type': 'application/yaml' },
        payload: yaml,
      });
      expect(imported.statusCode).toBe(200);
      expect(imported.json<Body>()).toMatchObject({
        created: ['en-lost-umbrella'],
        deleted: [],
        published: { version: { version: 4 } },
      });

      const exported = await api('GET', '/export');
      expect(exported.headers['content-type']).toContain('application/yaml');
      expect(exported.body).toContain('id: en-lost-umbrella');
      const again = await sb.switchboard.app.inject({
        method: 'POST',
        url: '/api/v1/kb/import?mode=replace',
        headers: { ...editor.headers, 'content-type': 'application/yaml' },
        payload: exported.body,
      });
      expect(again.json<Body>()).toMatchObject({ created: [], updated: [], deleted: [] });
      expect((await api('GET', '/export?version=1')).body).not.toContain('en-lost-umbrella');
    });

    it('logs what customers asked that the bot could not answer, grouped by similarity', async () => {
      const chat = (payload: Record<string, unknown>) =>
        sb.switchboard.app.inject({ method: 'POST', url: '/webchat/messages', payload });
      const first = (await chat({ text: 'zxqv blorf wibble' })).json<Body>();
      await chat({ sessionId: first.sessionId, text: 'ZXQV blorf wibble?' });
      const report = (await api('GET', '/unanswered')).json<Body>();
      expect(report.clusters).toContainEqual(
        expect.objectContaining({
          representative: expect.stringMatching(/^zxqv blorf wibble\??$/i) as unknown,
          count: 2,
          outcomes: { fallback: 1, 'handoff:repeated-fallback': 1 },
          now: { kind: 'fallback', entryId: null },
        }) as unknown,
      );
      const future = new Date(Date.now() + 60_000).toISOString();
      expect(
        (await api('GET', `/unanswered?since=${encodeURIComponent(future)}`)).json<Body>().messages,
      ).toBe(0);
      expect((await api('GET', '/unanswered?since=yesterday')).statusCode).toBe(400);
    });

    it('records which suggestion a customer picked after a fallback, with what they had written', async () => {
      const chat = (payload: Record<string, unknown>) =>
        sb.switchboard.app.inject({ method: 'POST', url: '/webchat/messages', payload });
      // The first of these the bot falls back on with suggestions (which one depends on the model).
      const texts = ['can I bring my dog', "what's the weather like", 'do you sell umbrellas'];
      let missed: { text: string; body: Body } | undefined;
      for (const text of texts) {
        const body = (await chat({ text })).json<Body>();
        if ((body.replies[0]?.options?.length ?? 0) > 0) {
          missed = { text, body };
          break;
        }
      }
      expect(missed, 'no fallback with suggestions').toBeDefined();
      const tried = (await api('GET', `/try?q=${encodeURIComponent(missed?.text ?? '')}`)).json<Body>();
      expect(tried.kind).toBe('fallback');
      expect(tried.reason).toMatch(/suggests \d (entry|entries)$/);
      const suggestion = missed?.body.replies[0]?.options?.[0];
      const picked = (
        await chat({ sessionId: missed?.body.sessionId, text: suggestion?.label })
      ).json<Body>();
      expect(picked.replies[0]?.options).toBeUndefined();
      const report = (await api('GET', '/unanswered')).json<Body>();
      expect(report.clusters).toContainEqual(
        expect.objectContaining({
          representative: missed?.text,
          picked: [{ entryId: suggestion?.value, count: 1, texts: [missed?.text] }],
        }) as unknown,
      );
    });

    it('reports the entries the matcher confuses, by cross-validation over their questions', async () => {
      const report = await api('GET', '/conflicts?target=published&minRate=0.2');
      expect(report.statusCode).toBe(200);
      const body = report.json<Body>();
      expect(body.heldOut).toBeGreaterThan(100);
      expect(body.accuracy).toBeGreaterThan(0);
      expect(body.accuracy).toBeLessThanOrEqual(1);
      expect(body.pairs.every((pair) => pair.rate >= 0.2 && pair.entries.length === 2)).toBe(true);
    });
  });
}
