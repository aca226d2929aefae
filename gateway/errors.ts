/**
 * Errors with stable codes. Every error a user or client can see carries an `SB_ERR_*` code, an HTTP
 * status where one applies, and a message that says what to do.
 */
export class SwitchboardError extends Error {
  readonly code: string;
  readonly statusCode: number;

  constructor(code: string, message: string, options: { statusCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SwitchboardError';
    this.code = code;
    this.statusCode = options.statusCode ?? 500;
  }
}

/** The table of codes: message and status live at the throw site; this list keeps codes unique. */
export const ErrorCodes = {
  CONFIG_INVALID: 'SB_ERR_CONFIG_INVALID',
  BAD_REQUEST: 'SB_ERR_BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'SB_ERR_PAYLOAD_TOO_LARGE',
  INVALID_UTF8: 'SB_ERR_INVALID_UTF8',
  EMPTY_MESSAGE: 'SB_ERR_EMPTY_MESSAGE',
  SESSION_FORGED: 'SB_ERR_SESSION_FORGED',
  RATE_LIMITED: 'SB_ERR_RATE_LIMITED',
  NOT_FOUND: 'SB_ERR_NOT_FOUND',
  UNSUPPORTED_MEDIA_TYPE: 'SB_ERR_UNSUPPORTED_MEDIA_TYPE',
  CHANNEL_OFF: 'SB_ERR_CHANNEL_OFF',
  SEND_FAILED: 'SB_ERR_SEND_FAILED',
  RECIPIENT_UNREACHABLE: 'SB_ERR_RECIPIENT_UNREACHABLE',
  SIGNATURE_INVALID: 'SB_ERR_SIGNATURE_INVALID',
  OPTED_OUT: 'SB_ERR_OPTED_OUT',
  KB_INVALID: 'SB_ERR_KB_INVALID',
  KB_STALE: 'SB_ERR_KB_STALE',
  KB_PUBLISH_FAILED: 'SB_ERR_KB_PUBLISH_FAILED',
  UNAUTHENTICATED: 'SB_ERR_UNAUTHENTICATED',
  FORBIDDEN: 'SB_ERR_FORBIDDEN',
  WEAK_PASSWORD: 'SB_ERR_WEAK_PASSWORD',
  ACCOUNT_EXISTS: 'SB_ERR_ACCOUNT_EXISTS',
  LAST_ADMIN: 'SB_ERR_LAST_ADMIN',
  STORE: 'SB_ERR_STORE',
  STORE_CONFLICT: 'SB_ERR_STORE_CONFLICT',
  STORE_UNREACHABLE: 'SB_ERR_STORE_UNREACHABLE',
  SHUTTING_DOWN: 'SB_ERR_SHUTTING_DOWN',
  SLA_CALENDAR_CLOSED: 'SB_ERR_SLA_CALENDAR_CLOSED',
  CASE_TAKEN: 'SB_ERR_CASE_TAKEN',
  CASE_STATE: 'SB_ERR_CASE_STATE',
  NOT_ASSIGNEE: 'SB_ERR_NOT_ASSIGNEE',
  AGENT_UNAVAILABLE: 'SB_ERR_AGENT_UNAVAILABLE',
  CUSTOMER_ERASED: 'SB_ERR_CUSTOMER_ERASED',
  INTERNAL: 'SB_ERR_INTERNAL',
} as const;

export function badRequest(message: string, code: string = ErrorCodes.BAD_REQUEST): SwitchboardError {
  return new SwitchboardError(code, message, { statusCode: 400 });
}
