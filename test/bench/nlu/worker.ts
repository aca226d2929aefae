/**
 * Child process that evaluates one peer on one set (forked by run-worker.ts with the job as JSON in
 * argv[2]), so each peer's memory is its own and a crash or runaway cannot take the run down.
 * Reports `progress` messages, then one `result` or `error` message, over IPC.
 */
import path from 'node:path';
import { loadLabelledRows } from '../../../knowledge/nlu/dataset';
import { evaluatePeer, type EvalPlan } from './evaluate';
import { loadPeerFactory } from './peer';
import { localeOf } from './sets';
import type { WorkerJob, WorkerMessage } from './worker-protocol';

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

async function run(job: WorkerJob): Promise<WorkerMessage> {
  const baselineRssBytes = process.memoryUsage().rss;
  const train = await loadLabelledRows(path.join(job.dir, 'train.jsonl'));
  const plan: EvalPlan = job.hasValidation
    ? { kind: 'holdout', validation: await loadLabelledRows(path.join(job.dir, 'validation.jsonl')) }
    : { kind: 'kfold', folds: job.folds, seed: job.seed };
  const locale = localeOf(train);
  const factory = await loadPeerFactory(job.peer);
  const outcome = await evaluatePeer(factory, locale, train, plan, (text) => {
    void send({ type: 'progress', text });
  });
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  return { type: 'result', outcome, locale, baselineRssBytes, peakRssBytes };
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;
  let message: WorkerMessage;
  try {
    message = await run(job);
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    message = { type: 'error', message: text, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
  await send(message);
  // Libraries may keep timers or handles alive; the job is over once the message is delivered.
  process.exit(0);
}

void main();
