/**
 * The bot's understanding step run where its matcher matches: in a worker thread, the same
 * decisions as the step run in the bot's own thread, cue for cue and candidate for candidate.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFaqBot, SignalDetector, type BotTurn, type FaqBot } from '../../bot/index';
import { understandingStepFor } from '../../bot/turn-understanding';
import { loadKnowledge } from '../../knowledge/index';
import { MatchWorkerPool, type MatchWorkerRequest } from '../../knowledge/match-worker-pool';
import { WorkerTrainedMatcher } from '../../knowledge/worker-training';
import { WEB } from './channel-presets';
import { ScriptedMatcher } from './scripted-matcher';
import { DEMO_KB_PATH, readEvalRows } from './demo-bot';

function turn(text: string): BotTurn {
  return {
    text,
    channel: 'web',
    capabilities: WEB,
    customer: { id: 'cus_1', tier: 'standard' },
    conversationId: 'cnv_1',
    state: {},
  };
}

describe('understanding a turn in the match worker', () => {
  // All the rows at once: none may be left to this thread for want of room in the worker's queue.
  const pool = new MatchWorkerPool(1, { spillAt: Infinity });
  let inWorker: FaqBot;
  let here: FaqBot;

  beforeAll(async () => {
    const kb = await loadKnowledge(DEMO_KB_PATH);
    inWorker = await createFaqBot(kb, { matcher: new WorkerTrainedMatcher({}, pool) });
    here = await createFaqBot(kb, { matcher: new WorkerTrainedMatcher() });
  });
  afterAll(() => pool.close());

  it('decides every demo evaluation row as the bot deciding in its own thread does', async () => {
    const texts = [
      ...(await readEvalRows()).map((row) => row.text),
      '不用转人工，我想问运费多少',
      'no need for an agent, how do I get a refund?',
      'WHERE IS MY REFUND I AM FURIOUS!!',
      // Two entries at once: the bot asks which was meant.
      'I want a refund or to change my flight',
    ];
    // Every turn must really be understood in the worker: a step that fell back to this thread
    // would decide the same and prove nothing.
    const run = vi.spyOn(pool, 'run');
    const there = await Promise.all(texts.map((text) => inWorker.respond(turn(text))));
    const answered = await Promise.all(run.mock.results.map((result) => result.value as Promise<unknown>));
    run.mockRestore();
    expect(answered).toHaveLength(texts.length);
    expect(answered.every((result) => result !== undefined)).toBe(true);
    const local = await Promise.all(texts.map((text) => here.respond(turn(text))));
    expect(there).toEqual(local);
    expect(new Set(there.map((decision) => decision.kind))).toEqual(
      new Set(['answer', 'fallback', 'handoff', 'clarify']),
    );
  });

  it('defines the step in the workers when the bot is built, so its first turn only runs it', async () => {
    const kb = await loadKnowledge(DEMO_KB_PATH);
    const workers = new MatchWorkerPool(2);
    try {
      const post = vi.spyOn(Worker.prototype, 'postMessage');
      const types = () =>
        post.mock.calls.flatMap(([batch]) => (batch as MatchWorkerRequest[]).map((r) => r.type));
      const bot = await createFaqBot(kb, { matcher: new WorkerTrainedMatcher({}, workers) });
      await new Promise((resolve) => setImmediate(resolve));
      const built = types();
      const run = vi.spyOn(workers, 'run');
      const decision = await bot.respond(turn('WHERE IS MY REFUND I AM FURIOUS!!'));
      const answered = (await run.mock.results[0]?.value) as unknown;
      const turned = types().slice(built.length);
      post.mockRestore();
      run.mockRestore();
      // Each of the two workers was sent the step as the bot was built, and not again with the run.
      expect(built.filter((type) => type === 'define')).toHaveLength(2);
      expect(turned).toEqual(['run']);
      expect(answered).toBeDefined();
      expect(decision).toEqual(await here.respond(turn('WHERE IS MY REFUND I AM FURIOUS!!')));
    } finally {
      await workers.close();
    }
  });

  it("understands a turn no worker could take with the bot's own detector, deciding the same", async () => {
    const kb = await loadKnowledge(DEMO_KB_PATH);
    const gone = new MatchWorkerPool(1);
    const detector = new SignalDetector();
    const prepare = vi.spyOn(detector, 'prepare');
    const bot = await createFaqBot(kb, {
      matcher: new WorkerTrainedMatcher({}, gone),
      signalDetector: detector,
    });
    await gone.close();
    const text = 'WHERE IS MY REFUND I AM FURIOUS!!';
    const decision = await bot.respond(turn(text));
    expect(prepare).toHaveBeenCalledWith(text);
    expect(decision).toEqual(await here.respond(turn(text)));
    expect(decision.kind).toBe('handoff');
  });

  it('takes up the understanding it anticipated for the same text and locale, and only that', async () => {
    const run = vi.spyOn(pool, 'run');
    try {
      const text = 'how do I get a refund?';
      const token = inWorker.anticipate(text);
      expect(run).toHaveBeenCalledTimes(1);
      const decision = await inWorker.respond({ ...turn(text), anticipated: token });
      // Taken up: no second run.
      expect(run).toHaveBeenCalledTimes(1);
      expect(decision).toEqual(await here.respond(turn(text)));
      // Another text, or the same text in another locale than anticipated, is understood afresh.
      const other = await inWorker.respond({ ...turn('我要转人工'), anticipated: token });
      expect(run).toHaveBeenCalledTimes(2);
      expect(other).toEqual(await here.respond(turn('我要转人工')));
      await inWorker.respond({ ...turn(text), locale: 'en', anticipated: token });
      expect(run).toHaveBeenCalledTimes(3);
      // A bot published meanwhile knows nothing of the old bot's token and starts afresh: here,
      // in its own thread, reading the text with its own detector.
      const prepare = vi.spyOn(SignalDetector.prototype, 'prepare');
      const fresh = await here.respond({ ...turn(text), anticipated: inWorker.anticipate(text) });
      expect(prepare).toHaveBeenCalledWith(text);
      prepare.mockRestore();
      expect(fresh).toEqual(decision);
    } finally {
      run.mockRestore();
    }
  });

  it('drops the failure of an understanding nobody takes up, and fails the turn that does', async () => {
    const kb = await loadKnowledge(DEMO_KB_PATH);
    // A matcher whose other thread fails every step it is given.
    class BrokenThreadMatcher extends ScriptedMatcher {
      runStepAsync(): Promise<undefined> {
        return Promise.reject(new Error('matcher broke'));
      }
    }
    const bot = await createFaqBot(kb, { matcher: new BrokenThreadMatcher({}) });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      expect(bot.anticipate('never taken up')).toBeDefined();
      const token = bot.anticipate('taken up');
      expect(token).toBeDefined();
      await expect(bot.respond({ ...turn('taken up'), anticipated: token })).rejects.toThrow('matcher broke');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('begins nothing ahead for a matcher without another thread: the work would only move earlier', async () => {
    const kb = await loadKnowledge(DEMO_KB_PATH);
    const bot = await createFaqBot(kb, { matcher: new ScriptedMatcher({}) });
    expect(bot.anticipate('how do I get a refund?')).toBeUndefined();
  });

  it('is a step only for a SignalDetector itself, which a worker can rebuild from its options', () => {
    class QuietDetector extends SignalDetector {}
    expect(understandingStepFor(new QuietDetector(), 0.7)).toBeUndefined();
    expect(understandingStepFor(new SignalDetector({ urgentThreshold: 2 }), 0.6)?.options).toEqual({
      detector: { urgentThreshold: 2 },
      confidentThreshold: 0.6,
    });
  });
});
