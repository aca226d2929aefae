/**
 * Publishing on a real store, with two publishers standing for two processes on one database:
 * seeding once, build-then-swap, a failed build leaving the old version serving, racing
 * publishes settled by the database, and followers picking up new versions.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KbPublisher } from '../../knowledge/kb-publisher';
import type { KnowledgeBase } from '../../knowledge/types';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { entry } from './kb-fixtures';

/** What a publisher built: the ids it was built from. */
interface Built {
  ids: string[];
}

function publisherOn(testStore: TestStore, pollIntervalMs = 0, serve = true) {
  const installed: { version: number; live: Built }[] = [];
  const publisher = new KbPublisher<Built>({
    repository: testStore.store.kb,
    build: (kb: KnowledgeBase) =>
      kb.entries.some((e) => e.id === 'poison')
        ? Promise.reject(new Error('cannot train on poison'))
        : Promise.resolve({ ids: kb.entries.map((e) => e.id) }),
    install: (live, version) => installed.push({ version, live }),
    logger: pino({ level: 'silent' }),
    pollIntervalMs,
    serve,
  });
  return { publisher, installed };
}

const seed = (ids: string[]) => () => Promise.resolve({ entries: ids.map((id) => entry(id)) });

for (const kind of STORE_KINDS) {
  describe(`knowledge base publishing on ${kind.name}`, () => {
    let testStore: TestStore;
    const publishers: KbPublisher<Built>[] = [];
    beforeEach(async () => {
      testStore = await kind.make();
    });
    afterEach(async () => {
      for (const publisher of publishers.splice(0)) await publisher.stop();
      await testStore.dispose();
    });

    function start(pollIntervalMs = 0, serve = true) {
      const made = publisherOn(testStore, pollIntervalMs, serve);
      publishers.push(made.publisher);
      return made;
    }

    it('seeds an empty database once; a second process loads what the first published', async () => {
      const a = start();
      await a.publisher.start(seed(['a', 'b']));
      expect(a.installed).toEqual([{ version: 1, live: { ids: ['a', 'b'] } }]);
      const b = start();
      const unusedSeed = vi.fn(seed(['x']));
      await b.publisher.start(unusedSeed);
      expect(unusedSeed).not.toHaveBeenCalled();
      expect(b.installed).toEqual([{ version: 1, live: { ids: ['a', 'b'] } }]);
      expect((await testStore.store.kb.listEntries()).map((d) => d.entry.id)).toEqual(['a', 'b']);
    });

    it('publishes only a complete build; a failed one leaves the old version serving and nothing recorded', async () => {
      const a = start();
      await a.publisher.start(seed(['a']));
      await testStore.store.kb.createEntry(entry('poison'), 'editor', new Date());
      await expect(a.publisher.publish('editor', null)).rejects.toMatchObject({
        code: 'SB_ERR_KB_PUBLISH_FAILED',
        message: expect.stringContaining('version 1 keeps serving') as unknown,
      });
      expect(a.publisher.liveVersion).toBe(1);
      expect(await testStore.store.kb.latestVersion()).toBe(1);
      expect(a.installed).toHaveLength(1);
      await testStore.store.kb.deleteEntry('poison', 1, 'editor', new Date());
      await testStore.store.kb.createEntry(entry('c'), 'editor', new Date());
      const result = await a.publisher.publish('editor', 'with c');
      expect(result.version).toMatchObject({ version: 2, note: 'with c', publishedBy: 'editor' });
      expect(a.installed.at(-1)).toEqual({ version: 2, live: { ids: ['a', 'c'] } });
    });

    it('an editing-only process reads the live version without building it, and builds what it publishes', async () => {
      await start().publisher.start(seed(['a']));
      const cli = start(0, false);
      await cli.publisher.start(seed(['x']));
      expect(cli.installed).toEqual([]);
      expect(cli.publisher.liveVersion).toBe(1);
      expect(cli.publisher.liveModel).toBeUndefined();
      await testStore.store.kb.createEntry(entry('poison'), 'editor', new Date());
      await expect(cli.publisher.publish('cli', null)).rejects.toMatchObject({
        code: 'SB_ERR_KB_PUBLISH_FAILED',
      });
      expect(await testStore.store.kb.latestVersion()).toBe(1);
    });

    it('refuses to publish an empty draft', async () => {
      const a = start();
      await a.publisher.start(seed(['a']));
      await testStore.store.kb.deleteEntry('a', 1, 'editor', new Date());
      await expect(a.publisher.publish('editor', null)).rejects.toMatchObject({
        code: 'SB_ERR_KB_INVALID',
        statusCode: 400,
      });
      expect(await testStore.store.kb.latestVersion()).toBe(1);
    });

    it('settles two processes publishing at once: each version once, a loser told to publish again', async () => {
      const a = start();
      const b = start();
      await a.publisher.start(seed(['a']));
      await b.publisher.start(seed(['a']));
      await testStore.store.kb.createEntry(entry('d'), 'editor', new Date());
      const results = await Promise.allSettled([
        a.publisher.publish('x', null),
        b.publisher.publish('y', null),
      ]);
      // Either one read the other's version first (2 then 3) or both claimed 2 and one lost.
      const published = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.version.version] : []));
      const refused = results.flatMap((r) =>
        r.status === 'rejected' ? [(r.reason as { code: string }).code] : [],
      );
      expect(published.length).toBeGreaterThan(0);
      expect(refused.every((code) => code === 'SB_ERR_KB_STALE')).toBe(true);
      const versions = (await testStore.store.kb.listSnapshots(5)).map((s) => s.version);
      expect(versions).toEqual(published.length === 2 ? [3, 2, 1] : [2, 1]);
      expect([...published].sort()).toEqual(versions.filter((v) => v > 1).sort());
    });

    it('a follower loads a version another process published, and rollbacks too', async () => {
      const a = start();
      const b = start();
      await a.publisher.start(seed(['a']));
      await b.publisher.start(seed(['a']));
      await testStore.store.kb.createEntry(entry('e'), 'editor', new Date());
      await a.publisher.publish('editor', null);
      expect(await b.publisher.reloadIfBehind()).toBe(2);
      expect(b.installed.at(-1)).toEqual({ version: 2, live: { ids: ['a', 'e'] } });
      await a.publisher.rollback(1, 'editor', null);
      expect(await b.publisher.reloadIfBehind()).toBe(3);
      expect(b.installed.at(-1)).toEqual({ version: 3, live: { ids: ['a'] } });
      expect(await b.publisher.reloadIfBehind()).toBe(3);
      expect(b.installed).toHaveLength(3);
    });

    it('polls for new versions on its own', async () => {
      const a = start();
      const b = start(10);
      await a.publisher.start(seed(['a']));
      await b.publisher.start(seed(['a']));
      await testStore.store.kb.createEntry(entry('f'), 'editor', new Date());
      await a.publisher.publish('editor', null);
      await vi.waitFor(() => expect(b.publisher.liveVersion).toBe(2), { timeout: 10_000, interval: 20 });
      expect(b.installed.at(-1)?.live.ids).toEqual(['a', 'f']);
    });

    it('a follower that cannot build a new version keeps serving the old one', async () => {
      const a = start();
      const b = start();
      await a.publisher.start(seed(['a']));
      await b.publisher.start(seed(['a']));
      // Published by a process whose build accepts it, while this one's does not.
      await testStore.store.kb.insertSnapshot(
        {
          entries: [entry('poison')],
          note: null,
          restoredFrom: null,
          publishedBy: 'x',
          publishedAt: new Date(),
        },
        1,
      );
      await expect(b.publisher.reloadIfBehind()).rejects.toMatchObject({ code: 'SB_ERR_KB_PUBLISH_FAILED' });
      expect(b.publisher.liveVersion).toBe(1);
      expect(b.publisher.liveEntries.map((e) => e.id)).toEqual(['a']);
      // Not retried on every poll: the same broken version is skipped until a newer one appears.
      expect(await b.publisher.reloadIfBehind()).toBe(1);
    });
  });
}
