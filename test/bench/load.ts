/**
 * The load generator: N simulated web chat customers in a closed loop, each opening a session and
 * then asking one question after another, each turn waiting for the previous answer — the way a real
 * chat window behaves. Runs a warm-up (discarded), then a measured window; bounded by time and by
 * the size of the preallocated latency buffer, so it always stops by itself.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { type JsonResponse, type PostTarget, postJson } from './post-json';
import { type LatencySummary, summarize } from './stats';

/** Settings for one load run. */
export interface LoadOptions {
  port: number;
  /** Concurrent sessions (and sockets). */
  sessions: number;
  warmupMs: number;
  /** Length of the measured window. */
  durationMs: number;
  /** Questions to cycle through; each session starts at a different one. */
  questions: readonly string[];
  /** Capacity of the latency buffer; the run stops early (and says so) when it is full. Default 5 M. */
  maxRequests?: number;
  /** A request with no answer after this long counts as an error. Default 10 s. */
  requestTimeoutMs?: number;
  /** Called about 4 times a second with time since start and requests completed so far. */
  onProgress?: (elapsedMs: number, completed: number) => void;
  /** Called when the measured window opens and when it closes (e.g. to sample CPU counters). */
  onMeasureStart?: () => void;
  onMeasureEnd?: () => void;
  /** Stops the run early (Ctrl-C). */
  signal?: AbortSignal;
}

/** What a load run measured. */
export interface LoadResult {
  summary: LatencySummary;
  /** Responses outside 2xx, by status code, over the whole run including warm-up. */
  non2xx: Record<string, number>;
  /** Network errors, timeouts and 2xx bodies without a usable `sessionId` / `replies`. */
  errors: number;
  /** 2xx answers with no reply at all (the bot did not answer: e.g. the conversation was handed off). */
  emptyReplies: number;
  /** First few distinct problems, for the report. */
  problems: string[];
  /** True when the latency buffer filled before the window ended. */
  truncated: boolean;
  /** The first requests sent in the window that took 1 s or more. */
  slow: SlowRequest[];
}

const MAX_PROBLEMS = 5;
/** Requests at least this slow are listed with their start time, to tell stalls from queueing. */
const SLOW_MS = 1000;
const MAX_SLOW = 10;

/** One very slow request of the measured window. */
export interface SlowRequest {
  /** When it was sent, seconds after the window opened. */
  startS: number;
  ms: number;
}
const PATH = '/webchat/messages';

/** Shared state of one run: the clock windows, the latency buffer and the counters. */
class LoadRecorder {
  readonly latencies: Float64Array;
  count = 0;
  completedTotal = 0;
  completedInWindow = 0;
  errors = 0;
  emptyReplies = 0;
  readonly non2xx: Record<string, number> = {};
  readonly problems: string[] = [];
  readonly slow: SlowRequest[] = [];

  constructor(
    capacity: number,
    readonly measureStart: number,
    readonly measureEnd: number,
  ) {
    this.latencies = new Float64Array(capacity);
  }

  get full(): boolean {
    return this.count >= this.latencies.length;
  }

  /**
   * Counts the answer toward throughput when it arrived inside the window, and keeps its latency
   * when it was sent inside the window: requests sent during warm-up are what warm-up is for, and
   * answers still in flight when the window closes are waited for, so slow ones are not left out.
   */
  success(start: number, end: number): void {
    this.completedTotal++;
    if (end >= this.measureStart && end <= this.measureEnd) this.completedInWindow++;
    if (start < this.measureStart || start > this.measureEnd || this.full) return;
    this.latencies[this.count++] = end - start;
    if (end - start >= SLOW_MS && this.slow.length < MAX_SLOW) {
      this.slow.push({ startS: (start - this.measureStart) / 1000, ms: end - start });
    }
  }

  failure(kind: 'error' | number, detail: string): void {
    if (kind === 'error') this.errors++;
    else this.non2xx[kind] = (this.non2xx[kind] ?? 0) + 1;
    const problem = `${kind === 'error' ? 'error' : `HTTP ${kind}`}: ${detail.slice(0, 200)}`;
    if (this.problems.length < MAX_PROBLEMS && !this.problems.includes(problem)) this.problems.push(problem);
  }
}

/** The session id and reply count of a 2xx body, or a reason it is unusable. */
function readBody(body: string): { sessionId: string; replies: number } | string {
  try {
    const parsed = JSON.parse(body) as { sessionId?: unknown; replies?: unknown };
    if (typeof parsed.sessionId !== 'string') return 'response has no string sessionId';
    if (!Array.isArray(parsed.replies)) return 'response has no replies array';
    return { sessionId: parsed.sessionId, replies: parsed.replies.length };
  } catch {
    return `response is not JSON: ${body.slice(0, 80)}`;
  }
}

