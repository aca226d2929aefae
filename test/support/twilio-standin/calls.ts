/**
 * The stand-in's Calls resource (REST API 2010-04-01: create, fetch, update with `Twiml`, `Url` or
 * `Status`) and simulated inbound calls that play Twilio's side of a call: POST the signed voice
 * webhooks in order, read the TwiML we answer (`<Say>` heard, `<Gather>` listens, `<Enqueue>` holds,
 * `<Redirect>`/`<Leave>` followed, `<Record>`, `<Dial>`, `<Hangup>`), and take REST updates of the
 * live call as Twilio does: the new TwiML replaces what the call was doing.
 *
 *   const calls = installCalls(twilio);
 *   const call = await calls.dial({ from: '+8613800138000' });   // greeting heard, listening
 *   await call.say('机票怎么退票');                                // SpeechResult → answer heard
 */
import { fakeSid, twilioDate, twilioError, type StandinResponse, type TwilioStandin } from './server';
import { SimulatedCall } from './simulated-call';

export { SimulatedCall, type CallState } from './simulated-call';

const ACCOUNT = '/2010-04-01/Accounts/([^/]+)';
const E164 = /^\+[1-9]\d{6,14}$/;

/** One REST update of a call as the stand-in received it. */
export interface CallUpdate {
  callSid: string;
  twiml?: string;
  url?: string;
  status?: string;
  at: Date;
}

export interface DialOptions {
  from: string;
  /** Our number. Default `+14155550100`. */
  to?: string;
  /** The number's voice URL (path under the gateway's public URL). Default `/webhooks/twilio/voice`. */
  voiceUrl?: string;
  /** The number's status callback. Default `/webhooks/twilio/voice/status`. */
  statusCallback?: string;
}

export class StandinCalls {
  readonly live = new Map<string, SimulatedCall>();
  /** Outbound calls created through the REST API. */
  readonly created: { sid: string; to: string; from: string; url?: string; twiml?: string }[] = [];
  readonly updates: CallUpdate[] = [];
  readonly #standin: TwilioStandin;
  readonly #work = new Set<Promise<void>>();

  constructor(standin: TwilioStandin) {
    this.#standin = standin;
  }

  /** A customer calls our number; resolves once the first TwiML is read. */
  async dial(options: DialOptions): Promise<SimulatedCall> {
    const call = new SimulatedCall(this.#standin, {
      sid: fakeSid('CA'),
      from: options.from,
      to: options.to ?? '+14155550100',
      statusCallback: options.statusCallback ?? '/webhooks/twilio/voice/status',
    });
    this.live.set(call.sid, call);
    await call.start(options.voiceUrl ?? '/webhooks/twilio/voice');
    return call;
  }

  /** Wait until every update's TwiML has been played out. */
  async settled(): Promise<void> {
    for (let round = 0; round < 100 && this.#work.size > 0; round++)
      await Promise.allSettled([...this.#work]);
  }

  create(params: Record<string, string>): StandinResponse {
    const to = params.To ?? '';
    const from = params.From ?? '';
    if (!E164.test(to) && !to.startsWith('client:'))
      return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to}`);
    if (from === '') return twilioError(400, 21213, "A 'From' phone number is required.");
    if (!params.Url && !params.Twiml) return twilioError(400, 21205, 'Url or Twiml parameter is required.');
    const sid = fakeSid('CA');
    this.created.push({
      sid,
      to,
      from,
      ...(params.Url ? { url: params.Url } : {}),
      ...(params.Twiml ? { twiml: params.Twiml } : {}),
    });
    return { status: 201, body: this.#json(sid, from, to, 'queued', 'outbound-api') };
  }

  update(sid: string, params: Record<string, string>): StandinResponse {
    const call = this.live.get(sid);
    if (!call) return twilioError(404, 20404, `The requested resource /Calls/${sid}.json was not found`);
    if (call.state === 'ended') return twilioError(400, 21220, 'Call is not in-progress. Cannot redirect.');
    if (!params.Twiml && !params.Url && !params.Status) {
      return twilioError(400, 20001, 'Url, Twiml or Status is required to update a call.');
    }
    this.updates.push({
      callSid: sid,
      ...(params.Twiml ? { twiml: params.Twiml } : {}),
      ...(params.Url ? { url: params.Url } : {}),
      ...(params.Status ? { status: params.Status } : {}),
      at: new Date(),
    });
    const work = params.Twiml ? call.replace(params.Twiml) : params.Status ? call.end() : Promise.resolve();
    const tracked = work.catch(() => undefined);
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
    return { status: 200, body: this.#json(sid, call.from, call.to, 'in-progress', 'inbound') };
  }

  fetch(sid: string): StandinResponse {
    const call = this.live.get(sid);
    if (!call) return twilioError(404, 20404, `The requested resource /Calls/${sid}.json was not found`);
    const status =
      call.state === 'ended' ? 'completed' : call.state === 'ringing' ? 'ringing' : 'in-progress';
    return { status: 200, body: this.#json(sid, call.from, call.to, status, 'inbound') };
  }

  /** Twilio's Call resource JSON. */
  #json(sid: string, from: string, to: string, status: string, direction: string): Record<string, unknown> {
    const now = twilioDate(new Date());
    return {
      sid,
      account_sid: this.#standin.accountSid,
      api_version: '2010-04-01',
      date_created: now,
      date_updated: now,
      direction,
      from,
      from_formatted: from,
      to,
      to_formatted: to,
      status,
      start_time: now,
      end_time: null,
      duration: null,
      price: null,
      uri: `/2010-04-01/Accounts/${this.#standin.accountSid}/Calls/${sid}.json`,
    };
  }
}

/** Add the Calls routes to a stand-in; returns the resource to inspect and drive calls with. */
export function installCalls(standin: TwilioStandin): StandinCalls {
  const calls = new StandinCalls(standin);
  standin.route({
    method: 'POST',
    path: new RegExp(`^${ACCOUNT}/Calls\\.json$`),
    handle: (request) => calls.create(request.params),
  });
  standin.route({
    method: 'POST',
    path: new RegExp(`^${ACCOUNT}/Calls/(CA[0-9a-f]{32})\\.json$`),
    handle: (request, match) => calls.update(match[2] ?? '', request.params),
  });
  standin.route({
    method: 'GET',
    path: new RegExp(`^${ACCOUNT}/Calls/(CA[0-9a-f]{32})\\.json$`),
    handle: (_request, match) => calls.fetch(match[2] ?? ''),
  });
  return calls;
}
