/**
 * Builders for the store tests: inbound and outbound messages with sensible defaults, and a fixed
 * clock so timestamps in assertions are exact.
 */
import { newId } from '../../gateway/ids';
import type { Channel } from '../../gateway/message';
import type { NewInboundMessage, NewOutboundMessage, Store } from '../../gateway/store/types';

/** A point in time `seconds` after a fixed origin. */
export function at(seconds: number): Date {
  return new Date(Date.UTC(2026, 10, 1, 9, 0, 0) + seconds * 1000);
}

/** Someone writing on `channel`: their customer and current conversation. */
export async function customerOn(store: Store, channel: Channel, address: string, when = at(0)) {
  const { customer, identity } = await store.resolveIdentity(channel, address, when);
  const conversation = await store.currentConversation(customer.id, channel, address, when, 3_600_000);
  return { customer, identity, conversation };
}

export function inbound(
  owner: { customer: { id: string }; conversation: { id: string } },
  overrides: Partial<NewInboundMessage> = {},
): NewInboundMessage {
  return {
    id: newId('msg'),
    conversationId: owner.conversation.id,
    customerId: owner.customer.id,
    channel: 'sms',
    externalId: newId('ext'),
    threadKey: null,
    address: '+8613800000000',
    text: 'hello',
    attachments: [],
    locale: null,
    metadata: {},
    raw: null,
    sentAt: null,
    createdAt: at(1),
    ...overrides,
  };
}

export function outbound(
  owner: { customer: { id: string }; conversation: { id: string } },
  overrides: Partial<NewOutboundMessage> = {},
): NewOutboundMessage {
  const id = newId('msg');
  return {
    id,
    conversationId: owner.conversation.id,
    customerId: owner.customer.id,
    channel: 'sms',
    address: '+8613800000000',
    author: 'bot',
    inReplyTo: null,
    text: 'reply',
    options: [],
    attachments: [],
    locale: null,
    threadKey: null,
    metadata: {},
    idempotencyKey: `key:${id}`,
    createdAt: at(2),
    ...overrides,
  };
}
