/**
 * The API's authenticator: `Authorization: Bearer <token>` → the token's account and roles. A
 * missing, malformed, unknown, expired or revoked token is anonymous (401 from the guard).
 * `trustLoopback` (API_TRUST_LOOPBACK, local development only) additionally admits requests from
 * this machine that carry no Authorization header as the all-roles local operator; a request that
 * presents a token is always judged by its token.
 */
import { loopbackAuthenticator, type Authenticator } from '../api/guard';
import type { AuthService } from './auth-service';
import { bearerToken } from './tokens';

/** Options of {@link bearerAuthenticator}. */
export interface BearerAuthenticatorOptions {
  auth: AuthService;
  /** Admit token-less requests from loopback as the local operator. Default false. */
  trustLoopback?: boolean;
}

/** Finds the caller by bearer token (see the file header). */
export function bearerAuthenticator(options: BearerAuthenticatorOptions): Authenticator {
  const loopback = options.trustLoopback === true ? loopbackAuthenticator() : null;
  return (request) => {
    const token = bearerToken(request.headers.authorization);
    if (token === null) return loopback === null ? null : loopback(request);
    return token === '' ? null : options.auth.authenticate(token);
  };
}
