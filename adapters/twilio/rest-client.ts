/**
 * The Twilio REST client both channels send with: the official `twilio` library, with an HTTP
 * client that sends `https://*.twilio.com` requests to TWILIO_API_BASE when it is set (the test
 * stand-in, an air-gapped relay), and Twilio's errors mapped to our codes.
 */
import twilio from 'twilio';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import type { TwilioSettings } from './twilio-settings';

type RequestOptions = Parameters<twilio.RequestClient['request']>[0];

const TWILIO_HOST = /^https:\/\/[a-z0-9.-]*\.?twilio\.com(?=[/?]|$)/i;

/** A RequestClient that rewrites the scheme and host of Twilio API URLs to another base URL. */
export class ApiBaseRequestClient extends twilio.RequestClient {
  readonly #apiBase: string;

  constructor(apiBase: string, options: ConstructorParameters<typeof twilio.RequestClient>[0] = {}) {
    super(options);
    this.#apiBase = apiBase.replace(/\/+$/, '');
  }

  /** `https://api.twilio.com/2010-04-01/…` → `${apiBase}/2010-04-01/…`; other URLs unchanged. */
  rewrite(uri: string): string {
    return uri.replace(TWILIO_HOST, this.#apiBase);
  }

  override request<TData>(options: RequestOptions & { data?: TData }) {
    return super.request<TData>({ ...options, uri: this.rewrite(options.uri) });
  }
}

export interface TwilioClientOptions {
  /** Per-request timeout in ms. Default 10 s (the outbox retries). */
  timeoutMs?: number;
}

/** The REST client for the configured account. */
export function createTwilioClient(
  settings: Pick<TwilioSettings, 'accountSid' | 'authToken' | 'apiBase'>,
  options: TwilioClientOptions = {},
): twilio.Twilio {
  const timeout = options.timeoutMs ?? 10_000;
  const httpClient = settings.apiBase
    ? new ApiBaseRequestClient(settings.apiBase, { timeout })
    : new twilio.RequestClient({ timeout });
  return twilio(settings.accountSid, settings.authToken, { httpClient, timeout });
}

/**
 * Twilio error codes after which retrying the same request cannot succeed: the recipient is
 * invalid, unreachable, or has opted out (21610).
 */
const PERMANENT_TWILIO_CODES = new Set([
  21211, 21212, 21407, 21408, 21610, 21612, 21614, 21617, 30004, 30006,
]);

/** Twilio's code when the recipient replied STOP to our number: Twilio itself refuses to send. */
export const TWILIO_UNSUBSCRIBED = 21610;

/** Map an error from the twilio library to a SwitchboardError the outbox understands. */
export function toSendError(error: unknown, what: string): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  if (error instanceof twilio.RestException) {
    const permanent =
      (error.code !== undefined && PERMANENT_TWILIO_CODES.has(error.code)) ||
      (error.status === 400 && error.code === undefined);
    return new SwitchboardError(
      permanent ? ErrorCodes.RECIPIENT_UNREACHABLE : ErrorCodes.SEND_FAILED,
      `Twilio refused ${what}: ${error.status} ${error.code ?? ''} ${error.message}`.replace(/\s+/g, ' '),
      { statusCode: 502, cause: error },
    );
  }
  return new SwitchboardError(ErrorCodes.SEND_FAILED, `Twilio did not answer ${what}: ${String(error)}`, {
    statusCode: 502,
    cause: error,
  });
}
