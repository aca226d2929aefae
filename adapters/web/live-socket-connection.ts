/**
 * One browser WebSocket: decodes and checks frames, processes them strictly one after another (a
 * customer's messages must reach the gateway in the order typed), and reports recoverable problems
 * as error frames instead of closing the socket.
 */
import type { WebSocket } from 'ws';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import { toSwitchboardError } from '../../gateway/http-errors';
import type { WebChatService } from './chat-service';
import type { LiveClient, LiveConnectionHub } from './live-connection-hub';
import type { WebChatLogger } from './logger';
import type { WebChatSession } from './session-tokens';
import { clientFrameSchema, decodeJson, parseWith, type ClientFrame } from './validation';
import type { ServerFrame, WebChatMessageView } from './wire-format';

/** Close code for "message too big" (RFC 6455 §7.4.1). */
export const CLOSE_TOO_BIG = 1009;
/** How many message ids a socket remembers for dedupe; older ones are forgotten first. */
const REMEMBERED_IDS = 500;

/** Limits and collaborators of one socket. */
export interface LiveSocketOptions {
  service: WebChatService;
  hub: LiveConnectionHub;
  logger: WebChatLogger;
  maxFrameBytes: number;
  maxQueuedFrames: number;
  /** Locale from the upgrade request's Accept-Language. */
  headerLocale: string | undefined;
}

/** Drives one socket for its whole life. */
export class LiveSocketConnection implements LiveClient {
  readonly #socket: WebSocket;
  readonly #options: LiveSocketOptions;
  readonly #sentIds = new Set<string>();
  #session: WebChatSession | null = null;
  #locale: string | undefined;
  #queue: Promise<void> = Promise.resolve();
  #queued = 0;
  #alive = true;

  constructor(socket: WebSocket, options: LiveSocketOptions) {
    this.#socket = socket;
    this.#options = options;
    socket.on('message', (data) => this.#onFrame(data));
    socket.on('pong', () => {
      this.#alive = true;
    });
    socket.on('close', () => this.#leave());
    socket.on('error', (error) => options.logger.warn({ err: error }, 'web chat socket error'));
  }

  push(frame: ServerFrame): void {
    if (this.#socket.readyState === this.#socket.OPEN) this.#socket.send(JSON.stringify(frame));
  }

  deliver(message: WebChatMessageView, clientMessageId?: string): boolean {
    if (this.#sentIds.has(message.id)) return false;
    this.#remember(message.id);
    this.push(
      clientMessageId === undefined
        ? { type: 'message', message }
        : { type: 'message', message, clientMessageId },
    );
    return true;
  }

  heartbeat(): void {
    if (!this.#alive) {
      this.#socket.terminate();
      return;
    }
    this.#alive = false;
    if (this.#socket.readyState === this.#socket.OPEN) this.#socket.ping();
  }

  close(code: number, reason: string): void {
    this.#socket.close(code, reason);
  }

  #onFrame(data: unknown): void {
    const bytes = toBytes(data);
    // ws enforces maxPayload itself when this plugin registered @fastify/websocket; this check also
    // holds when the host app registered it with a larger limit.
    if (bytes.length > this.#options.maxFrameBytes) {
      this.close(CLOSE_TOO_BIG, 'frame too large');
      return;
    }
    let frame: ClientFrame;
    try {
      // Text frames arrive UTF-8-checked by ws (invalid ones close with 1007); binary frames are
      // accepted as JSON too, and the strict decoder refuses bad bytes in them.
      frame = parseWith(clientFrameSchema, decodeJson(bytes), 'frame');
    } catch (error) {
      this.#reportError(error, undefined);
      return;
    }
    if (this.#queued >= this.#options.maxQueuedFrames) {
      const busy = new SwitchboardError(
        ErrorCodes.RATE_LIMITED,
        'Too many messages at once; wait for the replies and resend.',
        {
          statusCode: 429,
        },
      );
      this.#reportError(busy, frame.type === 'message' ? frame.clientMessageId : undefined);
      return;
    }
    this.#queued += 1;
    this.#queue = this.#queue.then(async () => {
      try {
        await this.#handle(frame);
      } catch (error) {
        this.#reportError(error, frame.type === 'message' ? frame.clientMessageId : undefined);
      } finally {
        this.#queued -= 1;
      }
    });
  }

  async #handle(frame: ClientFrame): Promise<void> {
    switch (frame.type) {
      case 'ping':
        this.push({ type: 'pong' });
        return;
      case 'hello':
        await this.#hello(frame.sessionId, frame.after, frame.locale);
        return;
      case 'message': {
        if (this.#session === null) {
          throw new SwitchboardError(ErrorCodes.BAD_REQUEST, 'Send {"type":"hello"} before any message.', {
            statusCode: 400,
          });
        }
        const locale = frame.locale ?? this.#locale;
        await this.#options.service.receive(this.#session, {
          text: frame.text,
          ...(frame.clientMessageId === undefined ? {} : { clientMessageId: frame.clientMessageId }),
          ...(locale === undefined ? {} : { locale }),
          ...(this.#options.headerLocale === undefined ? {} : { headerLocale: this.#options.headerLocale }),
          transport: 'websocket',
          raw: frame,
        });
        return;
      }
    }
  }

  async #hello(
    token: string | undefined,
    after: string | undefined,
    locale: string | undefined,
  ): Promise<void> {
    const session = this.#options.service.openSession(token);
    this.#leave();
    this.#session = session;
    this.#locale = locale;
    // Join before reading history: a message stored meanwhile then arrives twice (the client dedupes
    // by id) instead of not at all.
    this.#options.hub.join(session.address, this);
    const messages = await this.#options.service.transcript(session.address, after ?? null);
    for (const message of messages) this.#remember(message.id);
    this.push({ type: 'session', sessionId: session.token, messages });
  }

  #leave(): void {
    if (this.#session !== null) this.#options.hub.leave(this.#session.address, this);
  }

  #remember(id: string): void {
    this.#sentIds.add(id);
    if (this.#sentIds.size > REMEMBERED_IDS) {
      const oldest = this.#sentIds.values().next();
      if (oldest.done !== true) this.#sentIds.delete(oldest.value);
    }
  }

  #reportError(error: unknown, clientMessageId: string | undefined): void {
    const mapped = toSwitchboardError(error);
    if (mapped.statusCode >= 500) this.#options.logger.error({ err: error }, 'web chat socket frame failed');
    const frame: ServerFrame = { type: 'error', code: mapped.code, message: mapped.message };
    this.push(clientMessageId === undefined ? frame : { ...frame, clientMessageId });
  }
}

function toBytes(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.alloc(0);
}
