/** Training in a worker thread: the same model as training in-process, with the event loop free meanwhile. */
import { describe, expect, it } from 'vitest';
import { examplesFromKnowledge, loadKnowledge } from '../../knowledge';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import { trainInWorker, WorkerTrainedMatcher } from '../../knowledge/worker-training';

const QUESTIONS = [
  'how do I get my money back for a plane ticket',
  '机票怎么退',
  'is breakfast included',
  'tell me a joke',
];

describe('training in a worker thread', () => {
  it('gives the same scores as training here, while the event loop keeps turning', async () => {
    const rows = examplesFromKnowledge(await loadKnowledge('knowledge/demo'));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const inWorker = await trainInWorker(rows);
    clearInterval(timer);
    // Trained in this thread, the loop could not have run a single timer until training ended.
    expect(ticks).toBeGreaterThan(5);
    const here = new IntentMatcher();
    await here.train(rows);
    for (const question of QUESTIONS) expect(inWorker.match(question)).toEqual(here.match(question));
  });

  it('serves matches from the previous model until a new training finishes', async () => {
    const matcher = new WorkerTrainedMatcher();
    expect(matcher.match('anything')).toEqual([]);
    await matcher.train([
      { text: 'where is my refund', label: 'refund' },
      { text: 'refund not received yet', label: 'refund' },
      { text: 'change my seat', label: 'seat' },
      { text: 'pick another seat', label: 'seat' },
    ]);
    expect(matcher.match('my refund')[0]?.label).toBe('refund');
  });
});
