/**
 * Training in a worker thread: the same model as training in-process, with the event loop free
 * meanwhile. Matching and match steps in worker threads: the same results as in this thread.
 */
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examplesFromKnowledge, loadKnowledge } from '../../knowledge';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';
import {
  MatchWorkerPool,
  MAX_STEP_LOAD_FAILURES,
  type MatchWorkerPoolOptions,
  type MatchWorkerRequest,
} from '../../knowledge/match-worker-pool';
import { trainDataInWorker, trainInWorker, WorkerTrainedMatcher } from '../../knowledge/worker-training';
import { brokenStep, prefixStep } from './fixtures/thread-step';

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

const REFUND_OR_SEAT = [
  { text: 'where is my refund', label: 'refund' },
  { text: 'refund not received yet', label: 'refund' },
  { text: 'change my seat', label: 'seat' },
  { text: 'pick another seat', label: 'seat' },
];

describe('matching in worker threads', () => {
  const pools: MatchWorkerPool[] = [];
  const pool = (size: number, options?: MatchWorkerPoolOptions) => {
    const made = new MatchWorkerPool(size, options);
    pools.push(made);
    return made;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((made) => made.close()));
  });

  it('gives exactly the candidates matching here gives, for concurrent requests over two workers', async () => {
    const rows = examplesFromKnowledge(await loadKnowledge('knowledge/demo'));
    const matcher = new WorkerTrainedMatcher({}, pool(2));
    await matcher.train(rows);
    const inWorkers = await Promise.all(
      QUESTIONS.flatMap((q) => [matcher.matchAsync(q), matcher.matchAsync(q, 'zh-CN', 2)]),
    );
    const here = QUESTIONS.flatMap((q) => [matcher.match(q), matcher.match(q, 'zh-CN', 2)]);
    expect(inWorkers).toEqual(here);
    expect(inWorkers[0]?.length).toBeGreaterThan(0);
    // The answer gate's judgement crosses the thread with the first candidate.
    expect(inWorkers[0]?.[0]?.answerConfidence).toBeGreaterThan(0);
  });

  it('serves every request made after a retraining from the new model', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1));
    await matcher.train(REFUND_OR_SEAT);
    const before = matcher.matchAsync('a new window seat please');
    await matcher.train([
      ...REFUND_OR_SEAT,
      { text: 'a window seat please', label: 'window' },
      { text: 'seat by the window', label: 'window' },
    ]);
    expect((await matcher.matchAsync('a new window seat please'))[0]?.label).toBe('window');
    expect((await before)[0]?.label).not.toBe('window');
  });

  it('leaves requests beyond the backlog limit to the caller, and takes them again once it has caught up', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1, { spillAt: 2 }));
    await matcher.train(REFUND_OR_SEAT);
    const step = prefixStep('refund');
    const burst = await Promise.all(['a', 'b', 'c', 'd'].map((text) => matcher.runStepAsync(step, text)));
    // Two wait in the worker; the third and fourth find it two behind and are the caller's to run.
    expect(burst).toEqual([
      { mainThread: false, prefix: 'refund', top: 'refund' },
      { mainThread: false, prefix: 'refund', top: 'refund' },
      undefined,
      undefined,
    ]);
    const matches = await Promise.all(
      ['my refund', 'my seat', 'my refund'].map((q) => matcher.matchAsync(q)),
    );
    // A spilled match is answered here, from the same model.
    expect(matches.map((candidates) => candidates[0]?.label)).toEqual(['refund', 'seat', 'refund']);
    expect(await matcher.runStepAsync(step, 'e')).toMatchObject({ mainThread: false });
  });

  it('counts as its backlog only what the worker has not finished, not answers still unread here', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1, { spillAt: 2 }));
    await matcher.train(REFUND_OR_SEAT);
    const step = prefixStep('refund');
    await matcher.runStepAsync(step, 'defined');
    const first = [matcher.runStepAsync(step, 'a'), matcher.runStepAsync(step, 'b')];
    // Once both are posted, this thread stays busy (its event loop cannot read the answers) while
    // the worker finishes them.
    await new Promise((resolve) => setImmediate(resolve));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    const third = matcher.runStepAsync(step, 'c');
    expect(await Promise.all([...first, third])).toEqual(
      Array(3).fill({ mainThread: false, prefix: 'refund', top: 'refund' }),
    );
  });

  it('matches in its own thread when the workers are gone', async () => {
    const workers = pool(1);
    const matcher = new WorkerTrainedMatcher({}, workers);
    await matcher.train(REFUND_OR_SEAT);
    await workers.close();
    expect((await matcher.matchAsync('my refund'))[0]?.label).toBe('refund');
    expect(await workers.match(1, 'my refund')).toBeUndefined();
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

  it('resolves undefined, for the caller to do the work, when no worker runs the step', async () => {
    const workers = pool(1);
    const pooled = new WorkerTrainedMatcher({}, workers);
    expect(await pooled.runStepAsync(prefixStep('seat'), 'x')).toBeUndefined();
    await pooled.train(REFUND_OR_SEAT);
    expect(await pooled.runStepAsync(brokenStep(), 'please')).toBeUndefined();
    expect(await pooled.runStepAsync(prefixStep('seat'), 'x')).toMatchObject({ mainThread: false });
    await workers.close();
    expect(await pooled.runStepAsync(prefixStep('seat'), 'x')).toBeUndefined();
    const alone = new WorkerTrainedMatcher();
    await alone.train(REFUND_OR_SEAT);
    expect(await alone.runStepAsync(prefixStep('seat'), 'x')).toBeUndefined();
  });

  it('defines a step the worker evicted again, so only the turn that found it gone is not run there', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1));
    await matcher.train(REFUND_OR_SEAT);
    const first = prefixStep('refund');
    expect(await matcher.runStepAsync(first, 'x')).toMatchObject({ mainThread: false });
    for (let i = 0; i < 8; i += 1) await matcher.runStepAsync(prefixStep('seat'), 'x');
    expect(await matcher.runStepAsync(first, 'x')).toBeUndefined();
    expect(await matcher.runStepAsync(first, 'x')).toEqual({
      mainThread: false,
      prefix: 'refund',
      top: 'refund',
    });
  });

  it('keeps a step in use, however many steps were defined after it', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1));
    await matcher.train(REFUND_OR_SEAT);
    const live = prefixStep('refund');
    const answers = [await matcher.runStepAsync(live, 'x')];
    for (let i = 0; i < 12; i += 1) {
      await matcher.runStepAsync(prefixStep('seat'), 'x');
      answers.push(await matcher.runStepAsync(live, 'x'));
    }
    expect(answers).toEqual(Array(13).fill({ mainThread: false, prefix: 'refund', top: 'refund' }));
  });

  it('does not define a step again when a run finds the model gone, not the step', async () => {
    const workers = pool(1);
    workers.load(1, await trainDataInWorker(REFUND_OR_SEAT), {});
    const step = prefixStep('refund');
    const sent = postedRequests();
    expect(await workers.run(2, step, 'x')).toBeUndefined();
    expect(await workers.run(1, step, 'x')).toMatchObject({ mainThread: false, top: 'refund' });
    expect(sent.stop().filter((request) => request.type === 'define')).toHaveLength(1);
  });

  it('gives up on a step that keeps failing to load: a few definitions, then no more round trips', async () => {
    const matcher = new WorkerTrainedMatcher({}, pool(1));
    await matcher.train(REFUND_OR_SEAT);
    const sent = postedRequests();
    for (let i = 0; i < 10; i += 1) {
      expect(await matcher.runStepAsync(brokenStep(), 'please')).toBeUndefined();
    }
    // Defined ahead as well: its failed load counts like any other.
    const step = brokenStep();
    matcher.prepareStep(step);
    for (let i = 0; i < 10; i += 1) await matcher.runStepAsync(step, 'please');
    matcher.prepareStep(step);
    const types = sent.stop().map((request) => request.type);
    expect(types.filter((type) => type === 'define')).toHaveLength(10 + MAX_STEP_LOAD_FAILURES);
    expect(types.filter((type) => type === 'run')).toHaveLength(10 + MAX_STEP_LOAD_FAILURES);
  });
});

/** Records the requests pools post to their workers until `stop`, which returns them. */
function postedRequests(): { stop: () => MatchWorkerRequest[] } {
  const post = vi.spyOn(Worker.prototype, 'postMessage');
  return {
    stop: () => {
      const requests = post.mock.calls.flatMap(([batch]) => batch as MatchWorkerRequest[]);
      post.mockRestore();
      return requests;
    },
  };
}
