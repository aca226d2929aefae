/** The logging the web adapter needs; pino and Fastify's logger both fit it. */
export interface WebChatLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Discards everything: the default when no logger is given (tests, embedding). */
export function silentLogger(): WebChatLogger {
  const ignore = (): void => undefined;
  return { debug: ignore, info: ignore, warn: ignore, error: ignore };
}
