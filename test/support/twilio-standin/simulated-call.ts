/**
 * One simulated inbound call: plays Twilio's voice engine for a test, step by step. It POSTs the
 * signed voice webhooks in order and reads the TwiML answered: `<Say>` is heard, `<Gather>` listens,
 * `<Enqueue>` holds (a test asks for each hold round), `<Redirect>` and `<Leave>` are followed,
 * `<Record>` and `<Dial>` wait for the test, `<Hangup>` (or running out of verbs) ends the call and
 * reports its status. A REST update replaces what the call was doing, as with Twilio.
 */
import { parseTwiml, spokenTexts, type TwimlNode } from './call-twiml';
import { fakeSid, type TwilioStandin } from './server';

export type CallState = 'ringing' | 'listening' | 'queued' | 'recording' | 'dialing' | 'ended';

/** One inbound call, driven step by step by a test as Twilio's voice engine would. */
export class SimulatedCall {
  readonly sid: string;
  readonly from: string;
  readonly to: string;
  /** Every `<Say>` heard, in order. */
  readonly heard: string[] = [];
  /** Every TwiML document the call read (webhook answers and REST updates), in order. */
  readonly documents: string[] = [];
  state: CallState = 'ringing';
  /** What the current verb waits on. */
  gather: { action: string; language: string } | null = null;
  enqueue: { waitUrl: string; action: string; queue: string } | null = null;
  record: { action: string; transcribeCallback: string | null } | null = null;
  dialed: { action: string; target: TwimlNode } | null = null;
  readonly #standin: TwilioStandin;
  readonly #statusCallback: string;

  constructor(
    standin: TwilioStandin,
    call: { sid: string; from: string; to: string; statusCallback: string },
  ) {
    this.#standin = standin;
    this.sid = call.sid;
    this.from = call.from;
    this.to = call.to;
    this.#statusCallback = call.statusCallback;
  }

  async start(voiceUrl: string): Promise<void> {
    await this.#post(voiceUrl, { CallStatus: 'ringing' });
  }

  /** The caller speaks while a `<Gather>` listens. */
  say(text: string, confidence = 0.92): Promise<void> {
    return this.#gathered({ SpeechResult: text, Confidence: String(confidence) });
  }

  /** The caller presses keys while a `<Gather>` listens. */
  press(digits: string): Promise<void> {
    return this.#gathered({ Digits: digits });
  }

  /** The `<Gather>` times out with nothing heard (actionOnEmptyResult). */
  silence(): Promise<void> {
    return this.#gathered({});
  }

