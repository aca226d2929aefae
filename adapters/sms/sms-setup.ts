/** Builds the sms channel from the configuration; off (undefined) without Twilio settings. */
import type { Logger } from 'pino';
import type { Config } from '../../gateway/config';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { SmsRepository } from '../../gateway/store/sms-repository';
import { twilioSettingsFrom } from '../twilio/twilio-settings';
import { parseRateLimit, type RateLimit } from './rate-limiter';
import { RedisRateLimiter } from './redis-rate-limiter';
import { TwilioSmsAdapter } from './twilio-sms-adapter';

export interface SmsSetup {
  store: SmsRepository;
  logger: Logger;
  clock?: () => Date;
  /** `REDIS_URL` and `REDIS_PREFIX`: count the per-number limits there, shared by every process. */
  redis?: { url: string; prefix: string };
}

type SmsConfig = Pick<
  Config,
  | 'TWILIO_ACCOUNT_SID'
  | 'TWILIO_AUTH_TOKEN'
  | 'TWILIO_FROM'
  | 'TWILIO_API_BASE'
  | 'PUBLIC_URL'
  | 'SMS_INBOUND_LIMIT'
  | 'SMS_OUTBOUND_LIMIT'
>;

export function createSmsAdapter(config: SmsConfig, setup: SmsSetup): TwilioSmsAdapter | undefined {
  const settings = twilioSettingsFrom(config);
  if (!settings) return undefined;
  const inboundLimit = rateKey('SMS_INBOUND_LIMIT', config.SMS_INBOUND_LIMIT);
  const outboundLimit = rateKey('SMS_OUTBOUND_LIMIT', config.SMS_OUTBOUND_LIMIT);
  const { redis, clock, logger } = setup;
  const limiter = (scope: string, rate: RateLimit): RedisRateLimiter | undefined =>
    redis &&
    new RedisRateLimiter({
      ...redis,
      scope,
      rate,
      ...(clock ? { clock: () => clock().getTime() } : {}),
      onError: (error) => logger.warn({ err: error, scope }, 'SMS rate limit not counted: Redis failed'),
    });
  const inbound = limiter('in', inboundLimit);
  const outbound = limiter('out', outboundLimit);
  return new TwilioSmsAdapter({
    settings,
    store: setup.store,
    logger,
    inboundLimit,
    outboundLimit,
    ...(inbound && outbound ? { limiters: { inbound, outbound } } : {}),
    ...(clock ? { clock } : {}),
  });
}

function rateKey(key: string, text: string): RateLimit {
  try {
    return parseRateLimit(text);
  } catch (error) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Invalid configuration: ${key}: ${(error as Error).message}`,
    );
  }
}
