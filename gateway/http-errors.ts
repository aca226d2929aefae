/**
 * One error shape for every JSON route: `{"error": {"code": "SB_ERR_…", "message": "…"}}`, with the
 * status the error carries. Fastify's own errors (bad JSON, body too large, wrong content type) are
 * mapped to our codes so clients see one vocabulary.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ErrorCodes, SwitchboardError } from './errors';

export interface ErrorBody {
  error: { code: string; message: string };
}

/** Map any thrown value to our error type, keeping the original as the cause. */
export function toSwitchboardError(error: unknown): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  const fastifyError = error as Partial<FastifyError> | undefined;
  const code = fastifyError?.code;
  const status = fastifyError?.statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new SwitchboardError(ErrorCodes.PAYLOAD_TOO_LARGE, 'The request body is too large.', {
      statusCode: 413,
      cause: error,
    });
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new SwitchboardError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json.', {
      statusCode: 415,
      cause: error,
    });
  }
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    return new SwitchboardError(ErrorCodes.BAD_REQUEST, 'The request body is not valid JSON.', {
      statusCode: 400,
      cause: error,
    });
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new SwitchboardError(ErrorCodes.BAD_REQUEST, fastifyError?.message ?? 'Bad request.', {
      statusCode: status,
      cause: error,
    });
  }
  return new SwitchboardError(ErrorCodes.INTERNAL, 'Internal error; the incident was logged.', {
    statusCode: 500,
    cause: error,
  });
}

/** Install the error and not-found handlers on an app (or an encapsulated plugin scope). */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = toSwitchboardError(error);
    if (mapped.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: mapped.code, message: mapped.message }, 'request refused');
    const body: ErrorBody = { error: { code: mapped.code, message: mapped.message } };
    return reply.status(mapped.statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: { code: ErrorCodes.NOT_FOUND, message: `No route for ${request.method} ${request.url}.` },
    };
    return reply.status(404).send(body);
  });
}
