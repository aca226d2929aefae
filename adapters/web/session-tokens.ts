/**
 * Web chat session ids: `<random>.<mac>`, both base64url. The random part (256 bits) makes ids
 * unguessable; the HMAC makes them unforgeable without the server's secret, so a client can only
 * resume a session the server itself issued. The session's address is a hash of the random part,
 * so the address (shown to agents, stored in the database, written to logs) never reveals the token.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ErrorCodes, SwitchboardError } from '../../gateway/errors';

/** One verified (or newly issued) web chat session. */
export interface WebChatSession {
  /** The bearer token the client keeps (`<random>.<mac>`). */
  token: string;
  /** The session's address on the `web` channel (`wc-` + 32 hex digits). */
  address: string;
}

const RANDOM_BYTES = 32;
const MAC_BYTES = 32;
const MIN_SECRET_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Domain separation: the configured secret also serves field encryption, so never use it raw. */
const KEY_LABEL = 'switchboard/webchat-session/v1';

/** Verified tokens remembered (token → address), so a busy session is not re-hashed every turn. */
const VERIFIED_CACHE_SIZE = 10_000;

/** Issues and verifies session tokens with a key derived from the server's secret. */
export class SessionTokenSigner {
  readonly #macKey: Buffer;
  /** Insertion-ordered; the oldest entry goes first when full. Holds only tokens that verified. */
  readonly #verified = new Map<string, string>();

  constructor(secretKey: Buffer | string) {
    const secret = typeof secretKey === 'string' ? Buffer.from(secretKey, 'utf8') : secretKey;
    if (secret.length < MIN_SECRET_BYTES) {
      throw new SwitchboardError(
        ErrorCodes.CONFIG_INVALID,
        `The web chat secret key must be at least ${MIN_SECRET_BYTES} bytes; set SECRET_KEY (e.g. \`openssl rand -hex 32\`).`,
      );
    }
    this.#macKey = createHmac('sha256', secret).update(KEY_LABEL).digest();
  }

  /** A brand-new session with a fresh random id. */
  issue(): WebChatSession {
    const random = randomBytes(RANDOM_BYTES);
    const token = `${random.toString('base64url')}.${this.#mac(random).toString('base64url')}`;
    return { token, address: addressOf(random) };
  }

  /**
   * The session a token names. Throws 403 `SB_ERR_SESSION_FORGED` for anything this server did not
   * issue (bad MAC, wrong shape, truncated), so a client can never land in someone else's session.
   */
  verify(token: string): WebChatSession {
    const known = this.#verified.get(token);
    if (known !== undefined) return { token, address: known };
    const session = this.#check(token);
    if (this.#verified.size >= VERIFIED_CACHE_SIZE) {
      const oldest = this.#verified.keys().next();
      if (oldest.done !== true) this.#verified.delete(oldest.value);
    }
    this.#verified.set(token, session.address);
    return session;
  }

  #check(token: string): WebChatSession {
    const parts = token.split('.');
    const [randomText, macText] = parts;
    if (parts.length !== 2 || randomText === undefined || macText === undefined) throw forged();
    if (!BASE64URL.test(randomText) || !BASE64URL.test(macText)) throw forged();
    const random = Buffer.from(randomText, 'base64url');
    const mac = Buffer.from(macText, 'base64url');
    if (random.length !== RANDOM_BYTES || mac.length !== MAC_BYTES) throw forged();
    // Re-encoding rejects non-canonical spellings, so one session has exactly one valid token.
    if (random.toString('base64url') !== randomText || mac.toString('base64url') !== macText) throw forged();
    if (!timingSafeEqual(mac, this.#mac(random))) throw forged();
    return { token, address: addressOf(random) };
  }

  #mac(random: Buffer): Buffer {
    return createHmac('sha256', this.#macKey).update(random).digest();
  }
}

function addressOf(random: Buffer): string {
  const digest = createHash('sha256').update('webchat-address:').update(random).digest('hex');
  return `wc-${digest.slice(0, 32)}`;
}

function forged(): SwitchboardError {
  return new SwitchboardError(
    ErrorCodes.SESSION_FORGED,
    'This session id is not valid here. Start a new session by sending the message without a sessionId.',
    { statusCode: 403 },
  );
}