interface SessionContext {
  target: PostTarget;
  recorder: LoadRecorder;
  questions: readonly string[];
  runId: string;
  shouldStop: () => boolean;
}

/** Records one exchange; says which session id to use next (undefined: open a new session). */
function recordExchange(
  context: SessionContext,
  sessionId: string | undefined,
  response: JsonResponse,
  start: number,
): { ok: boolean; sessionId: string | undefined } {
  const end = performance.now();
  if (response.status < 200 || response.status >= 300) {
    context.recorder.failure(response.status, response.body);
    return { ok: false, sessionId };
  }
  const body = readBody(response.body);
  if (typeof body === 'string') {
    context.recorder.failure('error', body);
    return { ok: false, sessionId };
  }
  if (body.replies === 0) context.recorder.emptyReplies++;
  context.recorder.success(start, end);
  return { ok: true, sessionId: sessionId ?? body.sessionId };
}

/** One customer: opens a session with its first question, then keeps asking until told to stop. */
async function runSession(index: number, context: SessionContext, maxTurns: number): Promise<void> {
  let sessionId: string | undefined;
  for (let turn = 0; turn < maxTurns && !context.shouldStop(); turn++) {
    const text = context.questions[(index + turn) % context.questions.length] ?? 'hello';
    const clientMessageId = `bench-${context.runId}-${index}-${turn}`;
    const json = JSON.stringify(sessionId ? { sessionId, text, clientMessageId } : { text, clientMessageId });
    const start = performance.now();
    let ok = false;
    try {
      ({ ok, sessionId } = recordExchange(context, sessionId, await postJson(context.target, json), start));
    } catch (error) {
      context.recorder.failure('error', error instanceof Error ? error.message : String(error));
    }
    // After a failure, pause briefly so a broken server is not hammered in a tight loop.
    if (!ok) await sleep(10);
  }
}

/**
 * Calls the window hooks on time. The end hook also runs when the load stops early, so every
 * start has an end; it never runs without a start.
 */
function openWindowHooks(options: LoadOptions): { close: () => void } {
  let started = false;
  let ended = false;
  const end = () => {
    if (started && !ended) options.onMeasureEnd?.();
    ended = true;
  };
  const startTimer = setTimeout(() => {
    started = true;
    options.onMeasureStart?.();
  }, options.warmupMs);
  const endTimer = setTimeout(end, options.warmupMs + options.durationMs);
  return {
    close: () => {
      clearTimeout(startTimer);
      clearTimeout(endTimer);
      end();
    },
  };
}

/** Runs the load described by `options` against 127.0.0.1 and returns what it measured. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const capacity = options.maxRequests ?? 5_000_000;
  const begin = performance.now();
  const measureStart = begin + options.warmupMs;
  const measureEnd = measureStart + options.durationMs;
  const recorder = new LoadRecorder(capacity, measureStart, measureEnd);
  const agent = new Agent({ keepAlive: true, maxSockets: options.sessions });
  const context: SessionContext = {
    target: { agent, port: options.port, path: PATH, timeoutMs: options.requestTimeoutMs ?? 10_000 },
    recorder,
    questions: options.questions,
    runId: randomBytes(4).toString('hex'),
    shouldStop: () => performance.now() >= measureEnd || recorder.full || options.signal?.aborted === true,
  };
  const progress = setInterval(() => {
    options.onProgress?.(performance.now() - begin, recorder.completedTotal);
  }, 250);
  const hooks = openWindowHooks(options);
  try {
    // A session can never take more turns than the buffer holds, which bounds every loop.
    const sessions = Array.from({ length: options.sessions }, (_, i) => runSession(i, context, capacity));
    await Promise.all(sessions);
  } finally {
    clearInterval(progress);
    hooks.close();
    agent.destroy();
  }
  const measuredMs = Math.min(performance.now(), measureEnd) - measureStart;
  return {
    summary: summarize(
      recorder.latencies,
      recorder.count,
      Math.max(0, measuredMs),
      recorder.completedInWindow,
    ),
    non2xx: recorder.non2xx,
    errors: recorder.errors,
    emptyReplies: recorder.emptyReplies,
    problems: recorder.problems,
    truncated: recorder.full,
    slow: recorder.slow,
  };
}
