/**
 * The body of a matching worker thread (see match-worker-pool.ts): holds the few newest trained
 * models it was sent and answers match requests against them, in the order they arrive.
 */
import { parentPort } from 'node:worker_threads';
import { IntentMatcher } from './nlu/intent-matcher';
import type { MatchReply, MatchWorkerRequest } from './match-worker-pool';

/** Models kept; a request for an older one is answered `missing` and matched by the sender. */
const MAX_MODELS = 4;

const models = new Map<number, IntentMatcher>();

function handle(request: MatchWorkerRequest): MatchReply | undefined {
  switch (request.type) {
    case 'load': {
      models.set(request.model, IntentMatcher.fromJSON(request.data, request.options));
      for (const old of models.keys()) {
        if (models.size <= MAX_MODELS) break;
        models.delete(old);
      }
      return undefined;
    }
    case 'drop':
      models.delete(request.model);
      return undefined;
    case 'match': {
      const matcher = models.get(request.model);
      if (matcher === undefined) return { id: request.id, missing: true };
      return { id: request.id, candidates: matcher.match(request.text, request.locale, request.limit) };
    }
  }
}

function answer(request: MatchWorkerRequest): MatchReply | undefined {
  try {
    return handle(request);
  } catch (error) {
    if (request.type !== 'match') return undefined;
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

// Requests come in batches (whatever the gateway thread asked for in one turn of its event loop);
// the answers to a batch go back together.
parentPort?.on('message', (batch: MatchWorkerRequest[]) => {
  const replies: MatchReply[] = [];
  for (const request of batch) {
    const reply = answer(request);
    if (reply !== undefined) replies.push(reply);
  }
  if (replies.length > 0) parentPort?.postMessage(replies);
});
