/**
 * Configuration: environment variables, optionally layered over a YAML file (`SWITCHBOARD_CONFIG`,
 * or `./switchboard.config.yaml` when present). Validated once at start; a bad key is named in the
 * error. Only this module reads `process.env`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ErrorCodes, SwitchboardError } from './errors';
import { parseDuration } from './duration';
import { parseSlaSection, type SlaConfig } from '../handoff/sla/sla-config';
import { parseVoiceSection, type VoiceConfig } from '../adapters/voice/voice-config';

export { parseDuration };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A message rate: a positive count per a duration (`20/1m`, `5/10s`). */
const RATE = /^\s*[1-9]\d{0,5}\s*\/\s*(?:[1-9]\d{0,5})?\s*(?:ms|s|m|h)\s*$/;

const urlWithScheme = (schemes: string[]) =>
  optionalString.refine(
    (value) => value === undefined || schemes.some((scheme) => value.startsWith(`${scheme}://`)),
    { message: `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}` },
  );

/** Every key of the configuration contract (DESIGN.md), as environment variable names. */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: urlWithScheme(['http', 'https']),
    DATA_DIR: z.string().min(1).default('./data'),
    SWITCHBOARD_CONFIG: optionalString,
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    DATABASE_URL: urlWithScheme(['postgres', 'postgresql']),
    REDIS_URL: urlWithScheme(['redis', 'rediss']),
    /** Key prefix of everything Switchboard keeps in Redis, so deployments can share one server. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'must be 1-64 letters, digits, "_", "." or "-"')
      .default('switchboard'),
    KB_PATH: optionalString,
    /** Worker threads that match customer texts beside the event loop (unset: one per spare core, at most 2; 0: none). */
    MATCH_WORKERS: optionalString.pipe(z.coerce.number<string | undefined>().int().min(0).max(16).optional()),
    SECRET_KEY: optionalString.refine((value) => value === undefined || value.length >= 32, {
      message: 'must be at least 32 characters (e.g. `openssl rand -hex 32`)',
    }),
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString,
    SESSION_TTL: z.string().default('12h'),
    API_TRUST_LOOPBACK: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    REOPEN_WINDOW: z.string().default('24h'),
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_FROM: optionalString,
    TWILIO_API_BASE: urlWithScheme(['http', 'https']),
    /** Per-number SMS rate limits, `count/duration` (e.g. `20/1m`). */
    SMS_INBOUND_LIMIT: z.string().regex(RATE, 'must be a rate like 20/1m (count/duration)').default('20/1m'),
    SMS_OUTBOUND_LIMIT: z.string().regex(RATE, 'must be a rate like 30/1m (count/duration)').default('30/1m'),
    SMTP_URL: urlWithScheme(['smtp', 'smtps']),
    IMAP_URL: urlWithScheme(['imap', 'imaps']),
    EMAIL_ADDRESS: optionalString.pipe(z.email().optional()),
    WECHATY_PUPPET: optionalString,
    WECHATY_PUPPET_TOKEN: optionalString,
    WECHAT_OA_TOKEN: optionalString,
    WECHAT_OA_APPID: optionalString,
    WECHAT_OA_SECRET: optionalString,
    WECHAT_OA_AES_KEY: optionalString,
    WECHAT_API_BASE: urlWithScheme(['http', 'https']),
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TENANT_ID: optionalString,
  })
  .strict();

type RawConfig = z.infer<typeof configSchema>;

/** The validated configuration the composition root builds from. */
export interface Config extends Omit<RawConfig, 'REOPEN_WINDOW' | 'SESSION_TTL'> {
  /** How long after resolution a new message continues the old conversation (ms). */
  reopenWindowMs: number;
  /** How long a login's session token lives (ms). */
  sessionTtlMs: number;
  /** The config file's `sla:` section merged over the built-in SLA policies (handoff/sla). */
  sla: SlaConfig;
  /** The config file's `voice:` section: hold limit, voicemail, agents' call endpoints (adapters/voice). */
  voice: VoiceConfig;
  /** Where the config file was read from, if any. */
  configFile?: string;
}

/** Flatten the YAML file's keys: `port: 3000` or `PORT: 3000` both set PORT. */
function readConfigFile(path: string, sections: Record<string, unknown>): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Cannot read config file ${path}: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Config file ${path} must be a mapping of keys to values.`,
    );
  }
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value === null || typeof value === 'object') {
      // Sections (e.g. `sla:`) belong to the components that own them.
      sections[key.toLowerCase()] = value;
      continue;
    }
    out[key.toUpperCase()] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

function describeIssues(error: z.ZodError, source: string): string {
  return error.issues
    .map((issue) => {
      const key = issue.path.join('.') || '(root)';
      if (issue.code === 'unrecognized_keys') return `${issue.keys.join(', ')}: unknown key in ${source}`;
      return `${key}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Build the configuration from an environment (normally `process.env`). Only the keys this schema
 * knows are read from the environment; the config file may hold only known keys.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): Config {
  const explicit = env.SWITCHBOARD_CONFIG?.trim();
  const defaultFile = resolve(cwd, 'switchboard.config.yaml');
  const file = explicit ? resolve(cwd, explicit) : existsSync(defaultFile) ? defaultFile : undefined;
  if (explicit && !existsSync(resolve(cwd, explicit))) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `SWITCHBOARD_CONFIG: file ${explicit} does not exist.`,
    );
  }
  const sections: Record<string, unknown> = {};
  const fromFile = file ? readConfigFile(file, sections) : {};
  const fileCheck = configSchema.partial().safeParse(fromFile);
  if (!fileCheck.success) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Invalid configuration: ${describeIssues(fileCheck.error, file ?? 'config file')}`,
    );
  }
  const fromEnv: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined) fromEnv[key] = value;
  }
  const result = configSchema.safeParse({ ...fromFile, ...fromEnv });
  if (!result.success) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Invalid configuration: ${describeIssues(result.error, 'environment')}`,
    );
  }
  const { REOPEN_WINDOW, SESSION_TTL, ...rest } = result.data;
  const reopenWindowMs = durationKey('REOPEN_WINDOW', REOPEN_WINDOW);
  const sessionTtlMs = durationKey('SESSION_TTL', SESSION_TTL);
  const sla = parseSlaSection(sections.sla);
  const voice = parseVoiceSection(sections.voice);
  return { ...rest, reopenWindowMs, sessionTtlMs, sla, voice, ...(file ? { configFile: file } : {}) };
}

function durationKey(key: string, text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new SwitchboardError(
      ErrorCodes.CONFIG_INVALID,
      `Invalid configuration: ${key}: ${(error as Error).message}`,
    );
  }
}
