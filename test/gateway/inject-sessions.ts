/**
 * Web chat sessions driven through Fastify's `inject`, for the in-process scripts
 * (inject-turn-bench.ts, wal-frames.ts): each session asks the bench's questions in turn and waits
 * for its answer before asking again, as a customer in the page does.
 */
import type { FastifyInstance } from 'fastify';
import { BENCH_QUESTIONS } from '../bench/questions';

/** `count` turns spread over the sessions; a run after another goes on in the same sessions. */
export type RunTurns = (count: number) => Promise<void>;

/** `sessions` web chat sessions on `app`, opened by their first turn. */
export function injectSessions(app: FastifyInstance, sessions: number): RunTurns {
  const sessionIds = new Array<string | undefined>(sessions).fill(undefined);
  let asked = 0;
  return async (count) => {
    let started = 0;
    await Promise.all(
      sessionIds.map(async (_, session) => {
        while (started < count) {
          started += 1;
          const text = BENCH_QUESTIONS[asked++ % BENCH_QUESTIONS.length] ?? '';
          const sessionId = sessionIds[session];
          const response = await app.inject({
            method: 'POST',
            url: '/webchat/messages',
            payload: sessionId === undefined ? { text } : { sessionId, text },
          });
          if (response.statusCode !== 200) throw new Error(`HTTP ${response.statusCode}: ${response.body}`);
          sessionIds[session] = (JSON.parse(response.body) as { sessionId: string }).sessionId;
        }
      }),
    );
  };
}
