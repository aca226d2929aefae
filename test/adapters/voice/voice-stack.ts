/**
 * A whole Switchboard with the voice channel on, talking to the local Twilio stand-in: webhooks are
 * signed for PUBLIC_URL and posted to the real listening server; REST calls reach the stand-in
 * through TWILIO_API_BASE. The clock is real time plus an offset a test can move forward.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TwilioVoiceAdapter } from '../../../adapters/voice';
import type { StoredMessage } from '../../../gateway/message';
import { issueToken, type IssuedToken } from '../../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../../support/switchboard';
import { installCalls, type StandinCalls } from '../../support/twilio-standin/calls';
import { TwilioStandin } from '../../support/twilio-standin/server';

export const PUBLIC_URL = 'https://voice.example.test';
export const OUR_NUMBER = '+14155550100';
export const AGENT_EMAIL = 'agent.li@example.com';
export const AGENT_PHONE = '+8613900139000';

/** The test config file: voice cases must get a first response within 2 minutes. */
const CONFIG_YAML = `
sla:
  policies:
    - name: voice-test
      match: { channel: voice }
      firstResponse: 2m
voice:
  holdPause: 1s
  agents:
    ${AGENT_EMAIL}: "${AGENT_PHONE}"
`;

export interface VoiceStack {
  sb: TestSwitchboard;
  base: string;
  twilio: TwilioStandin;
  calls: StandinCalls;
  voice: TwilioVoiceAdapter;
  agent: IssuedToken;
  /** Move the gateway's clock forward. */
  advance(ms: number): void;
  /** The gateway's clock. */
  now(): Date;
  api(method: string, path: string, body?: unknown): Promise<Response>;
  /** Messages stored for a caller's number on voice, oldest first. */
  messagesOf(number: string): Promise<StoredMessage[]>;
  dispose(): Promise<void>;
}

export async function startVoiceStack(kind: 'sqlite' | 'postgres'): Promise<VoiceStack> {
  const twilio = await TwilioStandin.start();
  const calls = installCalls(twilio);
  const dir = mkdtempSync(join(tmpdir(), 'sb-voice-'));
  const configFile = join(dir, 'switchboard.config.yaml');
  writeFileSync(configFile, CONFIG_YAML);
  let offset = 0;
  const sb = await startTestSwitchboard(
    kind,
    { kbPollIntervalMs: 0, clock: () => new Date(Date.now() + offset) },
    {
      PUBLIC_URL,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: OUR_NUMBER,
      TWILIO_API_BASE: twilio.baseUrl,
      SWITCHBOARD_CONFIG: configFile,
    },
  );
  const base = await sb.switchboard.listen();
  twilio.connectGateway({ publicUrl: PUBLIC_URL, listenUrl: base });
  const voice = sb.switchboard.adapters.get('voice') as TwilioVoiceAdapter | undefined;
  if (!voice) throw new Error('the voice channel is off: the Twilio settings did not reach it');
  const agent = await issueToken(sb.switchboard.store, { roles: ['agent'], email: AGENT_EMAIL });
  return {
    sb,
    base,
    twilio,
    calls,
    voice,
    agent,
    advance: (ms) => {
      offset += ms;
    },
    now: () => new Date(Date.now() + offset),
    api: (method, path, body) =>
      fetch(`${base}/api/v1${path}`, {
        method,
        headers: { ...agent.headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    messagesOf: (number) => sb.switchboard.store.listByAddress('voice', number, null, 200),
    async dispose() {
      await sb.dispose();
      await twilio.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
