/**
 * One agent's events socket: frames the caller may see (supervisors also get SLA warnings and
 * the breaches whose policy notifies them), a bounded send buffer — a client that cannot keep up is disconnected, never allowed
 * to grow the process's memory — ping/pong keep-alive that drops a peer that stopped answering, and
 * a periodic re-check of the token, so a logout, revocation or expiry ends the stream too.
 */
import type { WebSocket } from 'ws';
import type { Principal, Role } from './guard';
import { SUPERVISOR_EVENTS, type AgentEventFeed, type EventFrame } from './events-feed';

/** Options of {@link serveEventSocket}. */
export interface EventSocketOptions {
  feed: AgentEventFeed;
  roles: readonly Role[];
  /** Most bytes waiting to be sent before the connection is dropped. Default 1 MiB. */
  maxBufferedBytes?: number;
  /** Ping interval, ms; a peer that has not answered the previous ping is dropped. Default 30 s. */
  pingIntervalMs?: number;
  /**
   * Who the connection's token names now (null: revoked, expired, account disabled). Asked every
   * `authRecheckMs`; the connection is closed once its token no longer admits an agent.
   */
  recheck?: () => Promise<Principal | null>;
  /** How often `recheck` runs, ms. Default 30 s. */
  authRecheckMs?: number;
}

/** Close code and reason sent to a client too slow to drain its frames. */
export const SLOW_CLIENT = { code: 1008, reason: 'too slow: the event buffer is full, reconnect' } as const;

/** Close code and reason sent once the connection's token was revoked or expired. */
export const TOKEN_ENDED = { code: 1008, reason: 'token revoked or expired: sign in again' } as const;

/**
 * Whether a supervisors' frame goes out: a breach reaches supervisors only when its policy's
 * escalation notifies them (`notifySupervisors`, on by default); warnings and offers always do.
 */
function notifiesSupervisors(frame: EventFrame): boolean {
  if (frame.type !== 'sla.breached') return true;
  const escalation = (frame.data as { escalation?: unknown } | null)?.escalation;
  if (!Array.isArray(escalation)) return true;
  return escalation.some((action) => (action as { type?: unknown } | null)?.type === 'notifySupervisors');
}

const admitsAgent = (principal: Principal | null) =>
  principal !== null && (principal.roles.includes('agent') || principal.roles.includes('admin'));

/** Streams the feed to `socket` until either side closes. */
export function serveEventSocket(socket: WebSocket, options: EventSocketOptions): void {
  const supervisor = options.roles.includes('supervisor') || options.roles.includes('admin');
  const limit = options.maxBufferedBytes ?? 1024 * 1024;
  let alive = true;

  const send = (frame: EventFrame): void => {
    if (SUPERVISOR_EVENTS.has(frame.type) && !(supervisor && notifiesSupervisors(frame))) return;
    if (socket.readyState !== socket.OPEN) return;
    const text = JSON.stringify(frame);
    if (socket.bufferedAmount + Buffer.byteLength(text) > limit) {
      stop();
      socket.close(SLOW_CLIENT.code, SLOW_CLIENT.reason);
      // A client that cannot read cannot complete the close handshake either.
      setTimeout(() => socket.terminate(), 1000).unref();
      return;
    }
    socket.send(text);
  };

  const unsubscribe = options.feed.subscribe(send);
  const ping = setInterval(() => {
    if (!alive) {
      stop();
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, options.pingIntervalMs ?? 30_000);
  ping.unref();

  const recheck = options.recheck;
  const auth =
    recheck === undefined
      ? undefined
      : setInterval(() => {
          recheck()
            .catch(() => null)
            .then((principal) => {
              if (admitsAgent(principal) || socket.readyState !== socket.OPEN) return;
              stop();
              socket.close(TOKEN_ENDED.code, TOKEN_ENDED.reason);
            })
            .catch(() => undefined);
        }, options.authRecheckMs ?? 30_000);
  auth?.unref();

  function stop(): void {
    unsubscribe();
    clearInterval(ping);
    clearInterval(auth);
  }

  socket.on('pong', () => {
    alive = true;
  });
  socket.on('close', stop);
  socket.on('error', stop);
}
