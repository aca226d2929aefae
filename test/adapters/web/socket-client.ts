/** A small promise-based WebSocket client for the web chat protocol, used by socket and contract tests. */
import WebSocket from 'ws';
import type { QuickReply } from '../../../gateway/message';

export interface Frame {
  type: string;
  [key: string]: unknown;
}

/** One connected test client that records every frame it receives. */
export class ChatSocketClient {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  readonly #socket: WebSocket;
  #waiters: (() => void)[] = [];

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data: Buffer) => {
      this.frames.push(JSON.parse(data.toString('utf8')) as Frame);
      this.#wake();
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      this.#wake();
    });
  }

  /** Connect; `autoPong: false` makes a client that ignores the server's pings (a dead peer). */
  static async connect(
    baseUrl: string,
    options: { headers?: Record<string, string>; autoPong?: boolean } = {},
  ): Promise<ChatSocketClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/webchat`, {
      headers: options.headers ?? {},
      autoPong: options.autoPong ?? true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new ChatSocketClient(socket);
  }

  send(frame: unknown): void {
    this.#socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  sendRaw(data: Buffer | string): void {
    this.#socket.send(data);
  }

  /** Say hello and wait for the session frame. */
  async hello(sessionId?: string): Promise<{ sessionId: string; messages: Frame[] }> {
    const before = this.frames.length;
    this.send(sessionId === undefined ? { type: 'hello' } : { type: 'hello', sessionId });
    const frame = await this.waitFor((f, i) => i >= before && (f.type === 'session' || f.type === 'error'));
    if (frame.type === 'error') throw new Error(`hello refused: ${String(frame['code'])}`);
    return frame as unknown as { sessionId: string; messages: Frame[] };
  }

  /** Wait until a frame matching `match` has arrived (already or later). */
  async waitFor(match: (frame: Frame, index: number) => boolean, timeoutMs = 5000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found !== undefined) return found;
      if (this.closeCode !== null) throw new Error(`socket closed (${this.closeCode}) while waiting`);
      if (Date.now() > deadline) throw new Error(`timed out; frames so far: ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Wait until the server closes the socket; returns the close code. */
  async closed(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket still open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closeCode;
  }

  /** Messages (frame.message) received so far. */
  messages(): { id: string; direction: string; author?: string; text: string; options?: QuickReply[] }[] {
    return this.frames
      .filter((f) => f.type === 'message')
      .map((f) => f['message'] as { id: string; direction: string; text: string; options?: QuickReply[] });
  }

  close(): void {
    this.#socket.close();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }
}
