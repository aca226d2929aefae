/**
 * One `/api/v1` request through `app.inject` as a test account: the bearer header, and a JSON body
 * when one is given.
 */
import { issueToken, type IssuedToken } from './auth';
import { startTestSwitchboard, type TestSwitchboard } from './switchboard';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls `/api/v1${url}` on the test Switchboard as `who`. */
export function apiCall(
  sb: TestSwitchboard,
  who: IssuedToken,
  method: ApiMethod,
  url: string,
  payload?: unknown,
) {
  return sb.switchboard.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

/** The `error.code` of an API error answer. */
export const errorCode = (response: { json: <T>() => T }): string =>
  response.json<{ error: { code: string } }>().error.code;

/** A whole test Switchboard on `kind` (no knowledge polling) with an agent's and a supervisor's token. */
export async function startStaffedSwitchboard(
  kind: 'sqlite' | 'postgres',
): Promise<{ sb: TestSwitchboard; agent: IssuedToken; boss: IssuedToken }> {
  const sb = await startTestSwitchboard(kind, { kbPollIntervalMs: 0 });
  const agent = await issueToken(sb.switchboard.store, { roles: ['agent'] });
  const boss = await issueToken(sb.switchboard.store, { roles: ['supervisor'] });
  return { sb, agent, boss };
}
