/**
 * Every `/api/v1` route, as the server itself registered them (an onRoute hook, so a route added
 * later is covered without touching this file), refuses callers it must refuse: no token, a
 * malformed, expired or revoked one, a disabled account's (401), and a token without the route's
 * role (403) — and admits a token with the role. A route that matches no row of the table fails
 * the first test: whoever adds an area of the API says here which role it needs.
 */
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../gateway/api/guard';
import { effectiveRoles, ROLES } from '../../gateway/auth/roles';
import { issueToken } from '../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

type Need = Role | 'signed-in' | 'public';

/** Which role each area of the API needs; the first matching row (and method, when named) wins. */
const TABLE: { pattern: RegExp; need: Need; method?: string }[] = [
  { pattern: /^\/api\/v1\/auth\/login$/, need: 'public' },
  { pattern: /^\/api\/v1\/auth\/(me|logout|password)$/, need: 'signed-in' },
  { pattern: /^\/api\/v1\/auth\/tokens(\/|$)/, need: 'admin' },
  { pattern: /^\/api\/v1\/accounts(\/|$)/, need: 'admin' },
  { pattern: /^\/api\/v1\/kb(\/|$)/, need: 'editor' },
  { pattern: /^\/api\/v1\/handoffs\/:id\/reassign$/, need: 'supervisor' },
  { pattern: /^\/api\/v1\/handoffs(\/|$)/, need: 'agent' },
  { pattern: /^\/api\/v1\/customers\/:id\/(merge|unmerge|erase)$/, need: 'supervisor' },
  { pattern: /^\/api\/v1\/customers\/:id$/, method: 'PATCH', need: 'supervisor' },
  { pattern: /^\/api\/v1\/customers(\/|$)/, need: 'agent' },
  { pattern: /^\/api\/v1\/agents\/me(\/status)?$/, need: 'agent' },
  { pattern: /^\/api\/v1\/agents(\/|\/:id\/(status|skills))?$/, need: 'supervisor' },
  { pattern: /^\/api\/v1\/events(\/|$)/, need: 'agent' },
  { pattern: /^\/api\/v1\/stats(\/|$)/, need: 'supervisor' },
];

