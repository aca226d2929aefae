/**
 * The agent API on customers (`/api/v1/customers`, role `agent`): a profile with its linked
 * identities, the one timeline across channels, linking and unlinking an identity, and — for
 * supervisors only — setting the profile's name, tier and tags, merging two customers, undoing a merge, and erasing a customer's personal data
 * (irreversible; see gateway/store/customer-erasure.ts). Every change is audited by the store with
 * the caller as its actor. An erased customer answers 410 `SB_ERR_CUSTOMER_ERASED` everywhere.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { identityKindOf, normalizeAddress, normalizePhone } from '../addresses';
import { badRequest, ErrorCodes, SwitchboardError } from '../errors';
import { CHANNELS, type StoredMessage } from '../message';
import { notFound } from '../store/store-context';
import type { Customer, Identity, IdentityChannel, Store } from '../store/types';
import { parseRequest } from './api-errors';
import { requireRole } from './guard';

/** What the customer routes work on. */
export interface CustomerRoutesOptions {
  store: Store;
}

const id = z.string().min(1).max(200);
const customerParams = z.object({ id });
const identityParams = z.object({ id, identityId: id });
const timelineQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });
const linkBody = z.object({
  channel: z.enum([...CHANNELS, 'phone']),
  address: z.string().min(1).max(320),
});
const pairBody = z.object({ otherCustomerId: id });
/** Profile fields a supervisor sets; at least one, tags deduplicated in the order given. */
const profileBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).nullable().optional(),
    tier: z
      .string()
      .regex(/^[a-z0-9-]{1,32}$/, 'must be 1–32 of a-z, 0-9 and -, such as standard or vip')
      .optional(),
    tags: z
      .array(z.string().trim().min(1).max(64))
      .max(50)
      .transform((tags) => [...new Set(tags)])
      .optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'name at least one field');
/** Erasure cannot be undone: the body repeats the customer's id. */
const eraseBody = z.object({ confirm: id }).strict();
const supervisorOnly = { onRequest: requireRole('supervisor') };

function actorOf(request: FastifyRequest): string {
  if (request.principal === null)
    throw new SwitchboardError(ErrorCodes.UNAUTHENTICATED, 'Sign in first.', { statusCode: 401 });
  return `agent:${request.principal.id}`;
}

/** The identity kind and normalized address of what an agent typed, or 400. */
function normalizedIdentity(body: z.infer<typeof linkBody>): { kind: IdentityChannel; address: string } {
  const { channel } = body;
  const address =
    channel === 'phone' ? normalizePhone(body.address) : normalizeAddress(channel, body.address);
  if (address === null) {
    const hint =
      channel === 'phone' || channel === 'sms' || channel === 'voice'
        ? ' (phones as +<country><number>)'
        : '';
    throw badRequest(`body.address: is not a valid ${channel} address${hint}`);
  }
  return { kind: channel === 'phone' ? 'phone' : identityKindOf(channel), address };
}

const customerItem = (customer: Customer) => ({ ...customer, createdAt: customer.createdAt.toISOString() });
const identityItem = (identity: Identity) => ({ ...identity, createdAt: identity.createdAt.toISOString() });
const messageItem = (message: StoredMessage) => ({
  id: message.id,
  conversationId: message.conversationId,
  customerId: message.customerId,
  channel: message.channel,
  direction: message.direction,
  author: message.author,
  text: message.text,
  options: message.options,
  attachments: message.attachments,
  at: message.createdAt.toISOString(),
});

/** Registers the customer routes on the `/customers` scope. */
export function registerCustomerRoutes(app: FastifyInstance, options: CustomerRoutesOptions): void {
  const { store } = options;

  /** The customer, or 404 when unknown and 410 when erased. */
  const customerOr404 = async (customerId: string): Promise<Customer> => {
    const customer = await store.getCustomer(customerId);
    if (customer === null) throw notFound('customer', customerId);
    const erasedAt = await store.erasure.erasedAt(customerId);
    if (erasedAt !== null) {
      throw new SwitchboardError(
        ErrorCodes.CUSTOMER_ERASED,
        `Customer ${customerId} was erased on ${erasedAt.toISOString()}; their data is gone for good.`,
        { statusCode: 410 },
      );
    }
    return customer;
  };
  const profile = async (customerId: string) => ({
    customer: customerItem(await customerOr404(customerId)),
    identities: (await store.listIdentities(customerId)).map(identityItem),
  });

  app.get('/:id', async (request) => profile(parseRequest(customerParams, request.params, 'params').id));

  app.get('/:id/timeline', async (request) => {
    const params = parseRequest(customerParams, request.params, 'params');
    const { limit } = parseRequest(timelineQuery, request.query, 'query');
    await customerOr404(params.id);
    return { messages: (await store.listCustomerTimeline(params.id, limit)).map(messageItem) };
  });

  app.patch('/:id', supervisorOnly, async (request) => {
    const params = parseRequest(customerParams, request.params, 'params');
    const changes = parseRequest(profileBody, request.body, 'body');
    await customerOr404(params.id);
    await store.updateCustomerProfile(params.id, changes, actorOf(request));
    return profile(params.id);
  });

  app.post('/:id/identities', async (request, reply) => {
    const params = parseRequest(customerParams, request.params, 'params');
    const { kind, address } = normalizedIdentity(parseRequest(linkBody, request.body, 'body'));
    await customerOr404(params.id);
    const identity = await store.linkIdentity(params.id, kind, address, actorOf(request));
    return reply.status(201).send({ identity: identityItem(identity) });
  });

  app.delete('/:id/identities/:identityId', async (request) => {
    const params = parseRequest(identityParams, request.params, 'params');
    await customerOr404(params.id);
    const owned = await store.listIdentities(params.id);
    if (!owned.some((identity) => identity.id === params.identityId))
      throw notFound(`identity of customer ${params.id}`, params.identityId);
    const detached = await store.unlinkIdentity(params.identityId, actorOf(request));
    return { customer: customerItem(detached) };
  });

  /** Merge and unmerge: both name a survivor (`:id`) and the other customer, and answer the survivor's profile. */
  const onPair =
    (apply: (survivorId: string, otherId: string, actor: string) => Promise<void>) =>
    async (request: FastifyRequest) => {
      const params = parseRequest(customerParams, request.params, 'params');
      const body = parseRequest(pairBody, request.body, 'body');
      await Promise.all([customerOr404(params.id), customerOr404(body.otherCustomerId)]);
      await apply(params.id, body.otherCustomerId, actorOf(request));
      return profile(params.id);
    };
  app.post(
    '/:id/merge',
    supervisorOnly,
    onPair((a, b, actor) => store.mergeCustomers(a, b, actor)),
  );
  app.post(
    '/:id/unmerge',
    supervisorOnly,
    onPair((a, b, actor) => store.unmergeCustomers(a, b, actor)),
  );

  app.post('/:id/erase', supervisorOnly, async (request) => {
    const params = parseRequest(customerParams, request.params, 'params');
    const body = parseRequest(eraseBody, request.body, 'body');
    if (body.confirm !== params.id) throw badRequest('body.confirm: must repeat the customer id to erase');
    await customerOr404(params.id);
    const report = await store.erasure.erase(params.id, actorOf(request), new Date());
    request.log.info({ customerId: params.id, by: request.principal?.id }, 'customer erased');
    return { erased: { ...report, erasedAt: report.erasedAt.toISOString() } };
  });
}
