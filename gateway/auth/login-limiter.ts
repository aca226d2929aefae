/**
 * Slows password guessing: login attempts are counted per (email, client address) and per email
 * in fixed windows; past a limit, attempts are refused before any password is hashed, until the
 * window ends. In memory: each process counts its own, which bounds guessing per process — enough
 * for a handful of processes; a shared limiter would live in Redis.
 */

/** Options of {@link LoginLimiter}. */
export interface LoginLimiterOptions {
  /** Attempts per email and client address per window. Default 10. */
  perClient?: number;
  /** Attempts per email from all addresses per window (slows distributed guessing without letting one client lock the account). Default 100. */
  perEmail?: number;
  /** Window length in ms. Default 15 minutes. */
  windowMs?: number;
  /** Most keys remembered; the oldest windows are dropped first. Default 10,000. */
  maxKeys?: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/** The verdict on one attempt. */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Counts login attempts; see the file header. */
export class LoginLimiter {
  readonly #perClient: number;
  readonly #perEmail: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #windows = new Map<string, Window>();

  constructor(options: LoginLimiterOptions = {}) {
    this.#perClient = options.perClient ?? 10;
    this.#perEmail = options.perEmail ?? 100;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#maxKeys = options.maxKeys ?? 10_000;
  }

  /** Counts an attempt by `client` on `email`, or refuses it. */
  attempt(email: string, client: string, now: number): LimitVerdict {
    const keys: [string, number][] = [
      [`c:${email}\n${client}`, this.#perClient],
      [`e:${email}`, this.#perEmail],
    ];
    const windows = keys.map(([key]) => this.#window(key, now));
    const full = windows.findIndex((window, i) => window.count >= (keys[i]?.[1] ?? 0));
    if (full !== -1) return { allowed: false, retryAfterMs: (windows[full]?.resetAt ?? now) - now };
    for (const window of windows) window.count += 1;
    return { allowed: true };
  }

  /** Forgets the client's failures on a successful login. */
  succeeded(email: string, client: string): void {
    this.#windows.delete(`c:${email}\n${client}`);
  }

  #window(key: string, now: number): Window {
    const existing = this.#windows.get(key);
    if (existing !== undefined && existing.resetAt > now) return existing;
    this.#windows.delete(key);
    while (this.#windows.size >= this.#maxKeys) {
      const oldest = this.#windows.keys().next();
      if (oldest.done === true) break;
      this.#windows.delete(oldest.value);
    }
    const window = { count: 0, resetAt: now + this.#windowMs };
    this.#windows.set(key, window);
    return window;
  }
}