interface Route {
  method: string;
  url: string;
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

const needOf = (route: Route): Need | undefined =>
  TABLE.find((row) => row.pattern.test(route.url) && (row.method ?? route.method) === route.method)?.need;

/** Every role granted alone that does not amount to `role`. */
const rolesLacking = (role: Role): Role[] => ROLES.filter((other) => !effectiveRoles([other]).includes(role));

describe('every /api/v1 route checks its caller', () => {
  const routes: Route[] = [];
  let sb: TestSwitchboard;

  const collect = (route: RouteOptions): void => {
    if (!route.url.startsWith('/api/v1')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url });
  };

  /** A request that reaches a handler does nothing: bodies are malformed JSON, ids name nothing. */
  const send = (route: Route, authorization?: string) =>
    sb.switchboard.app.inject({
      method: route.method as Method,
      url: route.url.replace(/:[A-Za-z]+/g, 'no-such-id'),
      headers: {
        ...(authorization === undefined ? {} : { authorization }),
        ...(route.method === 'GET' || route.method === 'HEAD' ? {} : { 'content-type': 'application/json' }),
      },
      ...(route.method === 'GET' || route.method === 'HEAD' ? {} : { payload: '{"not json' }),
    });

  /** The routes whose answer to `authorization` (per route) is not `status` with `code`. */
  async function misfits(
    selected: Route[],
    authorization: (route: Route) => Promise<string | undefined>,
    expected: (status: number) => boolean,
  ): Promise<string[]> {
    const wrong: string[] = [];
    for (const route of selected) {
      const response = await send(route, await authorization(route));
      if (!expected(response.statusCode)) wrong.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    return wrong;
  }

  const guarded = () => routes.filter((route) => needOf(route) !== 'public');
  const bearer = (token: string) => `Bearer ${token}`;

  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0, onRoute: collect });
  });
  afterAll(async () => {
    await sb.dispose();
  });

  it('knows the role of every route (a new area must add its row)', () => {
    expect(routes.filter((route) => needOf(route) === undefined)).toEqual([]);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((route) => needOf(route) === 'public')).toEqual([
      { method: 'POST', url: '/api/v1/auth/login' },
    ]);
  });

  it('refuses a request without a token with 401 SB_ERR_UNAUTHENTICATED', async () => {
    expect(
      await misfits(
        guarded(),
        () => Promise.resolve(undefined),
        (status) => status === 401,
      ),
    ).toEqual([]);
    const one = await send({ method: 'GET', url: '/api/v1/kb/entries' });
    expect(one.json()).toEqual({
      error: { code: 'SB_ERR_UNAUTHENTICATED', message: expect.any(String) as unknown },
    });
  });

  it('refuses malformed and unknown tokens with 401', async () => {
    const headers = [
      'Bearer',
      'Bearer not-a-token',
      'Basic YWRtaW46YWRtaW4=',
      bearer(`sbt_${'A'.repeat(43)}`),
    ];
    for (const header of headers) {
      expect(
        await misfits(
          guarded(),
          () => Promise.resolve(header),
          (status) => status === 401,
        ),
      ).toEqual([]);
    }
  });

  it('refuses an expired token with 401', async () => {
    const expired = await issueToken(sb.switchboard.store, {
      roles: ['admin'],
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(
      await misfits(
        guarded(),
        () => Promise.resolve(bearer(expired.token)),
        (s) => s === 401,
      ),
    ).toEqual([]);
  });

  it('refuses a revoked token with 401', async () => {
    const revoked = await issueToken(sb.switchboard.store, { roles: ['admin'], revoked: true });
    expect(
      await misfits(
        guarded(),
        () => Promise.resolve(bearer(revoked.token)),
        (s) => s === 401,
      ),
    ).toEqual([]);
  });

  it("refuses a disabled account's token with 401", async () => {
    const issued = await issueToken(sb.switchboard.store, { roles: ['admin'] });
    await sb.switchboard.store.accounts.updateAccount(issued.accountId, { disabled: true }, new Date());
    expect(
      await misfits(
        guarded(),
        () => Promise.resolve(bearer(issued.token)),
        (s) => s === 401,
      ),
    ).toEqual([]);
  });

  it('refuses a token without the route’s role with 403 SB_ERR_FORBIDDEN', async () => {
    const store = sb.switchboard.store;
    const lacking = new Map<Role, string>();
    for (const role of ROLES) {
      if (rolesLacking(role).length > 0)
        lacking.set(role, (await issueToken(store, { roles: rolesLacking(role) })).token);
    }
    const withRole = guarded().filter((route) => needOf(route) !== 'signed-in');
    const wrong = await misfits(
      withRole,
      (route) => Promise.resolve(bearer(lacking.get(needOf(route) as Role) ?? '')),
      (status) => status === 403,
    );
    expect(wrong).toEqual([]);
    const one = await send({ method: 'GET', url: '/api/v1/accounts' }, bearer(lacking.get('admin') ?? ''));
    expect(one.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_FORBIDDEN');
  });

  it('admits a token with exactly the route’s role (the refusals above are not blanket ones)', async () => {
    const store = sb.switchboard.store;
    const holders = new Map<Need, string>();
    for (const role of ROLES) holders.set(role, (await issueToken(store, { roles: [role] })).token);
    holders.set('signed-in', (await issueToken(store, { roles: ['agent'] })).token);
    const wrong = await misfits(
      guarded(),
      (route) => Promise.resolve(bearer(holders.get(needOf(route) ?? 'public') ?? '')),
      (status) => status !== 401 && status !== 403,
    );
    expect(wrong).toEqual([]);
  });
});
