import { describe, expect, it } from 'vitest';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { IntentModel } from '../../knowledge/nlu/intent-model';
import type { LabelledText } from '../../knowledge/types';

/** Twelve rows for each of three labels: a many-shot label set, with some words shared across labels. */
function manyShotRows(): LabelledText[] {
  const topics = { refund: 'refund money', delivery: 'parcel delivery', password: 'reset password' };
  const frames = ['how do I get my', 'question about my', 'help with the', 'where is my', 'problem with'];
  const tails = [
    'please',
    'today',
    'now',
    'for my order',
    'again',
    'asap',
    'thanks',
    'urgently',
    'this week',
  ];
  const rows: LabelledText[] = [];
  for (const [label, topic] of Object.entries(topics)) {
    for (let i = 0; i < 12; i += 1) {
      rows.push({ text: `${frames[i % frames.length]} ${topic} ${tails[i % tails.length]}`, label });
    }
  }
  return rows;
}

describe('intent matcher on many-shot label sets', () => {
  const rows = manyShotRows();
  const query = 'my money back for the parcel please';

  it('trains the SVM with the many-shot cost (C = 2), which fits more closely than C = 1', async () => {
    const matcher = new IntentMatcher();
    await matcher.train(rows);
    const fromMatcher = matcher.match(query, undefined, 3);
    const direct = IntentModel.train(rows, { svm: { c: 2 } });
    const probabilities = direct.probabilitiesOf(query)!;
    for (const candidate of fromMatcher) {
      expect(candidate.score).toBeCloseTo(probabilities[direct.labels.indexOf(candidate.label)]!, 10);
    }
    const looser = IntentModel.train(rows).probabilitiesOf(query)!;
    expect(Array.from(looser)).not.toEqual(Array.from(probabilities));
  });

  it('lets an explicit cost override the many-shot one', async () => {
    const matcher = new IntentMatcher({ model: { svm: { c: 1 } } });
    await matcher.train(rows);
    const direct = IntentModel.train(rows, { svm: { c: 1 } });
    const probabilities = direct.probabilitiesOf(query)!;
    for (const candidate of matcher.match(query, undefined, 3)) {
      expect(candidate.score).toBeCloseTo(probabilities[direct.labels.indexOf(candidate.label)]!, 10);
    }
  });
});
