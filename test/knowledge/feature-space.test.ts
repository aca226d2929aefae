import { describe, expect, it } from 'vitest';
import { FeatureSpace, rowBuffer, type FeatureSpaceData } from '../../knowledge/nlu/feature-space';
import type { FeatureBags } from '../../knowledge/nlu/nlu-featurizer';

/** A bag holding each name once as a word feature and once as a character feature. */
function bag(...names: string[]): FeatureBags {
  return {
    word: new Map(names.map((name) => [`w:${name}`, 1])),
    char: new Map(names.map((name) => [`c:${name}`, 1])),
  };
}

const corpus = [bag('card', 'lost'), bag('card', 'fee'), bag('card', 'limit'), bag('card', 'pin')];

/** Weight of feature `rare` over that of `common` in the row of a text holding both. */
function rareOverCommon(space: FeatureSpace, rare: string, common: string): number {
  const row = space.vectorize(bag('lost', 'card'));
  const names = space.toData().features;
  const valueOf = (name: string) =>
    row.values[Array.from(row.indices).findIndex((column) => names[column] === name)] ?? 0;
  return valueOf(rare) / valueOf(common);
}

describe('FeatureSpace IDF weighting', () => {
  it('weighs a rare feature above one seen in every text', () => {
    const space = FeatureSpace.fit(corpus);
    expect(rareOverCommon(space, 'w:lost', 'w:card')).toBeGreaterThan(1.2);
    expect(rareOverCommon(space, 'c:lost', 'c:card')).toBeCloseTo(rareOverCommon(space, 'w:lost', 'w:card'));
  });

  it('flattens only the character IDF with a power below 1, and sharpens it above 1', () => {
    const plain = FeatureSpace.fit(corpus);
    const flat = FeatureSpace.fit(corpus, { charIdfPower: 0.5 });
    const sharp = FeatureSpace.fit(corpus, { charIdfPower: 2 });
    const ratio = rareOverCommon(plain, 'c:lost', 'c:card');
    expect(rareOverCommon(flat, 'c:lost', 'c:card')).toBeCloseTo(Math.sqrt(ratio), 5);
    expect(rareOverCommon(sharp, 'c:lost', 'c:card')).toBeCloseTo(ratio * ratio, 5);
    expect(rareOverCommon(flat, 'w:lost', 'w:card')).toBeCloseTo(
      rareOverCommon(plain, 'w:lost', 'w:card'),
      5,
    );
  });

  it('keeps its weighting through a JSON round trip, unseen features included', () => {
    const space = FeatureSpace.fit(corpus, { charIdfPower: 0.8 });
    const copy = FeatureSpace.fromData(JSON.parse(JSON.stringify(space.toData())) as FeatureSpaceData);
    const text = bag('fee', 'card', 'unseen');
    expect(Array.from(copy.vectorize(text).values)).toEqual(Array.from(space.vectorize(text).values));
    expect(space.toData().unseenIdf).toBeCloseTo(FeatureSpace.fit(corpus).toData().unseenIdf ** 0.8, 5);
  });
});

describe('FeatureSpace.vectorizeInto', () => {
  it('counts the word bag’s known columns apart from the character bag’s', () => {
    const space = FeatureSpace.fit(corpus);
    const row = space.vectorizeInto(
      {
        word: new Map([
          ['w:card', 1],
          ['w:unseen', 1],
          ['w:fee', 2],
        ]),
        char: new Map([
          ['c:lost', 1],
          ['c:other', 1],
        ]),
      },
      rowBuffer(),
    );
    expect(row.wordLength).toBe(2);
    expect(row.length - row.wordLength).toBe(1);
  });
});
