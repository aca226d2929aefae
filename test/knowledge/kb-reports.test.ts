/** The editor reports: conflicts by cross-validation, and the unanswered-questions log clustered. */
import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../knowledge/kb-conflicts';
import type { UnansweredMessage } from '../../knowledge/kb-repository';
import { TfidfMatcher } from '../../knowledge/tfidf-matcher';
import type { KnowledgeEntry, LabelledText, Matcher } from '../../knowledge/types';
import { clusterUnanswered } from '../../knowledge/unanswered-clusters';

function entry(id: string, questions: string[]): KnowledgeEntry {
  return { id, questions, answer: { default: id }, tags: [], locale: 'en' };
}

const KB = [
  // Two entries editors wrote about the same thing: the matcher cannot tell them apart.
  entry('baggage-allowance', [
    'how much baggage can I take',
    'what is the baggage allowance',
    'how many bags are allowed',
    'luggage allowance for my flight',
  ]),
  entry('luggage-limits', [
    'how much luggage can I take',
    'what is the luggage allowance',
    'how many suitcases are allowed',
    'baggage limits for my flight',
  ]),
  entry('hotel-breakfast', [
    'is breakfast included at the hotel',
    'does my room come with breakfast',
    'hotel breakfast times',
  ]),
  entry('single', ['a question asked only one way']),
];

describe('conflict report', () => {
  it('pairs the entries the matcher confuses and leaves distinct ones out', async () => {
    const report = await findConflicts(KB, () => new TfidfMatcher());
    // Single-question entries are trained on, never held out.
    expect(report.heldOut).toBe(11);
    const pair = report.pairs[0];
    expect(pair?.entries).toEqual(['baggage-allowance', 'luggage-limits']);
    expect(pair?.heldOut).toBe(8);
    expect(pair?.confusions).toBeGreaterThan(0);
    expect(pair?.rate).toBeCloseTo((pair?.confusions ?? 0) / 8);
    expect(pair?.examples[0]).toMatchObject({
      question: expect.any(String) as unknown,
      score: expect.any(Number) as unknown,
    });
    expect(report.pairs.flatMap((p) => p.entries)).not.toContain('hotel-breakfast');
    expect(report.accuracy).toBeCloseTo(1 - report.pairs.reduce((n, p) => n + p.confusions, 0) / 11);
  });

  it('trains a matcher that weighs rows on answers and tags too, never holding those out', async () => {
    const trained: LabelledText[][] = [];
    const recording = (): Matcher => ({
      weighsRows: true,
      train: (rows) => {
        trained.push([...rows]);
        return Promise.resolve();
      },
      match: () => [],
    });
    await findConflicts(KB, recording, { folds: 2 });
    expect(trained).toHaveLength(2);
    for (const rows of trained) {
      expect(rows.filter((row) => row.weight !== undefined).map((row) => row.label)).toContain(
        'hotel-breakfast',
      );
      expect(rows.filter((row) => row.weight === undefined).length).toBeLessThan(12);
    }
  });

  it('filters pairs below a rate and is the same on every run', async () => {
    const all = await findConflicts(KB, () => new TfidfMatcher());
    const strict = await findConflicts(KB, () => new TfidfMatcher(), { minRate: 0.5 });
    expect(strict.pairs).toEqual(all.pairs.filter((pair) => pair.rate >= 0.5));
    expect(strict.pairs.length).toBeLessThan(all.pairs.length + 1);
    const a = await findConflicts(KB, () => new TfidfMatcher());
    const b = await findConflicts(KB, () => new TfidfMatcher());
    expect(a).toEqual(b);
  });
});

let next = 0;
function asked(
  text: string,
  minutes: number,
  kind = 'fallback',
  reason: string | null = null,
  pickedEntryId: string | null = null,
): UnansweredMessage {
  next += 1;
  return {
    messageId: `msg_${next}`,
    text,
    channel: 'web',
    locale: null,
    kind,
    reason,
    candidates: [{ label: 'baggage-allowance', score: 0.1 }],
    pickedEntryId,
    at: new Date(Date.UTC(2026, 0, 1, 9, minutes)),
  };
}

describe('unanswered questions clustered', () => {
  const messages = [
    asked('can I bring my cat on the train', 9),
    asked('Can I bring my cat on the train?', 8),
    asked('can my dog come on the train with me', 7, 'handoff', 'repeated-fallback'),
    asked('宠物可以上火车吗', 6, 'fallback', null, 'pets-on-trains'),
    asked('我的宠物可以带上火车吗', 5, 'fallback', null, 'pets-on-trains'),
    asked('what is the meaning of life', 4),
    asked('how do I change my train ticket', 3),
    asked('can I change my flight date', 2),
  ];

  it('groups similar questions in either language, biggest first', () => {
    const clusters = clusterUnanswered(messages);
    expect(clusters.map((c) => c.count)).toEqual([3, 2, 1, 1, 1]);
    const [pets, zh, ...others] = clusters;
    expect(pets).toMatchObject({
      representative: 'can I bring my cat on the train',
      examples: ['can I bring my cat on the train', 'can my dog come on the train with me'],
      outcomes: { fallback: 2, 'handoff:repeated-fallback': 1 },
      topCandidates: [{ label: 'baggage-allowance', score: 0.1 }],
    });
    expect(pets?.firstSeen).toEqual(new Date(Date.UTC(2026, 0, 1, 9, 7)));
    expect(pets?.lastSeen).toEqual(new Date(Date.UTC(2026, 0, 1, 9, 9)));
    expect(zh?.examples).toHaveLength(2);
    expect(zh?.picked).toEqual([
      { entryId: 'pets-on-trains', count: 2, texts: ['宠物可以上火车吗', '我的宠物可以带上火车吗'] },
    ]);
    expect(pets?.picked).toEqual([]);
    expect(others.map((c) => c.representative)).toEqual([
      'what is the meaning of life',
      'how do I change my train ticket',
      'can I change my flight date',
    ]);
  });

  it('keeps everything apart with a strict threshold and returns nothing for nothing', () => {
    expect(clusterUnanswered(messages, { threshold: 0.999 })).toHaveLength(7);
    expect(clusterUnanswered([])).toEqual([]);
  });
});
