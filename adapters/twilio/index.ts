/**
 * adapters/twilio owns what the sms and voice channels share: the account settings, the
 * `X-Twilio-Signature` check as a Fastify scope, the REST client (pointable at TWILIO_API_BASE),
 * Twilio's error mapping, and zod schemas of Twilio's webhook forms. No channel logic lives here.
 */
export { twilioSettingsFrom, publicUrlFor, type TwilioSettings } from './twilio-settings';
export { isValidTwilioSignature, SIGNATURE_HEADER, type TwilioParams } from './signature';
export { twilioWebhookScope, signedUrlOf, type TwilioWebhookScopeOptions } from './webhook-scope';
export {
  ApiBaseRequestClient,
  createTwilioClient,
  toSendError,
  TWILIO_UNSUBSCRIBED,
  type TwilioClientOptions,
} from './rest-client';
export {
  sidSchema,
  twilioBaseFormSchema,
  inboundMessageFormSchema,
  messageStatusFormSchema,
  callFormSchema,
  mediaOf,
  MESSAGE_STATUSES,
  type InboundMessageForm,
  type MessageStatusForm,
  type CallForm,
} from './webhook-schemas';
