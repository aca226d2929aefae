/**
 * Errors of the `/api/v1` routes: the project's one shape (`{"error": {code, message}}`, see
 * http-errors.ts), plus the line- or path-precise `issues` of a knowledge base change an editor
 * must fix, and zod-checked request parts.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { KbValidationError } from '../../knowledge/kb-errors';
import { badRequest } from '../errors';
import { toSwitchboardError, type ErrorBody } from '../http-errors';

/** One problem an editor must fix: by line and column (YAML) or by path (JSON). */
export type ApiIssue = { line: number; column: number; message: string } | { path: string; message: string };

/** The error body of a refused knowledge base change. */
export interface IssuesErrorBody {
  error: ErrorBody['error'] & { issues?: ApiIssue[] };
}

/** Installs the API's error handler on its plugin scope. */
export function registerApiErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const mapped = toSwitchboardError(error);
    if (mapped.statusCode >= 500) request.log.error({ err: error }, 'api request failed');
    else request.log.info({ code: mapped.code, message: mapped.message }, 'api request refused');
    const body: IssuesErrorBody = { error: { code: mapped.code, message: mapped.message } };
    if (error instanceof KbValidationError) {
      body.error.issues = [
        ...error.issues.map(({ line, column, message }) => ({ line, column, message })),
        ...error.entryIssues.map(({ path, message }) => ({ path, message })),
      ];
    }
    return reply.status(mapped.statusCode).send(body);
  });
}

/** Parses a request part with `schema`, or refuses it with 400 naming the offending field. */
export function parseRequest<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? where : `${where}.${issue.path.join('.')}`;
  throw badRequest(`${field}: ${issue?.message ?? 'invalid'}`);
}
