/**
 * A local stand-in for Twilio: an HTTP server on 127.0.0.1 speaking the documented REST wire format
 * (HTTP basic auth with AccountSid:AuthToken, form-encoded requests, JSON answers and Twilio's JSON
 * error shape), logging every request for tests to assert on, and sending correctly signed webhooks
 * (signing.ts: Twilio's documented HMAC-SHA1 scheme) to a gateway. Resources live in their own files and register routes here (`messages.ts`, `calls.ts`).
 *
 *   const twilio = await TwilioStandin.start();
 *   installMessages(twilio);
 *   twilio.connectGateway({ publicUrl: 'https://sb.example.com', listenUrl: 'http://127.0.0.1:4312' });
 *   // gateway config: TWILIO_API_BASE = twilio.baseUrl, TWILIO_ACCOUNT_SID / _AUTH_TOKEN = twilio's
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signWebhook } from './signing';

export interface StandinRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: URLSearchParams;
  /** Form parameters of the body (first value per name; `all` keeps repeats). */
  params: Record<string, string>;
  all: URLSearchParams;
  /** Whether basic auth matched the account. */
  authenticated: boolean;
  at: Date;
}

export interface StandinResponse {
  status: number;
  body: unknown;
}

/** A REST route of the stand-in; `match` returns captured path parts, or null. */
export interface StandinRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  handle(request: StandinRequest, match: RegExpExecArray): StandinResponse | Promise<StandinResponse>;
}

export interface WebhookOptions {
  /** `valid` (default), `none` (no header), or a literal header value (a forged one). */
  signature?: 'valid' | 'none' | { value: string };
  /** Sign for this URL instead of the one posted to (a wrong-URL replay). */
  signUrl?: string;
  /** Sign these params but post `params` (a replay with a changed body). */
  signParams?: Record<string, string>;
}

export interface WebhookResult {
  status: number;
  body: string;
  contentType: string | undefined;
}

export interface TwilioStandinOptions {
  accountSid?: string;
  authToken?: string;
}

/** Twilio's documented error body: `{code, message, more_info, status}`. */
export function twilioError(status: number, code: number, message: string): StandinResponse {
  return { status, body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status } };
}

/** A fake sid in Twilio's format: a two-letter prefix and 32 hex digits. */
export function fakeSid(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

/** RFC 2822 dates, as Twilio's 2010-04-01 API writes them. */
export function twilioDate(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

const MAX_BODY = 256 * 1024;

export class TwilioStandin {
  readonly accountSid: string;
  readonly authToken: string;
  /** Every REST request received, in order. */
  readonly requests: StandinRequest[] = [];
  /** Every webhook sent, with the gateway's answer. */
  readonly webhooks: { url: string; params: Record<string, string>; result: WebhookResult }[] = [];
  readonly #routes: StandinRoute[] = [];
  readonly #server: Server;
  #baseUrl = '';
  #gateway: { publicUrl: string; listenUrl: string } | undefined;

  private constructor(options: TwilioStandinOptions) {
    this.accountSid = options.accountSid ?? `AC${'a1'.repeat(16)}`;
    this.authToken = options.authToken ?? 'standin-auth-token-0123456789abcdef';
    this.#server = createServer((request, response) => {
      this.#serve(request, response).catch((error: unknown) => {
        send(response, { status: 500, body: { message: String(error) } });
      });
    });
  }

  static async start(options: TwilioStandinOptions = {}): Promise<TwilioStandin> {
    const standin = new TwilioStandin(options);
    await new Promise<void>((resolve) => standin.#server.listen(0, '127.0.0.1', resolve));
    const { port } = standin.#server.address() as AddressInfo;
    standin.#baseUrl = `http://127.0.0.1:${port}`;
    return standin;
  }

  /** TWILIO_API_BASE for the gateway under test. */
  get baseUrl(): string {
    return this.#baseUrl;
  }

  /** Add a REST route (resources call this from their own files). */
  route(route: StandinRoute): void {
    this.#routes.push(route);
  }

  /** The gateway webhooks go to: signed for `publicUrl` (what it believes it is), posted to `listenUrl`. */
  connectGateway(gateway: { publicUrl: string; listenUrl: string }): void {
    this.#gateway = {
      publicUrl: gateway.publicUrl.replace(/\/+$/, ''),
      listenUrl: gateway.listenUrl.replace(/\/+$/, ''),
    };
  }

  /** Requests to a path matching `pattern` (e.g. /Messages\.json$/ and method POST). */
  requestsTo(pattern: RegExp, method = 'POST'): StandinRequest[] {
    return this.requests.filter((request) => request.method === method && pattern.test(request.path));
  }

  /**
   * POST a webhook as Twilio would: `url` is the public URL Twilio was given (or a path under the
   * gateway's public URL); the request goes to the gateway's real address, signed for the public one.
   */
  async webhook(
    url: string,
    params: Record<string, string>,
    options: WebhookOptions = {},
  ): Promise<WebhookResult> {
    const gateway = this.#gateway;
    if (!gateway) throw new Error('connectGateway() first: the stand-in does not know where to post');
    const publicUrl = url.startsWith('/') ? `${gateway.publicUrl}${url}` : url;
    if (!publicUrl.startsWith(gateway.publicUrl)) throw new Error(`${url} is not under ${gateway.publicUrl}`);
    const target = `${gateway.listenUrl}${publicUrl.slice(gateway.publicUrl.length)}`;
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'user-agent': 'TwilioProxy/1.1',
    };
    const signature = options.signature ?? 'valid';
    if (signature === 'valid') {
      headers['x-twilio-signature'] = signWebhook(
        this.authToken,
        options.signUrl ?? publicUrl,
        options.signParams ?? params,
      );
    } else if (signature !== 'none') {
      headers['x-twilio-signature'] = signature.value;
    }
    const response = await fetch(target, {
      method: 'POST',
      headers,
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(10_000),
    });
    const result = {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get('content-type') ?? undefined,
    };
    this.webhooks.push({ url: publicUrl, params, result });
    return result;
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #serve(raw: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(raw.url ?? '/', this.#baseUrl);
    const body = await readBody(raw);
    if (body === null) return send(response, twilioError(413, 20001, 'Request body too large'));
    const all = new URLSearchParams(body);
    const request: StandinRequest = {
      method: raw.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      params: Object.fromEntries(all),
      all,
      authenticated: this.#authenticated(raw.headers.authorization),
      at: new Date(),
    };
    this.requests.push(request);
    if (!request.authenticated) return send(response, twilioError(401, 20003, 'Authenticate'));
    for (const route of this.#routes) {
      const match = route.method === request.method ? route.path.exec(request.path) : null;
      if (!match) continue;
      if (match[1] !== undefined && match[1] !== this.accountSid) {
        return send(response, twilioError(404, 20404, 'The requested resource was not found'));
      }
      return send(response, await route.handle(request, match));
    }
    send(response, twilioError(404, 20404, `The requested resource ${request.path} was not found`));
  }

  #authenticated(header: string | undefined): boolean {
    if (!header?.startsWith('Basic ')) return false;
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    return decoded === `${this.accountSid}:${this.authToken}`;
  }
}

function send(response: ServerResponse, { status, body }: StandinResponse): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
