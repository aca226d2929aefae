/**
 * The TwiML documents the call flow answers with, built with the twilio library's VoiceResponse.
 * Pure: every function takes what it says and the absolute callback URLs, and returns XML.
 */
import twilio from 'twilio';
import { splitText } from '../shared/text-splitter';
import type { AgentEndpoint } from './voice-config';
import { otherLanguage, VOICE_PHRASES, type VoiceLanguage } from './voice-language';

type VoiceResponse = twilio.twiml.VoiceResponse;
const { VoiceResponse } = twilio.twiml;

/** Longest text one `<Say>` carries; longer text is spoken as several. */
export const MAX_SAY_LENGTH = 1000;

/** The name of the Twilio queue callers wait in for a person. */
export const HOLD_QUEUE = 'switchboard-voice';

/** Lines of speech for `texts`: each line of each text separately, none longer than `MAX_SAY_LENGTH`. */
export function speechLines(texts: readonly string[], maxLength = MAX_SAY_LENGTH): string[] {
  return texts.flatMap((text) =>
    text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .flatMap((line) => splitText(line, maxLength)),
  );
}

/** True when a reply reads out numbered options (the bot numbers them on channels without buttons). */
export function hasNumberedOptions(text: string): boolean {
  return /^\s*1\.\s/m.test(text) && /^\s*2\.\s/m.test(text);
}

type SayTarget = Pick<VoiceResponse, 'say'>;

/** Twilio's speech-recognition codes for our languages (Google's `cmn-Hans-CN` for Mandarin). */
const GATHER_LANGUAGE = { 'zh-CN': 'cmn-Hans-CN', 'en-US': 'en-US' } as const;

/** Twilio's text-to-speech voices for our languages (Amazon Polly; the basic voices lack Mandarin). */
const SAY_VOICE = { 'zh-CN': 'Polly.Zhiyu', 'en-US': 'Polly.Joanna' } as const;

function say(target: SayTarget, language: VoiceLanguage, text: string): void {
  target.say({ language, voice: SAY_VOICE[language] }, text);
}

/** What one gather step says and where its result goes. */
export interface GatherStep {
  language: VoiceLanguage;
  /** Spoken before listening (answers, pending messages, prompts), in order. */
  lines: string[];
  /** The gather action URL (carries the turn number and language). */
  action: string;
  /** Offer the other language (first prompt of a call only). */
  offerSwitch?: boolean;
}

/** Say the lines, then listen for speech or one key; the result (even none) goes to `action`. */
export function gatherTwiml(step: GatherStep): string {
  const response = new VoiceResponse();
  const gather = response.gather({
    input: ['speech', 'dtmf'],
    action: step.action,
    method: 'POST',
    language: GATHER_LANGUAGE[step.language],
    speechTimeout: 'auto',
    numDigits: 1,
    timeout: 6,
    actionOnEmptyResult: true,
  });
  for (const line of step.lines) say(gather, step.language, line);
  if (step.offerSwitch) {
    const other = otherLanguage(step.language);
    say(gather, other, VOICE_PHRASES[other].switchOffer);
  }
  return response.toString();
}

/** Say the lines and wait for a person in the hold queue. */
export function enqueueTwiml(
  language: VoiceLanguage,
  lines: string[],
  urls: { wait: string; result: string },
): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  response.enqueue(
    { waitUrl: urls.wait, waitUrlMethod: 'POST', action: urls.result, method: 'POST' },
    HOLD_QUEUE,
  );
  return response.toString();
}

/** One round of hold: pending messages, then hold audio; Twilio requests the wait URL again after. */
export function holdTwiml(
  language: VoiceLanguage,
  lines: string[],
  hold: { musicUrl: string | null; pauseSeconds: number },
): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  if (hold.musicUrl) {
    response.play(hold.musicUrl);
  } else {
    say(response, language, VOICE_PHRASES[language].hold);
    response.pause({ length: hold.pauseSeconds });
  }
  return response.toString();
}

/** Leave the hold queue (the enqueue action then receives `QueueResult=leave`). */
export function leaveQueueTwiml(): string {
  const response = new VoiceResponse();
  response.leave();
  return response.toString();
}

/** Ask for a voicemail and record it with transcription. */
export function voicemailTwiml(
  language: VoiceLanguage,
  lines: string[],
  record: { action: string; transcribeCallback: string; maxLengthSeconds: number },
): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  say(response, language, VOICE_PHRASES[language].voicemailPrompt);
  response.record({
    action: record.action,
    method: 'POST',
    maxLength: record.maxLengthSeconds,
    finishOnKey: '#',
    playBeep: true,
    transcribe: true,
    transcribeCallback: record.transcribeCallback,
  });
  return response.toString();
}

/** Bridge the caller to an agent; the dial's outcome goes to `action`. */
export function dialTwiml(
  language: VoiceLanguage,
  endpoint: AgentEndpoint,
  dial: { action: string; callerId: string },
  lines: readonly string[] = [],
): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  say(response, language, VOICE_PHRASES[language].connecting);
  const bridge = response.dial({ action: dial.action, method: 'POST', callerId: dial.callerId, timeout: 25 });
  if (endpoint.kind === 'number') bridge.number(endpoint.number);
  else if (endpoint.kind === 'client') bridge.client(endpoint.identity);
  else bridge.sip(endpoint.uri);
  return response.toString();
}

/** Say the lines, then request `url` (POST) for what comes next. */
export function redirectTwiml(language: VoiceLanguage, lines: string[], url: string): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  response.redirect({ method: 'POST' }, url);
  return response.toString();
}

/** Say the lines and hang up. */
export function hangupTwiml(language: VoiceLanguage, lines: string[]): string {
  const response = new VoiceResponse();
  for (const line of lines) say(response, language, line);
  response.hangup();
  return response.toString();
}

/** An empty document: nothing more to do on this request. */
export function emptyTwiml(): string {
  return new VoiceResponse().toString();
}
