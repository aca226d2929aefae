/**
 * The sms channel's webhooks, inside the verified Twilio scope:
 * - `POST /webhooks/twilio/sms`: an inbound message. Keywords (STOP/START/HELP and synonyms) are
 *   answered here with TwiML and change the opt-out state; other messages are rate-limited per
 *   number (429 over the limit, nothing stored), handed to the gateway (stored, deduped on
 *   MessageSid) and acknowledged with an empty TwiML response — replies follow via the outbox.
 * - `POST /webhooks/twilio/sms/status`: a delivery status callback updating the outbound message.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { InboundSink } from '../../gateway/adapter';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { SmsRepository } from '../../gateway/store/sms-repository';
import { twilioWebhookScope } from '../twilio/webhook-scope';
import {
  messageStatusFormSchema,
  type InboundMessageForm,
  type MessageStatusForm,
} from '../twilio/webhook-schemas';
import type { TwilioSettings } from '../twilio/twilio-settings';
import { describeIssue, parseInboundForm, senderOf, toInboundMessage } from './inbound-mapper';
import { keywordOf, keywordReply, type SmsKeyword } from './keywords';
import type { RateLimiter } from './rate-limiter';
import { emptyResponse, messageResponse, TWIML_TYPE } from './twiml';

export const INBOUND_PATH = '/webhooks/twilio/sms';
export const STATUS_PATH = '/webhooks/twilio/sms/status';

export interface SmsRouteOptions {
  settings: TwilioSettings;
  store: SmsRepository;
  logger: Logger;
  /** The gateway while the adapter runs; undefined once stopped. */
  sink: () => InboundSink | undefined;
  inbound: RateLimiter;
  senderName: string;
  clock: () => Date;
}

const statusQuerySchema = z.object({ m: z.string().min(1).max(128).optional() });

export function smsRoutes(options: SmsRouteOptions): FastifyPluginAsync {
  return twilioWebhookScope({
    authToken: options.settings.authToken,
    publicUrl: options.settings.publicUrl,
    routes: (scope) => {
      scope.post(INBOUND_PATH, async (request, reply) => {
        const twiml = await inbound(options, request.body);
        return reply.type(TWIML_TYPE).send(twiml);
      });
      scope.post(STATUS_PATH, async (request, reply) => {
        const form = messageStatusFormSchema.safeParse(request.body);
        if (!form.success) {
          throw new SwitchboardError(
            ErrorCodes.BAD_REQUEST,
            `Not a status callback: ${describeIssue(form.error)}.`,
            {
              statusCode: 400,
            },
          );
        }
        const query = statusQuerySchema.safeParse(request.query);
        await recordStatus(options, form.data, query.success ? query.data.m : undefined);
        return reply.status(204).send();
      });
    },
  });
}

async function inbound(options: SmsRouteOptions, body: unknown): Promise<string> {
  const sink = options.sink();
  if (!sink) {
    throw new SwitchboardError(ErrorCodes.SHUTTING_DOWN, 'The SMS channel is stopped.', { statusCode: 503 });
  }
  const form = parseInboundForm(body);
  if (form.AccountSid !== options.settings.accountSid) {
    throw new SwitchboardError(ErrorCodes.FORBIDDEN, 'The webhook is for another Twilio account.', {
      statusCode: 403,
    });
  }
  const from = senderOf(form);
  const keyword = form.NumMedia === 0 ? keywordOf(form.Body) : null;
  if (keyword) return answerKeyword(options, keyword, form, from);
  const wait = await options.inbound.take(from);
  if (wait > 0) {
    options.logger.warn(
      { from, messageSid: form.MessageSid },
      'inbound SMS over the rate limit: refused, not stored',
    );
    throw new SwitchboardError(
      ErrorCodes.RATE_LIMITED,
      `Too many messages from this number; retry in ${Math.ceil(wait / 1000)} s.`,
      { statusCode: 429 },
    );
  }
  await sink.receive(toInboundMessage(form));
  return emptyResponse();
}

/**
 * Keywords never reach the bot: the opt-out state changes and the confirmation goes back in the
 * webhook's response — the one message an opted-out number still receives. When Twilio's own
 * Advanced Opt-Out already answered (`OptOutType`), the state changes and we stay silent.
 */
async function answerKeyword(
  options: SmsRouteOptions,
  keyword: SmsKeyword,
  form: InboundMessageForm,
  from: string,
): Promise<string> {
  const { store, logger } = options;
  if (keyword === 'stop') {
    await store.optOut({
      number: from,
      keyword: form.Body.trim().slice(0, 32),
      messageSid: form.MessageSid,
      optedOutAt: options.clock(),
    });
  } else if (keyword === 'start') {
    await store.optIn(from);
  } else if (await store.getOptOut(from)) {
    logger.info({ from }, 'HELP from an opted-out number: no answer');
    return emptyResponse();
  }
  logger.info({ from, keyword, messageSid: form.MessageSid }, 'SMS keyword');
  if (form.OptOutType) return emptyResponse();
  return messageResponse(keywordReply(keyword, form.Body, { sender: options.senderName }));
}

/** Twilio's statuses that change what we show: delivered (or read), or a final failure. */
async function recordStatus(
  options: SmsRouteOptions,
  form: MessageStatusForm,
  messageId?: string,
): Promise<void> {
  const status =
    form.MessageStatus === 'delivered' || form.MessageStatus === 'read'
      ? 'delivered'
      : form.MessageStatus === 'failed' || form.MessageStatus === 'undelivered'
        ? 'failed'
        : null;
  if (status === null) return;
  const changed = await options.store.recordDelivery({
    channel: 'sms',
    providerMessageId: form.MessageSid,
    ...(messageId ? { messageId } : {}),
    status,
    ...(status === 'failed'
      ? { error: `twilio ${form.ErrorCode ?? '?'}: ${form.MessageStatus} ${form.ErrorMessage ?? ''}`.trim() }
      : {}),
    at: options.clock(),
  });
  if (!changed)
    options.logger.debug({ messageSid: form.MessageSid, status }, 'status callback changed nothing');
}
