/**
 * Turning driver errors into `SwitchboardError`s: they name the operation, the backend and the
 * database (never its password), keep the driver's error as the cause, and tell apart "cannot
 * reach the database" (an operator's problem) from "this statement failed".
 */
import { ErrorCodes, SwitchboardError } from '../errors';

// Driver codes meaning "the database cannot be reached or entered", not "this query failed".
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
  '28P01', // invalid password
  '28000', // invalid authorization
  '3D000', // database does not exist
  'SQLITE_CANTOPEN',
]);

/** The error to throw for `error`, raised by `operation` on the database `description`. */
export function storeError(error: unknown, operation: string, description: string): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  const reason = error instanceof Error ? error.message || error.name : String(error);
  const code = driverCode(error);
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new SwitchboardError(
      ErrorCodes.STORE_UNREACHABLE,
      `Cannot reach the ${description} (${code}: ${reason}): check that it runs and that its address and credentials are right.`,
      { statusCode: 503, cause: error },
    );
  }
  return new SwitchboardError(
    ErrorCodes.STORE,
    `Store ${operation} failed on the ${description}: ${reason}`,
    {
      cause: error,
    },
  );
}

/** The error for a call made after `close()`. */
export function closedError(operation: string, description: string): SwitchboardError {
  return new SwitchboardError(
    ErrorCodes.SHUTTING_DOWN,
    `Store ${operation} called after close() on the ${description}.`,
    { statusCode: 503 },
  );
}

/** The driver's error code (`ECONNREFUSED`, a SQLSTATE, `SQLITE_BUSY`), looking inside AggregateErrors. */
function driverCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) ? driverCode(inner[0]) : undefined;
}
