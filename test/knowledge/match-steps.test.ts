/** Steps run beside the match: in a worker thread when the matcher has one, here otherwise. */
import { afterEach, describe, expect, it } from 'vitest';
import { MatchWorkerPool } from '../../knowledge/match-worker-pool';
import { WorkerTrainedMatcher } from '../../knowledge/worker-training';
import { brokenStep, prefixStep } from './fixtures/thread-step';

const REFUND_OR_SEAT = [
  { text: 'where is my refund', label: 'refund' },
  { text: 'refund not received yet', label: 'refund' },
  { text: 'change my seat', label: 'seat' },
  { text: 'pick another seat', label: 'seat' },
];

describe('match steps', () => {
  const pools: MatchWorkerPool[] = [];
  const pool = (size: number) => {
    const made = new MatchWorkerPool(size);
    pools.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((made) => made.close()));
  });

  it('runs a step in a worker, with the options it was defined with and the match there', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(2));
    await matcher.train(REFUND_OR_SEAT);
    const step = prefixStep('refund');
    const results = await Promise.all(
      ['please', 'now', 'today'].map((text) => matcher.runStepAsync(step, text)),
    );
    expect(results).toEqual(Array(3).fill({ mainThread: false, prefix: 'refund', top: 'refund' }));
    // A second step object is a second definition, with its own options.
    expect(await matcher.runStepAsync(prefixStep('seat'), 'please')).toMatchObject({ top: 'seat' });
  });

  it('runs the step here when the worker cannot, and without a pool', async () => {
    const workers = pool(1);
    const pooled = new WorkerTrainedMatcher({}, workers);
    await pooled.train(REFUND_OR_SEAT);
    expect(await pooled.runStepAsync(brokenStep(), 'please')).toEqual({
      mainThread: true,
      prefix: 'refund',
      top: 'refund',
    });
    await workers.close();
    expect(await pooled.runStepAsync(prefixStep('seat'), 'x')).toMatchObject({
      mainThread: true,
      top: 'seat',
    });
    const alone = new WorkerTrainedMatcher();
    await alone.train(REFUND_OR_SEAT);
    expect(await alone.runStepAsync(prefixStep('seat'), 'x')).toMatchObject({
      mainThread: true,
      top: 'seat',
    });
  });
});
