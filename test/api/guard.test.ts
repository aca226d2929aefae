/** The one guard in front of /api/v1: bearer tokens, loopback only when API_TRUST_LOOPBACK opts in; roles checked per scope. */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiGuard, loopbackAuthenticator, requireRole } from '../../gateway/api';
import { registerApiErrorHandler } from '../../gateway/api/api-errors';
import { startTestSwitchboard, type TestSwitchboard } from '../support/switchboard';

describe('API guard on a whole Switchboard, by default', () => {
  let sb: TestSwitchboard;
  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0 });
  });
  afterAll(async () => {
    await sb.dispose();
  });

  it('does not admit loopback callers without a token', async () => {
    const local = await sb.switchboard.app.inject({
      method: 'GET',
      url: '/api/v1/kb/entries',
      remoteAddress: '127.0.0.1',
    });
    expect(local.statusCode).toBe(401);
  });
});

describe('API guard on a whole Switchboard with API_TRUST_LOOPBACK=true', () => {
  let sb: TestSwitchboard;
  beforeAll(async () => {
    sb = await startTestSwitchboard('sqlite', { kbPollIntervalMs: 0 }, { API_TRUST_LOOPBACK: 'true' });
  });
  afterAll(async () => {
    await sb.dispose();
  });

  const get = (remoteAddress: string, headers: Record<string, string> = {}) =>
    sb.switchboard.app.inject({ method: 'GET', url: '/api/v1/kb/entries', remoteAddress, headers });

  it('admits requests from this machine (IPv4 and IPv6 loopback)', async () => {
    expect((await get('127.0.0.1')).statusCode).toBe(200);
    expect((await get('::1')).statusCode).toBe(200);
    expect((await get('::ffff:127.0.0.1')).statusCode).toBe(200);
  });

  it('names the local operator, who has no account', async () => {
    const me = await sb.switchboard.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      remoteAddress: '127.0.0.1',
    });
    expect(me.json()).toEqual({ id: 'local', effectiveRoles: expect.arrayContaining(['admin']) as unknown });
  });

  it('judges a request that presents a token by its token, even from loopback', async () => {
    expect((await get('127.0.0.1', { authorization: 'Bearer sbt_forged' })).statusCode).toBe(401);
  });

  it('refuses other machines with 401 SB_ERR_UNAUTHENTICATED', async () => {
    const refused = await get('10.0.0.7');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual({
      error: { code: 'SB_ERR_UNAUTHENTICATED', message: expect.any(String) as unknown },
    });
  });

  it('refuses a request a local proxy relayed from elsewhere', async () => {
    expect((await get('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).statusCode).toBe(401);
    expect((await get('127.0.0.1', { forwarded: 'for=203.0.113.9;proto=https' })).statusCode).toBe(401);
    expect((await get('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' })).statusCode).toBe(200);
  });

  it('guards writes before reading their body', async () => {
    const refused = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/api/v1/kb/publish',
      remoteAddress: '192.0.2.1',
      payload: '{not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(refused.statusCode).toBe(401);
  });

  it('leaves the customer routes open', async () => {
    const chat = await sb.switchboard.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      remoteAddress: '10.0.0.7',
      payload: { text: 'hello' },
    });
    expect(chat.statusCode).toBe(200);
  });
});

describe('requireRole', () => {
  it('refuses a principal without the role with 403 and admits admins', async () => {
    const app = Fastify();
    await app.register((scope, _options, done) => {
      registerApiErrorHandler(scope);
      scope.addHook(
        'onRequest',
        createApiGuard((request) => ({
          id: 'someone',
          roles: request.headers['x-role'] === 'admin' ? ['admin'] : ['agent'],
        })),
      );
      scope.addHook('onRequest', requireRole('editor'));
      scope.get('/edit', (request, reply) => reply.send({ who: request.principal?.id }));
      done();
    });
    const agent = await app.inject({ method: 'GET', url: '/edit' });
    expect(agent.statusCode).toBe(403);
    expect(agent.json<{ error: { code: string } }>().error.code).toBe('SB_ERR_FORBIDDEN');
    const admin = await app.inject({ method: 'GET', url: '/edit', headers: { 'x-role': 'admin' } });
    expect(admin.json()).toEqual({ who: 'someone' });
    await app.close();
  });

  it('the loopback authenticator names the local operator', async () => {
    const app = Fastify();
    app.decorateRequest('principal', null);
    app.addHook('onRequest', createApiGuard(loopbackAuthenticator()));
    app.get('/me', (request, reply) => reply.send(request.principal));
    expect((await app.inject({ method: 'GET', url: '/me' })).json()).toMatchObject({
      id: 'local',
      roles: expect.arrayContaining(['editor']) as unknown,
    });
    await app.close();
  });
});
