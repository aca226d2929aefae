/**
 * `TwilioSmsAdapter`: the `sms` channel on Twilio. Inbound webhooks (verified) become normalized
 * messages; replies leave through the outbox by the REST API (`messages.create` with a status
 * callback), split by SMS encoding rules; opted-out numbers and numbers over their rate are refused.
 * Each accepted part is recorded in the store, so a retry on any process sends only missing parts.
 */
import type { FastifyPluginAsync } from 'fastify';
import { pino, type Logger } from 'pino';
import type twilio from 'twilio';
import type {
  ChannelAdapter,
  ChannelCapabilities,
  InboundSink,
  SendContext,
  SendReceipt,
} from '../../gateway/adapter';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { OutboundMessage } from '../../gateway/message';
import type { SmsRepository } from '../../gateway/store/sms-repository';
import { createTwilioClient, toSendError, TWILIO_UNSUBSCRIBED } from '../twilio/rest-client';
import { publicUrlFor, type TwilioSettings } from '../twilio/twilio-settings';
import { MemoryRateLimiter, type RateLimit, type RateLimiter } from './rate-limiter';
import { smsRoutes, STATUS_PATH } from './routes';
import { splitForSms } from './sms-splitter';

export interface TwilioSmsAdapterOptions {
  settings: TwilioSettings;
  /** Opt-outs, the parts of split messages already sent, and delivery reports. */
  store: SmsRepository;
  /** The REST client. Default: built from `settings` (through TWILIO_API_BASE when set). */
  client?: twilio.Twilio;
  logger?: Logger;
  /** Messages one number may send us. Default 20 per minute (a burst of 20). */
  inboundLimit?: RateLimit;
  /** Messages (API requests) we send one number. Default 30 per minute. */
  outboundLimit?: RateLimit;
  /**
   * Where the limits are counted. Default: this process's memory, at `inboundLimit` and
   * `outboundLimit`; a `RedisRateLimiter` shares them between gateway processes.
   */
  limiters?: { inbound: RateLimiter; outbound: RateLimiter };
  /** Segments in one Messages request before the text is split into several. Default 10. */
  maxSegmentsPerMessage?: number;
  /** Who we are in keyword replies (`Switchboard`). */
  senderName?: string;
  /** Clock, for tests. */
  clock?: () => Date;
}

const DEFAULT_INBOUND: RateLimit = { limit: 20, windowMs: 60_000 };
const DEFAULT_OUTBOUND: RateLimit = { limit: 30, windowMs: 60_000 };

export class TwilioSmsAdapter implements ChannelAdapter {
  readonly channel = 'sms' as const;
  readonly capabilities: ChannelCapabilities = {
    // Twilio's limit for one request; longer texts are split by segments in send().
    maxTextLength: 1600,
    richText: false,
    attachments: true,
    quickReplies: false,
    synchronousReplyWindowMs: 0,
  };
  readonly routes: FastifyPluginAsync;
  readonly #o: TwilioSmsAdapterOptions;
  readonly #client: twilio.Twilio;
  readonly #logger: Logger;
  readonly #outbound: RateLimiter;
  readonly #inbound: RateLimiter;
  readonly #clock: () => Date;
  #sink: InboundSink | undefined;

  constructor(options: TwilioSmsAdapterOptions) {
    this.#o = options;
    this.#client = options.client ?? createTwilioClient(options.settings);
    this.#logger = options.logger ?? pino({ level: 'silent' });
    this.#clock = options.clock ?? (() => new Date());
    const now = () => this.#clock().getTime();
    this.#outbound =
      options.limiters?.outbound ??
      new MemoryRateLimiter(options.outboundLimit ?? DEFAULT_OUTBOUND, { clock: now });
    this.#inbound =
      options.limiters?.inbound ??
      new MemoryRateLimiter(options.inboundLimit ?? DEFAULT_INBOUND, { clock: now });
    this.routes = smsRoutes({
      settings: options.settings,
      store: options.store,
      logger: this.#logger,
      sink: () => this.#sink,
      inbound: this.#inbound,
      senderName: options.senderName ?? 'Switchboard',
      clock: this.#clock,
    });
  }

