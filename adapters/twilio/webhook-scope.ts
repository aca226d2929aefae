/**
 * A Fastify plugin scope for Twilio webhooks: urlencoded bodies (capped) and a signature check
 * before any handler runs. A request that fails the check is answered 403 and reaches nothing —
 * no handler, no store — so forged, unsigned, wrong-URL and altered requests leave no trace but a log line.
 */
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';
import { isValidTwilioSignature, SIGNATURE_HEADER, type TwilioParams } from './signature';

export interface TwilioWebhookScopeOptions {
  authToken: string;
  /** The public base URL Twilio calls (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Largest accepted form body in bytes. Default 64 KiB (Twilio's forms are a few KiB). */
  bodyLimit?: number;
  /** Add the routes of the channel inside the verified scope. */
  routes: (scope: FastifyInstance) => Promise<void> | void;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The URL Twilio signed for this request: PUBLIC_URL + path + query, exactly as received. */
export function signedUrlOf(publicUrl: string, request: FastifyRequest): string {
  return `${publicUrl}${request.raw.url ?? request.url}`;
}

/** Build the plugin; register it on the app like any adapter's routes. */
export function twilioWebhookScope(options: TwilioWebhookScopeOptions): FastifyPluginAsync {
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  return async (app) => {
    await app.register(async (scope) => {
      await scope.register(formbody, { bodyLimit });
      scope.addHook('onRequest', (request, _reply, done) => {
        const type = request.headers['content-type'] ?? '';
        if (request.method === 'POST' && type.toLowerCase().startsWith(FORM_TYPE)) return done();
        done(
          new SwitchboardError(
            ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
            'Twilio webhooks are POSTed as application/x-www-form-urlencoded.',
            { statusCode: 415 },
          ),
        );
      });
      scope.addHook('preHandler', (request, _reply, done) => {
        const header = request.headers[SIGNATURE_HEADER];
        const signature = typeof header === 'string' ? header : undefined;
        const params = (request.body ?? {}) as TwilioParams;
        const url = signedUrlOf(options.publicUrl, request);
        if (!isValidTwilioSignature(options.authToken, signature, url, params)) {
          request.log.warn({ url, signed: signature !== undefined }, 'Twilio webhook refused: bad signature');
          return done(
            new SwitchboardError(
              ErrorCodes.SIGNATURE_INVALID,
              'The X-Twilio-Signature header is missing or does not match this request.',
              { statusCode: 403 },
            ),
          );
        }
        done();
      });
      await options.routes(scope);
    });
  };
}
