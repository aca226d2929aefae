/**
 * The case load: each case is a new web chat customer whose first message is urgent, so the bot
 * hands off at once. Paced (open loop: case n is sent at start + n / rate, whether or not earlier
 * ones were answered, as independent customers would) or unthrottled (a fixed number of requests
 * in flight). The latency of a case runs from its `POST /webchat/messages` to the agent's
 * `handoff.opened` frame for it. Bounded: a fixed number of cases, and a fixed wait for stragglers.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { postJson, type PostTarget } from '../post-json';
import { percentile } from '../stats';
import { caseMarker, type AgentSocket, type OpenedCase } from './agent-socket';

/** Urgent customer messages (stolen card, double charge, fraud, safety, stranded) the bot escalates. */
export const URGENT_MESSAGES: readonly string[] = [
  "someone stole my card and there are charges I didn't make",
  'I was charged twice for the same flight booking',
  'this is fraud, there is a payment on my account I never made',
  'my hotel room heater caught fire and I need help now',
  'my flight was cancelled and I am stranded at the airport with nowhere to sleep',
  'my account was hacked and someone booked tickets with it',
];

/** How one phase sends its cases. */
export interface CaseLoadOptions {
  port: number;
  agent: AgentSocket;
  cases: number;
  /** Cases per second; absent: unthrottled, `concurrency` requests in flight. */
  rate?: number;
  concurrency: number;
  /** After the last answer, wait at most this long for the remaining frames. Default 10 s. */
  settleMs?: number;
  /** A request with no answer after this long is an error. Default 30 s. */
  requestTimeoutMs?: number;
  /** Called about 4 times a second. */
  onProgress?: (sent: number, opened: number) => void;
  signal?: AbortSignal;
}

/** What one phase measured. Latencies are milliseconds. */
export interface CaseLoadResult {
  cases: number;
  /** Cases whose POST answered 200. */
  accepted: number;
  /** Cases whose `handoff.opened` frame the agent received. */
  opened: number;
  /** Opened cases that were not urgent (the bot should escalate every bench message as urgent). */
  notUrgent: number;
  /** Cases per second: opened cases over the time from the first send to the last frame. */
  perSecond: number;
  /** Seconds from the first send to the last frame. */
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non2xx: Record<string, number>;
  errors: number;
  /** First few distinct problems. */
  problems: string[];
}

const MAX_PROBLEMS = 5;

/** Book-keeping of one phase: send times, frame times, failures. */
class CaseLedger {
  readonly sentAt: Float64Array;
  readonly latency: Float64Array;
  accepted = 0;
  opened = 0;
  notUrgent = 0;
  errors = 0;
  sent = 0;
  firstSend = Number.NaN;
  lastFrame = Number.NaN;
  readonly non2xx: Record<string, number> = {};
  readonly problems: string[] = [];

  constructor(
    readonly runId: string,
    readonly cases: number,
  ) {
    this.sentAt = new Float64Array(cases).fill(Number.NaN);
    this.latency = new Float64Array(cases).fill(Number.NaN);
  }

  problem(text: string): void {
    if (this.problems.length < MAX_PROBLEMS && !this.problems.includes(text)) this.problems.push(text);
  }

  frame(opened: OpenedCase): void {
    const sentAt = this.sentAt[opened.index];
    if (opened.runId !== this.runId || sentAt === undefined || Number.isNaN(sentAt)) return;
    if (!Number.isNaN(this.latency[opened.index] ?? Number.NaN)) {
      this.problem(`case ${opened.index} was announced twice`);
      return;
    }
    this.latency[opened.index] = opened.receivedAt - sentAt;
    this.opened++;
    if (opened.priority !== 'urgent') this.notUrgent++;
    this.lastFrame = Number.isNaN(this.lastFrame)
      ? opened.receivedAt
      : Math.max(this.lastFrame, opened.receivedAt);
  }
}

async function sendCase(ledger: CaseLedger, target: PostTarget, index: number): Promise<void> {
  const text = `${URGENT_MESSAGES[index % URGENT_MESSAGES.length] ?? 'fraud'} (${caseMarker(ledger.runId, index)})`;
  const start = performance.now();
  ledger.sentAt[index] = start;
  if (Number.isNaN(ledger.firstSend)) ledger.firstSend = start;
  ledger.sent++;
  try {
    const response = await postJson(target, JSON.stringify({ text }));
    if (response.status === 200) ledger.accepted++;
    else {
      ledger.non2xx[response.status] = (ledger.non2xx[response.status] ?? 0) + 1;
      ledger.problem(`HTTP ${response.status}: ${response.body.slice(0, 200)}`);
    }
  } catch (error) {
    ledger.errors++;
    ledger.problem(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Open loop: case n leaves at start + n / rate. */
async function sendPaced(ledger: CaseLedger, target: PostTarget, rate: number, stop: () => boolean) {
  const begin = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < ledger.cases && !stop(); index++) {
    const wait = begin + (index * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    inFlight.push(sendCase(ledger, target, index));
  }
  await Promise.all(inFlight);
}

/** Closed loop: `concurrency` customers-at-a-time, each next case as soon as one is answered. */
async function sendUnthrottled(
  ledger: CaseLedger,
  target: PostTarget,
  concurrency: number,
  stop: () => boolean,
) {
  let next = 0;
  const worker = async () => {
    while (next < ledger.cases && !stop()) await sendCase(ledger, target, next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ledger.cases) }, worker));
}

function summarizeLedger(ledger: CaseLedger): CaseLoadResult {
  const sorted = ledger.latency.filter((ms) => !Number.isNaN(ms)).sort();
  const seconds = ledger.opened > 0 ? (ledger.lastFrame - ledger.firstSend) / 1000 : 0;
  return {
    cases: ledger.cases,
    accepted: ledger.accepted,
    opened: ledger.opened,
    notUrgent: ledger.notUrgent,
    perSecond: seconds > 0 ? ledger.opened / seconds : 0,
    seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
    non2xx: ledger.non2xx,
    errors: ledger.errors,
    problems: ledger.problems,
  };
}

/** Runs one phase against the server on 127.0.0.1:`port`. */
export async function runCaseLoad(options: CaseLoadOptions): Promise<CaseLoadResult> {
  const ledger = new CaseLedger(randomBytes(4).toString('hex'), options.cases);
  const httpAgent = new Agent({ keepAlive: true, maxSockets: Math.max(options.concurrency, 64) });
  const target: PostTarget = {
    agent: httpAgent,
    port: options.port,
    path: '/webchat/messages',
    timeoutMs: options.requestTimeoutMs ?? 30_000,
  };
  const stop = () => options.signal?.aborted === true;
  options.agent.onOpened((opened) => ledger.frame(opened));
  const progress = setInterval(() => options.onProgress?.(ledger.sent, ledger.opened), 250);
  try {
    if (options.rate !== undefined) await sendPaced(ledger, target, options.rate, stop);
    else await sendUnthrottled(ledger, target, options.concurrency, stop);
    const deadline = performance.now() + (options.settleMs ?? 10_000);
    while (ledger.opened < ledger.accepted && performance.now() < deadline && options.agent.open && !stop()) {
      await sleep(20);
    }
  } finally {
    clearInterval(progress);
    options.agent.onOpened(undefined);
    httpAgent.destroy();
  }
  if (!options.agent.open) ledger.problem('the events socket closed during the phase');
  return summarizeLedger(ledger);
}
