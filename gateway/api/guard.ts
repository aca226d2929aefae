/**
 * The one guard in front of every `/api/v1` route. It asks an {@link Authenticator} who is calling
 * and refuses anonymous requests with 401 `SB_ERR_UNAUTHENTICATED`; routes that need a role add
 * {@link requireRole}. The composition root passes the bearer-token authenticator
 * (gateway/auth/bearer-authenticator.ts); {@link loopbackAuthenticator} is only an opt-in for local
 * development. A route is open to anonymous callers only when it says so (`config: { public: true }`:
 * the login route alone).
 */
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { ErrorCodes, SwitchboardError } from '../errors';

/** What a caller may do. */
export type Role = 'admin' | 'editor' | 'agent' | 'supervisor';

/** Who is calling: the id is recorded as the actor of every change they make. */
export interface Principal {
  id: string;
  roles: readonly Role[];
}

/** Finds the caller of a request; null when it is anonymous. */
export type Authenticator = (request: FastifyRequest) => Principal | null | Promise<Principal | null>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the API guard; null outside `/api/v1`. */
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** True on the few `/api/v1` routes anonymous callers may use (login). */
    public?: boolean;
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const ALL_ROLES: readonly Role[] = ['admin', 'editor', 'agent', 'supervisor'];

/**
 * Admits requests whose TCP peer is this machine, as the local operator with every role.
 * A request relayed by a proxy (it carries `Forwarded` or `X-Forwarded-For`) is admitted only when
 * every hop it names is loopback too: a reverse proxy on this host would otherwise make the whole
 * internet look local.
 */
export function loopbackAuthenticator(): Authenticator {
  return (request) => {
    const peer = request.raw.socket.remoteAddress ?? '';
    if (!LOOPBACK.test(peer)) return null;
    const hops = forwardedHops(request);
    if (hops.some((hop) => !LOOPBACK.test(hop))) return null;
    return { id: 'local', roles: ALL_ROLES };
  };
}

function forwardedHops(request: FastifyRequest): string[] {
  const hops: string[] = [];
  const xff = request.headers['x-forwarded-for'];
  for (const value of Array.isArray(xff) ? xff : xff === undefined ? [] : [xff]) {
    hops.push(...value.split(',').map((hop) => hop.trim()));
  }
  const forwarded = request.headers.forwarded;
  for (const match of (forwarded ?? '').matchAll(/for="?\[?([^\]";,]+)/gi)) hops.push(match[1] ?? '');
  return hops.map((hop) => hop.replace(/^::ffff:/, '')).filter((hop) => hop !== '');
}

/** The hook that every `/api/v1` request runs first (onRequest: before its body is even read). */
export function createApiGuard(authenticate: Authenticator): onRequestAsyncHookHandler {
  return async function apiGuard(request: FastifyRequest): Promise<void> {
    if (request.routeOptions.config.public === true) return;
    const principal = await authenticate(request);
    if (principal === null) {
      throw new SwitchboardError(
        ErrorCodes.UNAUTHENTICATED,
        'This API needs a signed-in user: send `Authorization: Bearer <token>` with a live token (POST /api/v1/auth/login gives one).',
        { statusCode: 401 },
      );
    }
    request.principal = principal;
  };
}

/** A hook refusing callers without `role` (admins may do everything) with 403. */
export function requireRole(role: Role): onRequestAsyncHookHandler {
  return function roleGuard(request: FastifyRequest): Promise<void> {
    const roles = request.principal?.roles ?? [];
    if (roles.includes(role) || roles.includes('admin')) return Promise.resolve();
    return Promise.reject(
      new SwitchboardError(ErrorCodes.FORBIDDEN, `This needs the ${role} role.`, { statusCode: 403 }),
    );
  };
}
