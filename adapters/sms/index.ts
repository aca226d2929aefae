/**
 * adapters/sms owns the `sms` channel on Twilio: the inbound and status webhooks (verified by
 * adapters/twilio), the mapping of Twilio's form to a normalized message, STOP/START/HELP and
 * opt-outs, per-number rate limits, and outbound delivery split by SMS encoding rules.
 */
export { TwilioSmsAdapter, type TwilioSmsAdapterOptions } from './twilio-sms-adapter';
export { INBOUND_PATH, STATUS_PATH } from './routes';
export { MemoryRateLimiter, parseRateLimit, type RateLimit, type RateLimiter } from './rate-limiter';
export { RedisRateLimiter, type RedisRateLimiterOptions } from './redis-rate-limiter';
export { keywordOf, keywordReply, type SmsKeyword } from './keywords';
export {
  encodingOf,
  segment,
  segmentCount,
  smartEncode,
  SEGMENT_SIZES,
  type SmsEncoding,
} from './sms-encoding';
export { splitForSms, TWILIO_MAX_BODY } from './sms-splitter';
export { parseInboundForm, toInboundMessage } from './inbound-mapper';
export { createSmsAdapter, type SmsSetup } from './sms-setup';
