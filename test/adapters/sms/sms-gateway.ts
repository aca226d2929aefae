/**
 * A whole Switchboard with the SMS channel on, its Twilio REST client pointed at the stand-in and
 * the stand-in posting signed webhooks to the gateway's real listen address.
 */
import { issueToken, type IssuedToken } from '../../support/auth';
import { startTestSwitchboard, type TestSwitchboard } from '../../support/switchboard';
import { installMessages, type StandinMessages } from '../../support/twilio-standin/messages';
import { TwilioStandin, type WebhookResult } from '../../support/twilio-standin/server';
import { inboundForm, messageSid, OUR_NUMBER, PUBLIC_URL } from './sms-harness';

export interface SmsGateway {
  sb: TestSwitchboard;
  twilio: TwilioStandin;
  messages: StandinMessages;
  agent: IssuedToken;
  /** The customer texts us (MessageSid derived from `id`, default: the text and a counter). */
  text(from: string, body: string, id?: string): Promise<WebhookResult>;
  /** Call the agent API as the test agent. */
  api(
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ): Promise<{ status: number; body: ApiBody }>;
  dispose(): Promise<void>;
}

/** The parts of agent API answers these tests read. */
export interface ApiBody {
  items?: { id: string; conversationId: string }[];
  channel?: { current: string; address: string };
  transcript?: { channel: string; direction: string; text: string }[];
  message?: { id: string };
  error?: { code: string; message: string };
}

let counter = 0;

export async function startSmsGateway(
  kind: 'sqlite' | 'postgres',
  extraConfig: Record<string, string> = {},
): Promise<SmsGateway> {
  const twilio = await TwilioStandin.start();
  const messages = installMessages(twilio);
  const sb = await startTestSwitchboard(
    kind,
    { kbPollIntervalMs: 0, outbox: { pollIntervalMs: 50, baseDelayMs: 50 } },
    {
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: OUR_NUMBER,
      TWILIO_API_BASE: twilio.baseUrl,
      PUBLIC_URL,
      ...extraConfig,
    },
  );
  const listenUrl = await sb.switchboard.listen();
  twilio.connectGateway({ publicUrl: PUBLIC_URL, listenUrl });
  const agent = await issueToken(sb.switchboard.store, { roles: ['agent'] });
  return {
    sb,
    twilio,
    messages,
    agent,
    text: (from, body, id) =>
      twilio.webhook(
        '/webhooks/twilio/sms',
        inboundForm(twilio, from, body, messageSid(id ?? `${body}#${++counter}`)),
      ),
    async api(method, url, payload) {
      const response = await sb.switchboard.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: agent.headers,
        ...(payload === undefined ? {} : { payload }),
      });
      return { status: response.statusCode, body: response.json<ApiBody>() };
    },
    async dispose() {
      await messages.settled();
      await sb.dispose();
      await twilio.close();
    },
  };
}
