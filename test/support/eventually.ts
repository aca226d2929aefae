/**
 * `eventually`: poll until a condition holds, for behaviour that completes asynchronously (an
 * adapter delivering, the outbox sending, a webhook being answered). Bounded: it throws with the
 * last value read when the condition is still false after `timeoutMs`.
 */

/** Poll interval, ms: short enough not to slow tests, long enough not to busy-loop. */
const POLL_MS = 25;

/** Read until `check` holds; resolves to the first value that passed. */
export async function eventually<T>(
  read: () => Promise<T> | T,
  check: (value: T) => boolean,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  if (!check(value)) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
  return value;
}
