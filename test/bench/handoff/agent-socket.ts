/**
 * The bench's agent: signs in through `POST /api/v1/auth/login`, opens `/api/v1/events`, and tells
 * when each bench case's `handoff.opened` frame arrives. A case is recognised by the marker its
 * customer wrote (`ref <run>-<n>`), which the frame's context packet carries in its transcript.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/** `ref <run id>-<case number>` inside a customer's message. */
const MARKER = /\bref ([a-z0-9]+)-(\d+)\b/;

/** The marker for case `index` of run `runId`. */
export function caseMarker(runId: string, index: number): string {
  return `ref ${runId}-${index}`;
}

/** What one `handoff.opened` frame said about a bench case. */
export interface OpenedCase {
  runId: string;
  index: number;
  /** `performance.now()` when the frame arrived. */
  receivedAt: number;
  priority: string;
}

interface OpenedFrame {
  type?: string;
  data?: {
    case?: { priority?: string };
    context?: { transcript?: { direction?: string; text?: string }[] } | null;
  };
}

/** Reads the bench marker of a `handoff.opened` frame; null for any other frame. */
export function openedCaseOf(raw: string, receivedAt: number): OpenedCase | null {
  const frame = JSON.parse(raw) as OpenedFrame;
  if (frame.type !== 'handoff.opened') return null;
  for (const entry of frame.data?.context?.transcript ?? []) {
    const match = entry.direction === 'in' ? MARKER.exec(entry.text ?? '') : null;
    if (match?.[1] && match[2]) {
      return {
        runId: match[1],
        index: Number(match[2]),
        receivedAt,
        priority: frame.data?.case?.priority ?? '',
      };
    }
  }
  return null;
}

/** Signs in and returns the bearer token. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { token?: string };
  if (response.status !== 200 || typeof body.token !== 'string') {
    throw new Error(`sign-in answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
  }
  return body.token;
}

/** An agent connected to the events socket. */
export class AgentSocket {
  /** Frames that were not about a bench case, and frames that failed to parse. */
  otherFrames = 0;
  badFrames = 0;
  readonly #socket: WebSocket;
  #onOpened: ((opened: OpenedCase) => void) | undefined;

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data: Buffer) => {
      const receivedAt = performance.now();
      let opened: OpenedCase | null;
      try {
        opened = openedCaseOf(data.toString('utf8'), receivedAt);
      } catch {
        this.badFrames++;
        return;
      }
      if (opened) this.#onOpened?.(opened);
      else this.otherFrames++;
    });
  }

  /** Connects with the token as the `bearer` subprotocol; rejects when the upgrade is refused. */
  static async connect(base: string, token: string): Promise<AgentSocket> {
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/api/v1/events`, ['bearer', token]);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_request, response) =>
        reject(new Error(`the events socket was refused with ${response.statusCode ?? '?'}`)),
      );
    });
    return new AgentSocket(socket);
  }

  /** Whether the socket is still open (the server closes slow clients). */
  get open(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  /** Sets who hears about each bench case's `handoff.opened` (one listener at a time). */
  onOpened(listener: ((opened: OpenedCase) => void) | undefined): void {
    this.#onOpened = listener;
  }

  close(): void {
    this.#socket.terminate();
  }
}
