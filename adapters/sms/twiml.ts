/** TwiML answers to Twilio's messaging webhooks. */
import twilio from 'twilio';

export const TWIML_TYPE = 'text/xml; charset=utf-8';

/** `<Response/>`: received, nothing to say now (replies follow through the REST API). */
export function emptyResponse(): string {
  return new twilio.twiml.MessagingResponse().toString();
}

/** `<Response><Message>text</Message></Response>`: a reply inside the webhook's own response. */
export function messageResponse(text: string): string {
  const response = new twilio.twiml.MessagingResponse();
  response.message(text);
  return response.toString();
}
