/** Builds the sms channel from the configuration; off (undefined) without Twilio settings. */
import type { Logger } from 'pino';
import type { Config } from '../../gateway/config';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { SmsRepository } from '../../gateway/store/sms-repository';
import { twilioSettingsFrom } from '../twilio/twilio-settings';
import { parseRateLimit, type RateLimit } from './rate-limiter';
import { TwilioSmsAdapter } from './twilio-sms-adapter';

export interface SmsSetup {
  store: SmsRepository;
  logger: Logger;
  clock?: () => Date;
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
  return new TwilioSmsAdapter({
    settings,
    store: setup.store,
    logger: setup.logger,
    inboundLimit: rateKey('SMS_INBOUND_LIMIT', config.SMS_INBOUND_LIMIT),
    outboundLimit: rateKey('SMS_OUTBOUND_LIMIT', config.SMS_OUTBOUND_LIMIT),
    ...(setup.clock ? { clock: setup.clock } : {}),
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