  start(sink: InboundSink): Promise<void> {
    this.#sink = sink;
    return Promise.resolve();
  }

  /** Stops inbound; sending still works (the gateway flushes its outbox after stopping adapters). */
  stop(): Promise<void> {
    this.#sink = undefined;
    return Promise.resolve();
  }

  /** Releases the rate limiters (their Redis connections): call after the outbox's last flush. */
  async close(): Promise<void> {
    this.#sink = undefined;
    await this.#inbound.close();
    await this.#outbound.close();
  }

  async checkRecipient(address: string): Promise<void> {
    const optOut = await this.#o.store.getOptOut(address);
    if (!optOut) return;
    throw new SwitchboardError(
      ErrorCodes.OPTED_OUT,
      `The customer's number opted out of SMS (sent "${optOut.keyword}" on ${optOut.optedOutAt.toISOString()}): ` +
        'nothing more can be sent to it until they text START. Reach them on another channel.',
      { statusCode: 409 },
    );
  }

  async send(address: string, outbound: OutboundMessage, context: SendContext): Promise<SendReceipt> {
    await this.checkRecipient(address);
    const media = (outbound.attachments ?? []).slice(0, 10).map((a) => a.url);
    const split = splitForSms(withOptions(outbound), this.#o.maxSegmentsPerMessage ?? 10);
    // Media alone is an MMS with an empty body; neither is nothing to send.
    const bodies = split.length === 0 && media.length > 0 ? [''] : split;
    if (bodies.length === 0) {
      throw new SwitchboardError(ErrorCodes.EMPTY_MESSAGE, 'The SMS has neither text nor media.', {
        statusCode: 400,
      });
    }
    // Parts Twilio accepted on an earlier attempt (any process, before any restart) are not resent.
    const sent = new Map((await this.#o.store.sentParts(context.messageId)).map((p) => [p.part, p.sid]));
    for (let part = 0; part < bodies.length; part++) {
      if (sent.has(part)) continue;
      const wait = await this.#outbound.take(address);
      if (wait > 0) {
        throw new SwitchboardError(
          ErrorCodes.RATE_LIMITED,
          `Outbound SMS to this number is over its rate limit; retry in ${Math.ceil(wait / 1000)} s.`,
          { statusCode: 429 },
        );
      }
      const sid = await this.#create(address, bodies[part] ?? '', part === 0 ? media : [], context);
      await this.#o.store.recordPart(context.messageId, { part, sid }, this.#clock());
      sent.set(part, sid);
    }
    return { providerMessageId: sent.get(0), status: 'sent' };
  }

  async #create(address: string, body: string, mediaUrl: string[], context: SendContext): Promise<string> {
    const { settings } = this.#o;
    try {
      const message = await this.#client.messages.create({
        to: address,
        from: settings.from,
        body,
        ...(mediaUrl.length > 0 ? { mediaUrl } : {}),
        statusCallback: publicUrlFor(settings, `${STATUS_PATH}?m=${encodeURIComponent(context.messageId)}`),
      });
      return message.sid;
    } catch (error) {
      if ((error as { code?: number }).code === TWILIO_UNSUBSCRIBED) {
        // Twilio's own opt-out list says so: remember it, so agents are told before they write.
        await this.#o.store.optOut({
          number: address,
          keyword: 'twilio:21610',
          messageSid: context.messageId,
          optedOutAt: this.#clock(),
        });
        throw new SwitchboardError(ErrorCodes.OPTED_OUT, 'Twilio reports the number unsubscribed (21610).', {
          statusCode: 409,
          cause: error,
        });
      }
      throw toSendError(error, 'the SMS');
    }
  }
}

/** SMS has no buttons: options become a numbered list the customer answers by number. */
function withOptions(outbound: OutboundMessage): string {
  const options = outbound.options ?? [];
  if (options.length === 0) return outbound.text;
  return [outbound.text, ...options.map((option, index) => `${index + 1}. ${option.label}`)].join('\n');
}