  /** Twilio requests the queue's wait URL once (one round of hold) and plays it. */
  async holdRound(queueTime = 30): Promise<void> {
    const enqueue = this.#expect('queued', this.enqueue);
    await this.#post(
      enqueue.waitUrl,
      { QueueSid: fakeSid('QU'), QueueTime: String(queueTime), QueuePosition: '1', CurrentQueueSize: '1' },
      'wait',
    );
  }

  /** The caller records a voicemail and the recording (then its transcription) is reported. */
  async leaveVoicemail(voicemail: { seconds: number; transcription?: string }): Promise<void> {
    const record = this.#expect('recording', this.record);
    const recordingSid = fakeSid('RE');
    const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${this.#standin.accountSid}/Recordings/${recordingSid}`;
    const recorded = voicemail.seconds > 0;
    await this.#post(
      record.action,
      recorded
        ? {
            RecordingUrl: recordingUrl,
            RecordingSid: recordingSid,
            RecordingDuration: String(voicemail.seconds),
            Digits: '#',
          }
        : { Digits: 'hangup' },
    );
    if (recorded && voicemail.transcription !== undefined && record.transcribeCallback) {
      await this.#standin.webhook(record.transcribeCallback, {
        ...this.#base('completed'),
        TranscriptionSid: fakeSid('TR'),
        TranscriptionText: voicemail.transcription,
        TranscriptionStatus: 'completed',
        TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${this.#standin.accountSid}/Transcriptions/x`,
        TranscriptionType: 'fast',
        RecordingSid: recordingSid,
        RecordingUrl: recordingUrl,
      });
    }
  }

  /** The bridged leg ends (`completed` when the agent talked to the caller). */
  async dialEnds(status: 'completed' | 'busy' | 'no-answer' | 'failed', seconds = 60): Promise<void> {
    const dialed = this.#expect('dialing', this.dialed);
    await this.#post(dialed.action, {
      DialCallStatus: status,
      DialCallDuration: String(seconds),
      DialCallSid: fakeSid('CA'),
    });
  }

  /**
   * The caller hangs up: a held call's enqueue action hears `hangup`, then the status callback.
   * `enqueueAction: false` sends only the status callback (the action request lost or failed).
   */
  async hangUp(options: { enqueueAction?: boolean } = {}): Promise<void> {
    if (this.state === 'ended') return;
    const enqueue = this.state === 'queued' && options.enqueueAction !== false ? this.enqueue : null;
    this.state = 'ended';
    if (enqueue) await this.#post(enqueue.action, { QueueResult: 'hangup', QueueTime: '42' }, 'none');
    await this.#status();
  }

  /** A REST update replaced the call's TwiML. */
  async replace(twiml: string): Promise<void> {
    this.#clear();
    await this.#run(twiml);
  }

  /** The call is over (TwiML ran out, `<Hangup>`, or a REST `Status=completed`). */
  async end(): Promise<void> {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.#clear();
    await this.#status();
  }

  #expect<T>(state: CallState, value: T | null): T {
    if (this.state !== state || value === null) throw new Error(`call is ${this.state}, not ${state}`);
    return value;
  }

  async #gathered(extra: Record<string, string>): Promise<void> {
    const gather = this.#expect('listening', this.gather);
    await this.#post(gather.action, extra);
  }

  #base(status: string): Record<string, string> {
    return {
      AccountSid: this.#standin.accountSid,
      ApiVersion: '2010-04-01',
      CallSid: this.sid,
      From: this.from,
      To: this.to,
      Caller: this.from,
      Called: this.to,
      CallStatus: status,
      Direction: 'inbound',
    };
  }

  async #status(): Promise<void> {
    await this.#standin.webhook(this.#statusCallback, { ...this.#base('completed'), CallDuration: '95' });
  }

  /**
   * POST a webhook for the call and play the TwiML it answers. `wait` documents run as hold music
   * (only `<Say>`, `<Play>`, `<Pause>`, `<Leave>`); `none` ignores the answer.
   */
  async #post(
    url: string,
    extra: Record<string, string>,
    mode: 'call' | 'wait' | 'none' = 'call',
  ): Promise<void> {
    const status = this.state === 'ringing' ? 'ringing' : 'in-progress';
    const result = await this.#standin.webhook(url, { ...this.#base(status), ...extra });
    if (result.status !== 200) throw new Error(`webhook ${url} answered ${result.status}: ${result.body}`);
    if (!result.contentType?.startsWith('text/xml'))
      throw new Error(`webhook ${url} answered ${result.contentType}`);
    if (mode === 'none') return;
    if (mode === 'call') this.#clear();
    await this.#run(result.body, mode === 'wait');
  }

  #clear(): void {
    this.gather = null;
    this.enqueue = null;
    this.record = null;
    this.dialed = null;
  }

  async #run(xml: string, holding = false): Promise<void> {
    this.documents.push(xml);
    const response = parseTwiml(xml);
    for (const verb of response.children) {
      if (this.state === 'ended') return;
      if (verb.name === 'Say') this.heard.push(verb.text);
      else if (verb.name === 'Play' || verb.name === 'Pause') continue;
      else if (holding && verb.name === 'Leave') return this.#leave();
      else if (holding) throw new Error(`<${verb.name}> is not allowed in a queue's wait TwiML`);
      else if (await this.#stops(verb)) return;
    }
    // A document that runs out ends the call; a hold round just starts over.
    if (!holding) await this.end();
  }

  /** Play one verb that waits for something; true when the call now waits on it. */
  async #stops(verb: TwimlNode): Promise<boolean> {
    const attr = (name: string) => verb.attrs[name] ?? '';
    switch (verb.name) {
      case 'Gather':
        this.heard.push(...spokenTexts(verb));
        this.gather = { action: attr('action'), language: attr('language') };
        this.state = 'listening';
        return true;
      case 'Enqueue':
        this.enqueue = { waitUrl: attr('waitUrl'), action: attr('action'), queue: verb.text };
        this.state = 'queued';
        return true;
      case 'Record':
        this.record = { action: attr('action'), transcribeCallback: verb.attrs.transcribeCallback ?? null };
        this.state = 'recording';
        return true;
      case 'Dial': {
        const target = verb.children[0];
        if (!target) throw new Error('<Dial> without a noun');
        this.dialed = { action: attr('action'), target };
        this.state = 'dialing';
        return true;
      }
      case 'Redirect':
        await this.#post(verb.text, {});
        return true;
      case 'Hangup':
        await this.end();
        return true;
      default:
        throw new Error(`the stand-in does not play <${verb.name}>`);
    }
  }

  async #leave(): Promise<void> {
    const enqueue = this.#expect('queued', this.enqueue);
    await this.#post(enqueue.action, { QueueResult: 'leave', QueueTime: '600' });
  }
}
