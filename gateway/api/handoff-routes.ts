/**
 * The agent API on cases (`/api/v1/handoffs`, role `agent`): the queue, a case with its context
 * packet and notes, claim, reply over the customer's current channel (through the outbox), internal
 * notes, resolve, return to the bot, opening a case, and — supervisors only — reassigning a case to
 * another agent. The acting agent is the caller.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CaseService } from '../../handoff/case-service';
import { ErrorCodes, SwitchboardError } from '../errors';
import { notFound } from '../store/store-context';
import type { Store } from '../store/types';
import { parseRequest } from './api-errors';
import {
  caseParams,
  checkTextSize,
  encodeCursor,
  listQuery,
  MAX_TEXT_BYTES,
  noteBody,
  noteItem,
  openBody,
  queueItem,
  reassignBody,
  replyBody,
} from './handoff-schemas';
import { requireRole } from './guard';
import { effectiveRoles } from '../auth/roles';

/** What the handoff routes work on. */
export interface HandoffRoutesOptions {
  cases: CaseService;
  store: Store;
}

// JSON escaping may double a text's bytes; the text itself is checked against MAX_TEXT_BYTES.
const textRoute = { bodyLimit: 2 * MAX_TEXT_BYTES + 4096 };

function actorOf(request: FastifyRequest): { id: string; supervisor: boolean } {
  const principal = request.principal;
  if (principal === null)
    throw new SwitchboardError(ErrorCodes.UNAUTHENTICATED, 'Sign in first.', { statusCode: 401 });
  const supervisor = principal.roles.includes('supervisor') || principal.roles.includes('admin');
  return { id: principal.id, supervisor };
}

/** Registers the handoff routes on the `/handoffs` scope. */
export function registerHandoffRoutes(app: FastifyInstance, options: HandoffRoutesOptions): void {
  const { cases, store } = options;

  app.get('/', async (request) => {
    const query = parseRequest(listQuery, request.query, 'query');
    const rows = await store.cases.listPage({
      states: query.state === 'open' ? ['queued', 'assigned'] : [query.state],
      limit: query.limit + 1,
      ...(query.priority ? { priority: query.priority } : {}),
      ...(query.cursor ? { after: query.cursor } : {}),
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((item) => queueItem(item, cases.deadlinesOf(item))),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  });

  app.post('/', async (request, reply) => {
    const body = parseRequest(openBody, request.body, 'body');
    const item = await cases.openByAgent({
      conversationId: body.conversationId,
      agentId: actorOf(request).id,
      priority: body.priority,
      ...(body.tags ? { tags: body.tags } : {}),
    });
    return reply.status(201).send({ case: queueItem(item, cases.deadlinesOf(item)) });
  });

  app.get('/:id', async (request) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const context = await cases.getCaseWithContext(id);
    const notes = await store.caseFeedback.notes(id);
    const csat = await store.caseFeedback.getCsat(id);
    return { ...context, notes: notes.map(noteItem), csat: csat ? { score: csat.score } : null };
  });

  app.post('/:id/claim', async (request) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const item = await cases.claim(id, actorOf(request).id);
    return { case: queueItem(item, cases.deadlinesOf(item)) };
  });

  app.post('/:id/reply', textRoute, async (request, reply) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const body = parseRequest(replyBody, request.body, 'body');
    checkTextSize(body.text);
    const writer = await replyingAgent(options, id, actorOf(request));
    const message = await cases.reply({
      caseId: id,
      ...writer,
      text: body.text,
      ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
      ...(body.awaitCustomer ? { awaitCustomer: true } : {}),
    });
    return reply.status(201).send({
      message: {
        id: message.id,
        channel: message.channel,
        text: message.text,
        at: message.createdAt.toISOString(),
      },
    });
  });

  app.post('/:id/notes', textRoute, async (request, reply) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const body = parseRequest(noteBody, request.body, 'body');
    checkTextSize(body.text);
    if ((await store.cases.get(id)) === null) throw notFound('case', id);
    const note = await store.caseFeedback.addNote({
      caseId: id,
      author: `agent:${actorOf(request).id}`,
      text: body.text,
      at: new Date(),
    });
    return reply.status(201).send({ note: noteItem(note) });
  });

  app.post('/:id/resolve', async (request) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const item = await cases.resolve(id, `agent:${actorOf(request).id}`);
    return { case: queueItem(item, cases.deadlinesOf(item)) };
  });

  app.post('/:id/reassign', { onRequest: requireRole('supervisor') }, async (request) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const { agentId } = parseRequest(reassignBody, request.body, 'body');
    const account = await store.accounts.getAccount(agentId);
    if (account === null || account.disabled || !effectiveRoles(account.roles).includes('agent'))
      throw notFound('agent', agentId);
    const item = await cases.reassign(id, agentId, `agent:${actorOf(request).id}`);
    return { case: queueItem(item, cases.deadlinesOf(item)) };
  });

  app.post('/:id/return', async (request) => {
    const { id } = parseRequest(caseParams, request.params, 'params');
    const item = await cases.returnToBot(id, `agent:${actorOf(request).id}`);
    return { case: queueItem(item, cases.deadlinesOf(item)) };
  });
}

/**
 * Who may reply: the assignee, or a supervisor stepping in on a case someone holds — recorded as
 * the supervisor. Anyone else is refused with 403.
 */
async function replyingAgent(
  options: HandoffRoutesOptions,
  caseId: string,
  actor: { id: string; supervisor: boolean },
): Promise<{ agentId: string; asSupervisor?: boolean }> {
  const item = await options.store.cases.get(caseId);
  if (item === null) throw notFound('case', caseId);
  if (item.assigneeId === actor.id) return { agentId: actor.id };
  if (actor.supervisor && item.assigneeId !== null) return { agentId: actor.id, asSupervisor: true };
  throw new SwitchboardError(
    ErrorCodes.NOT_ASSIGNEE,
    item.assigneeId === null
      ? `Case ${caseId} is not claimed: claim it before replying.`
      : `Case ${caseId} belongs to another agent: only they or a supervisor may reply.`,
    { statusCode: 403 },
  );
}
