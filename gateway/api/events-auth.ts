/**
 * Browsers cannot set headers on a WebSocket, so the events socket also takes its bearer token
 * from the subprotocol list: `Sec-WebSocket-Protocol: bearer, <token>` (the server echoes
 * `bearer` back). Never from the URL, where tokens end up in logs and history.
 */
import type { FastifyRequest } from 'fastify';
import type { Authenticator } from './guard';

/** The token a WebSocket upgrade carries as its second subprotocol after `bearer`, if any. */
export function socketProtocolToken(request: FastifyRequest): string | null {
  if (request.headers.upgrade?.toLowerCase() !== 'websocket') return null;
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  return offered[0]?.toLowerCase() === 'bearer' && offered[1] ? offered[1] : null;
}

/**
 * `inner`, also admitting a WebSocket upgrade whose token comes as a subprotocol. A request with
 * an Authorization header is judged by that header alone.
 */
export function withSocketProtocolToken(inner: Authenticator): Authenticator {
  return (request) => {
    const token = request.headers.authorization === undefined ? socketProtocolToken(request) : null;
    if (token !== null) request.headers.authorization = `Bearer ${token}`;
    return inner(request);
  };
}
