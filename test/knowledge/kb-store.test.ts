/** The knowledge base repository on SQLite and PostgreSQL: drafts, revisions, versions, snapshots, the unanswered log. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../gateway/store/types';
import { STORE_KINDS, type TestStore } from '../support/stores';
import { entry } from './kb-fixtures';
import { at, customerOn, inbound } from '../store/fixtures';

for (const kind of STORE_KINDS) {
  describe(`knowledge repository on ${kind.name}`, () => {
    let testStore: TestStore;
    let store: Store;
    beforeEach(async () => {
      testStore = await kind.make();
      store = testStore.store;
    });
    afterEach(async () => {
      await testStore.dispose();
    });

    it('creates, updates and deletes entries with a version per change', async () => {
      const created = await store.kb.createEntry(entry('refund'), 'editor:a', at(1));
      expect(created.revision).toBe(1);
      const updated = await store.kb.updateEntry(entry('refund', 'new answer'), 1, 'editor:b', at(2));
      expect(updated).toMatchObject({ revision: 2, updatedBy: 'editor:b' });
      expect((await store.kb.getEntry('refund'))?.entry.answer.default).toBe('new answer');
      await store.kb.deleteEntry('refund', 2, 'editor:a', at(3));
      expect(await store.kb.getEntry('refund')).toBeNull();
      expect(await store.kb.listEntries()).toEqual([]);
      const versions = await store.kb.entryVersions('refund');
      expect(versions.map((v) => [v.revision, v.action, v.actor])).toEqual([
        [3, 'deleted', 'editor:a'],
        [2, 'updated', 'editor:b'],
        [1, 'created', 'editor:a'],
      ]);
      expect(versions[1]?.entry?.answer.default).toBe('new answer');
      expect(versions[0]?.entry).toBeNull();
    });

    it('revives a deleted id with the next revision', async () => {
      await store.kb.createEntry(entry('hotel'), 'a', at(1));
      await store.kb.deleteEntry('hotel', 1, 'a', at(2));
      const revived = await store.kb.createEntry(entry('hotel', 'back'), 'a', at(3));
      expect(revived.revision).toBe(3);
      expect((await store.kb.entryVersions('hotel')).map((v) => v.action)).toEqual([
        'created',
        'deleted',
        'created',
      ]);
    });

    it('refuses a stale revision, a taken id and a missing entry', async () => {
      await store.kb.createEntry(entry('bags'), 'a', at(1));
      await store.kb.updateEntry(entry('bags', 'first writer'), 1, 'a', at(2));
      await expect(store.kb.updateEntry(entry('bags', 'second writer'), 1, 'b', at(3))).rejects.toMatchObject(
        {
          code: 'SB_ERR_KB_STALE',
          statusCode: 409,
        },
      );
      await expect(store.kb.createEntry(entry('bags'), 'b', at(3))).rejects.toMatchObject({
        code: 'SB_ERR_KB_STALE',
      });
      await expect(store.kb.deleteEntry('nope', 1, 'b', at(3))).rejects.toMatchObject({ statusCode: 404 });
      expect((await store.kb.getEntry('bags'))?.entry.answer.default).toBe('first writer');
    });

    it('lets exactly one of two concurrent editors of one revision win', async () => {
      await store.kb.createEntry(entry('seat'), 'a', at(1));
      const results = await Promise.allSettled([
        store.kb.updateEntry(entry('seat', 'from a'), 1, 'a', at(2)),
        store.kb.updateEntry(entry('seat', 'from b'), 1, 'b', at(2)),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      expect(await store.kb.entryVersions('seat')).toHaveLength(2);
    });

    it('applies a batch of saves and deletes in one transaction', async () => {
      await store.kb.createEntry(entry('a'), 'x', at(1));
      await store.kb.createEntry(entry('b'), 'x', at(1));
      await store.kb.applyChanges(
        [
          { kind: 'save', entry: entry('a', 'changed') },
          { kind: 'save', entry: entry('c') },
          { kind: 'delete', id: 'b' },
        ],
        'imported',
        'importer',
        at(2),
      );
      const listed = await store.kb.listEntries();
      expect(listed.map((d) => [d.entry.id, d.revision, d.entry.answer.default])).toEqual([
        ['a', 2, 'changed'],
        ['c', 1, 'answer of c'],
      ]);
      expect((await store.kb.entryVersions('b')).map((v) => v.action)).toEqual(['deleted', 'created']);
    });

    it('numbers snapshots and refuses a version someone else published', async () => {
      expect(await store.kb.latestVersion()).toBe(0);
      const first = {
        entries: [entry('a')],
        note: 'first',
        restoredFrom: null,
        publishedBy: 'x',
        publishedAt: at(1),
      };
      expect((await store.kb.insertSnapshot(first, 0)).version).toBe(1);
      await expect(store.kb.insertSnapshot(first, 0)).rejects.toMatchObject({ code: 'SB_ERR_KB_STALE' });
      await store.kb.insertSnapshot({ ...first, entries: [], note: null, restoredFrom: 1 }, 1);
      expect(await store.kb.latestVersion()).toBe(2);
      expect(
        (await store.kb.listSnapshots(10)).map((s) => [s.version, s.entryCount, s.restoredFrom]),
      ).toEqual([
        [2, 0, 1],
        [1, 1, null],
      ]);
      const snapshot = await store.kb.getSnapshot(1);
      expect(snapshot?.entries).toEqual([entry('a')]);
      expect(snapshot?.publishedAt).toEqual(at(1));
      expect(await store.kb.getSnapshot(7)).toBeNull();
    });

    it('lists inbound messages the bot fell back or handed off on, newest first', async () => {
      const owner = await customerOn(store, 'sms', '+15550001111');
      const decisions = [
        { kind: 'answer', candidates: [{ label: 'a', score: 0.9 }], entryId: 'a' },
        { kind: 'fallback', candidates: [{ label: 'b', score: 0.1 }], signals: ['suggested b'] },
        // The customer picks the suggestion: the fallback above records it as what they meant.
        { kind: 'answer', candidates: [], entryId: 'b', signals: ['picked-option'] },
        { kind: 'handoff', candidates: [], reason: 'urgent' },
      ];
      for (const [index, decision] of decisions.entries()) {
        const message = inbound(owner, { text: `text ${index}`, createdAt: at(10 + index) });
        await store.insertInbound(message);
        await store.completeTurn({
          inboundId: message.id,
          decision,
          conversationId: owner.conversation.id,
          state: 'bot',
          botState: {},
          replies: [],
          at: at(10 + index),
        });
      }
      const rows = await store.kb.unanswered(at(0), 10);
      expect(rows.map((r) => [r.text, r.kind, r.reason, r.pickedEntryId])).toEqual([
        ['text 3', 'handoff', 'urgent', null],
        ['text 1', 'fallback', null, 'b'],
      ]);
      expect(rows[1]?.candidates).toEqual([{ label: 'b', score: 0.1 }]);
      expect(await store.kb.unanswered(at(12), 10)).toHaveLength(1);
      expect(await store.kb.unanswered(at(0), 1)).toHaveLength(1);
    });
  });
}
