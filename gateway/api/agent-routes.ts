/**
 * The agents' availability API (`/api/v1/agents`, role `agent`): an agent reads and sets their own
 * status (online / away / offline); supervisors list every agent with status, skills and load, set
 * another agent's status (someone left without signing off) and their skills and capacity.
 * Routing (handoff/agent-router.ts) gives new cases only to online agents with capacity left.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CaseService } from '../../handoff/case-service';
import { effectiveRoles } from '../auth/roles';
import type { Account } from '../auth/types';
import { ErrorCodes, SwitchboardError } from '../errors';
import { CHANNELS } from '../message';
import { DEFAULT_AGENT_CAPACITY, type AgentPresence } from '../store/agent-repository';
import { notFound } from '../store/store-context';
import type { Store } from '../store/types';
import { parseRequest } from './api-errors';
import { requireRole } from './guard';

/** What the agent routes work on. */
export interface AgentRoutesOptions {
  cases: CaseService;
  store: Store;
}

const statusBody = z.object({ status: z.enum(['online', 'away', 'offline']) }).strict();
const skillList = z.array(z.string().trim().min(1).max(64)).max(50).nullable();
const skillsBody = z
  .object({
    languages: z
      .array(z.string().regex(/^[A-Za-z]{2,8}$/, 'is not a language subtag (zh, en, …)'))
      .max(20)
      .nullable()
      .optional(),
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).nullable().optional(),
    tags: skillList.optional(),
    capacity: z.number().int().min(0).max(100).optional(),
  })
  .strict();
const agentParams = z.object({ id: z.string().min(1).max(100) });
const supervisorOnly = { onRequest: requireRole('supervisor') };

function callerId(request: FastifyRequest): string {
  if (request.principal === null)
    throw new SwitchboardError(ErrorCodes.UNAUTHENTICATED, 'Sign in first.', { statusCode: 401 });
  return request.principal.id;
}

/** An agent as the API shows them; an agent who never set a status is offline with defaults. */
function agentJson(account: Account | null, agentId: string, presence: AgentPresence | null, load: number) {
  return {
    id: agentId,
    displayName: account?.displayName ?? null,
    email: account?.email ?? null,
    status: presence?.status ?? 'offline',
    statusSince: presence?.statusSince.toISOString() ?? null,
    languages: presence?.languages ?? null,
    channels: presence?.channels ?? null,
    tags: presence?.tags ?? null,
    capacity: presence?.capacity ?? DEFAULT_AGENT_CAPACITY,
    load,
  };
}

/** Registers the agent routes on the `/agents` scope. */
export function registerAgentRoutes(app: FastifyInstance, options: AgentRoutesOptions): void {
  const { cases, store } = options;

  /** The account behind an agent id, or 404 when it is not an agent's. */
  const agentAccount = async (agentId: string): Promise<Account> => {
    const account = await store.accounts.getAccount(agentId);
    if (account === null || !effectiveRoles(account.roles).includes('agent'))
      throw notFound('agent', agentId);
    return account;
  };
  const describe = async (agentId: string) => {
    const [account, presence, load] = await Promise.all([
      store.accounts.getAccount(agentId),
      store.agents.get(agentId),
      store.cases.countAssigned(agentId),
    ]);
    return agentJson(account, agentId, presence, load);
  };

  app.get('/', supervisorOnly, async () => {
    const [accounts, presences, loads] = await Promise.all([
      store.accounts.listAccounts(),
      store.agents.list(),
      store.cases.assignedCounts(),
    ]);
    const byId = new Map(presences.map((p) => [p.agentId, p]));
    const agents = accounts
      .filter((account) => !account.disabled && effectiveRoles(account.roles).includes('agent'))
      .map((account) =>
        agentJson(account, account.id, byId.get(account.id) ?? null, loads.get(account.id) ?? 0),
      );
    return { agents };
  });

  app.get('/me', async (request) => ({ agent: await describe(callerId(request)) }));

  app.put('/me/status', async (request) => {
    const { status } = parseRequest(statusBody, request.body, 'body');
    const id = callerId(request);
    await cases.agents.setStatus(id, status);
    return { agent: await describe(id) };
  });

  app.put('/:id/status', supervisorOnly, async (request) => {
    const { id } = parseRequest(agentParams, request.params, 'params');
    const { status } = parseRequest(statusBody, request.body, 'body');
    await agentAccount(id);
    await cases.agents.setStatus(id, status);
    request.log.info({ agentId: id, status, by: request.principal?.id }, 'agent status set by supervisor');
    return { agent: await describe(id) };
  });

  app.put('/:id/skills', supervisorOnly, async (request) => {
    const { id } = parseRequest(agentParams, request.params, 'params');
    const body = parseRequest(skillsBody, request.body, 'body');
    await agentAccount(id);
    const skills = {
      ...(body.languages === undefined
        ? {}
        : { languages: body.languages?.map((l) => l.toLowerCase()) ?? null }),
      ...(body.channels === undefined ? {} : { channels: body.channels }),
      ...(body.tags === undefined ? {} : { tags: body.tags }),
      ...(body.capacity === undefined ? {} : { capacity: body.capacity }),
    };
    await cases.agents.setSkills(id, skills);
    return { agent: await describe(id) };
  });
}
