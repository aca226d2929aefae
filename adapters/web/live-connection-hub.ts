/**
 * Which browser sockets are open for which session address. One session may have several sockets
 * (tabs, devices); a message for the session goes to all of them.
 */
import type { ServerFrame, WebChatMessageView } from './wire-format';

/** A live connection the hub can push to. */
export interface LiveClient {
  /** Send a frame as is (no-op when the connection is no longer open). */
  push(frame: ServerFrame): void;
  /**
   * Send a transcript message unless this connection already received that id: a message stored
   * while the socket joins reaches it both in the history it reads and live.
   */
  deliver(message: WebChatMessageView, clientMessageId?: string): boolean;
  /** Keep-alive tick: ping, or drop the connection if the last ping went unanswered. */
  heartbeat(): void;
  close(code: number, reason: string): void;
}

/** The registry of live connections, keyed by session address. */
export class LiveConnectionHub {
  readonly #byAddress = new Map<string, Set<LiveClient>>();

  join(address: string, client: LiveClient): void {
    let clients = this.#byAddress.get(address);
    if (clients === undefined) {
      clients = new Set();
      this.#byAddress.set(address, clients);
    }
    clients.add(client);
  }

  leave(address: string, client: LiveClient): void {
    const clients = this.#byAddress.get(address);
    if (clients === undefined) return;
    clients.delete(client);
    if (clients.size === 0) this.#byAddress.delete(address);
  }

  /**
   * Push a message to every connection of a session; returns how many got it now. The view is
   * built only when the session has a connection: most sessions have none (a plain HTTP client, a
   * closed tab), and a view built for nobody is work thrown away on every turn.
   */
  deliver(
    address: string,
    message: WebChatMessageView | (() => WebChatMessageView),
    clientMessageId?: string,
  ): number {
    const clients = this.#byAddress.get(address);
    if (clients === undefined || clients.size === 0) return 0;
    const view = typeof message === 'function' ? message() : message;
    let delivered = 0;
    for (const client of clients) {
      if (client.deliver(view, clientMessageId)) delivered += 1;
    }
    return delivered;
  }

  /** Number of open connections for a session. */
  count(address: string): number {
    return this.#byAddress.get(address)?.size ?? 0;
  }

  /** Run one keep-alive tick on every connection. */
  heartbeat(): void {
    for (const client of this.#everyClient()) client.heartbeat();
  }

  /** Close every connection (shutdown) and forget them. */
  closeAll(code: number, reason: string): void {
    for (const client of this.#everyClient()) client.close(code, reason);
    this.#byAddress.clear();
  }

  #everyClient(): LiveClient[] {
    return [...this.#byAddress.values()].flatMap((clients) => [...clients]);
  }
}
