/**
 * Twilio's request signature (`X-Twilio-Signature`): HMAC-SHA1 with the auth token over the exact
 * URL Twilio called followed by the POST parameters sorted by name. We check it against
 * PUBLIC_URL + the path and query as received, never against the Host header a proxy passed on.
 */
import twilio from 'twilio';

export const SIGNATURE_HEADER = 'x-twilio-signature';

/** Form parameters as @fastify/formbody parses them (repeated names become arrays). */
export type TwilioParams = Record<string, string | string[]>;

/** Whether `signature` is Twilio's signature of `url` and `params` under `authToken`. */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: TwilioParams,
): boolean {
  if (signature === undefined || signature === '') return false;
  return twilio.validateRequest(authToken, signature, url, params);
}
