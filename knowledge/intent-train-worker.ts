/**
 * The body of a training worker thread (see worker-training.ts): trains an {@link IntentMatcher} on
 * the rows it was given and posts the trained model back as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { IntentMatcher, type IntentMatcherOptions } from './nlu/intent-matcher';
import type { LabelledText } from './types';

/** What the worker is given. */
export interface TrainJob {
  rows: LabelledText[];
  options: IntentMatcherOptions;
}

const job = (workerData as { data: TrainJob }).data;
const matcher = new IntentMatcher(job.options);
await matcher.train(job.rows);
parentPort?.postMessage(matcher.toJSON());
