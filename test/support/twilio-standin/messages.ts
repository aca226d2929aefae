/**
 * The stand-in's Messages resource (REST API 2010-04-01): create, fetch and list, with Twilio's
 * documented JSON, `SM…` sids, Twilio's validation errors, and status callbacks (queued → sent →
 * delivered by default) POSTed signed to the message's StatusCallback.
 */
import { fakeSid, twilioDate, twilioError, type StandinResponse, type TwilioStandin } from './server';

export type StandinMessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface StandinMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  mediaUrls: string[];
  numSegments: number;
  statusCallback: string | undefined;
  status: StandinMessageStatus;
  errorCode: number | null;
  createdAt: Date;
}

const ACCOUNT = '/2010-04-01/Accounts/([^/]+)';
const E164 = /^\+[1-9]\d{6,14}$/;
const MAX_BODY_CHARS = 1600;
// GSM 03.38: the default alphabet, and the extension table whose characters take two septets.
const GSM_BASIC = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]$/u;
const GSM_EXTENDED = /^[\f^{}\\[~\]|€]$/u;

/** num_segments as Twilio reports it: GSM-7 160 / 153 per part, else UCS-2 70 / 67 UTF-16 units. */
export function countSegments(body: string): number {
  const chars = Array.from(body);
  const gsm = chars.every((c) => GSM_BASIC.test(c) || GSM_EXTENDED.test(c));
  const units = gsm ? chars.reduce((sum, c) => sum + (GSM_EXTENDED.test(c) ? 2 : 1), 0) : body.length;
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return units <= single ? 1 : Math.ceil(units / part);
}

export class StandinMessages {
  readonly sent: StandinMessage[] = [];
  /** Statuses each new message goes through, in order (after the create's `queued`). */
  progression: StandinMessageStatus[] = ['sent', 'delivered'];
  /** Numbers that replied STOP to Twilio: creates to them fail with 21610, as Twilio's do. */
  readonly unsubscribed = new Set<string>();
  /** Which creates (1-based, counted from the stand-in's start) answer Twilio's 503 instead. */
  readonly failCreates = new Set<number>();
  #creates = 0;
  readonly #standin: TwilioStandin;
  readonly #callbacks = new Set<Promise<void>>();

  constructor(standin: TwilioStandin) {
    this.#standin = standin;
  }

  /** Messages sent to one number, oldest first. */
  to(number: string): StandinMessage[] {
    return this.sent.filter((message) => message.to === number);
  }

  /** Wait until every status callback started so far has been answered. */
  async settled(): Promise<void> {
    for (let round = 0; round < 100 && this.#callbacks.size > 0; round++) {
      await Promise.allSettled([...this.#callbacks]);
    }
  }

  create(params: Record<string, string>, all: URLSearchParams): StandinResponse {
    if (this.failCreates.has(++this.#creates)) {
      return twilioError(
        503,
        20503,
        'Service Unavailable: the server is temporarily unable to serve the request.',
      );
    }
    const to = params.To ?? '';
    const from = params.From ?? params.MessagingServiceSid ?? '';
    const body = params.Body ?? '';
    const mediaUrls = all.getAll('MediaUrl');
    if (to === '') return twilioError(400, 21604, "A 'To' phone number is required.");
    if (!E164.test(to)) return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (from === '')
      return twilioError(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required.");
    if (body === '' && mediaUrls.length === 0) return twilioError(400, 21602, 'Message body is required.');
    if (body.length > MAX_BODY_CHARS) {
      return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
    }
    if (this.unsubscribed.has(to)) {
      return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
    }
    const message: StandinMessage = {
      sid: fakeSid('SM'),
      to,
      from,
      body,
      mediaUrls,
      numSegments: countSegments(body),
      statusCallback: params.StatusCallback,
      status: 'queued',
      errorCode: null,
      createdAt: new Date(),
    };
    this.sent.push(message);
    this.#track(this.#progress(message));
    return { status: 201, body: this.json(message) };
  }

  /** Twilio's Message resource JSON. */
  json(message: StandinMessage): Record<string, unknown> {
    const uri = `/2010-04-01/Accounts/${this.#standin.accountSid}/Messages/${message.sid}.json`;
    return {
      account_sid: this.#standin.accountSid,
      api_version: '2010-04-01',
      body: message.body,
      date_created: twilioDate(message.createdAt),
      date_sent: message.status === 'queued' ? null : twilioDate(message.createdAt),
      date_updated: twilioDate(new Date()),
      direction: 'outbound-api',
      error_code: message.errorCode,
      error_message: null,
      from: message.from,
      messaging_service_sid: null,
      num_media: String(message.mediaUrls.length),
      num_segments: String(message.numSegments),
      price: null,
      price_unit: 'USD',
      sid: message.sid,
      status: message.status,
      subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
      to: message.to,
      uri,
    };
  }

  async #progress(message: StandinMessage): Promise<void> {
    // Let the create's HTTP answer reach the client before the first callback, as with Twilio.
    await new Promise((resolve) => setTimeout(resolve, 5));
    for (const status of ['queued' as const, ...this.progression]) {
      message.status = status;
      if (status === 'failed' || status === 'undelivered') message.errorCode = 30003;
      if (!message.statusCallback) continue;
      await this.#standin.webhook(message.statusCallback, {
        AccountSid: this.#standin.accountSid,
        ApiVersion: '2010-04-01',
        From: message.from,
        To: message.to,
        MessageSid: message.sid,
        SmsSid: message.sid,
        MessageStatus: status,
        SmsStatus: status,
        ...(message.errorCode === null ? {} : { ErrorCode: String(message.errorCode) }),
      });
    }
  }

  #track(work: Promise<void>): void {
    const tracked = work.catch(() => undefined);
    this.#callbacks.add(tracked);
    void tracked.finally(() => this.#callbacks.delete(tracked));
  }
}

/** Add the Messages routes to a stand-in; returns the resource to inspect and steer. */
export function installMessages(standin: TwilioStandin): StandinMessages {
  const messages = new StandinMessages(standin);
  standin.route({
    method: 'POST',
    path: new RegExp(`^${ACCOUNT}/Messages\\.json$`),
    handle: (request) => messages.create(request.params, request.all),
  });
  standin.route({
    method: 'GET',
    path: new RegExp(`^${ACCOUNT}/Messages/(SM[0-9a-f]{32})\\.json$`),
    handle: (_request, match) => {
      const found = messages.sent.find((message) => message.sid === match[2]);
      return found
        ? { status: 200, body: messages.json(found) }
        : twilioError(404, 20404, `The requested resource ${match[0]} was not found`);
    },
  });
  standin.route({
    method: 'GET',
    path: new RegExp(`^${ACCOUNT}/Messages\\.json$`),
    handle: (request, match) => {
      const to = request.query.get('To');
      const from = request.query.get('From');
      const list = messages.sent
        .filter((m) => (to === null || m.to === to) && (from === null || m.from === from))
        .reverse()
        .slice(0, 50);
      const uri = `/2010-04-01/Accounts/${match[1]}/Messages.json`;
      return {
        status: 200,
        body: {
          messages: list.map((m) => messages.json(m)),
          end: Math.max(list.length - 1, 0),
          first_page_uri: `${uri}?PageSize=50&Page=0`,
          next_page_uri: null,
          page: 0,
          page_size: 50,
          previous_page_uri: null,
          start: 0,
          uri,
        },
      };
    },
  });
  return messages;
}
