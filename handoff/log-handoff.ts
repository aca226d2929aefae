/**
 * The handoff service used until the case queue exists: it records each handoff in the log so an
 * operator sees it. The conversation itself is already `queued` in the database, which is the truth
 * the real queue will be built from.
 */
import type { Logger } from 'pino';
import type { StoredMessage } from '../gateway/message';
import type { HandoffRequest, HandoffService } from './types';

export class LogHandoffService implements HandoffService {
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  open(request: HandoffRequest): Promise<void> {
    this.#logger.warn(
      {
        conversationId: request.conversationId,
        customerId: request.customerId,
        reason: request.reason,
        priority: request.priority,
        channel: request.channel,
      },
      'handoff opened',
    );
    return Promise.resolve();
  }

  customerMessage(conversationId: string, message: StoredMessage): Promise<void> {
    this.#logger.info(
      { conversationId, messageId: message.id },
      'customer message for a queued conversation',
    );
    return Promise.resolve();
  }
}
