/**
 * The pure parts of the voice channel: the caller's language, the `voice:` config section, TwiML
 * rendering (read back with the stand-in's TwiML reader) and speech splitting.
 */
import { describe, expect, it } from 'vitest';
import { parseVoiceSection } from '../../../adapters/voice';
import {
  dialTwiml,
  enqueueTwiml,
  gatherTwiml,
  hasNumberedOptions,
  speechLines,
  voicemailTwiml,
} from '../../../adapters/voice/twiml';
import { languageForCaller } from '../../../adapters/voice/voice-language';
import { ErrorCodes } from '../../../gateway/errors';
import { parseTwiml, spokenTexts } from '../../support/twilio-standin/call-twiml';

describe('caller language', () => {
  it('is Chinese for Chinese-speaking country codes, else English unless the knowledge base is Chinese-only', () => {
    expect(languageForCaller('+8613800138000', ['en'])).toBe('zh-CN');
    expect(languageForCaller('+85291234567', ['en'])).toBe('zh-CN');
    expect(languageForCaller('+886912345678', ['en', 'zh-CN'])).toBe('zh-CN');
    expect(languageForCaller('+14155550100', ['en', 'zh-CN'])).toBe('en-US');
    expect(languageForCaller('+14155550100', ['zh-CN'])).toBe('zh-CN');
    expect(languageForCaller('+4930123456', [])).toBe('en-US');
  });
});

describe('voice config section', () => {
  it('defaults without a section and reads every key', () => {
    expect(parseVoiceSection(undefined).holdLimitMs).toBeNull();
    const config = parseVoiceSection({
      holdLimit: '5m',
      voicemailMaxLength: '90s',
      holdPause: '15s',
      holdMusic: 'https://cdn.example.com/hold.mp3',
      agents: {
        'Li@Example.com': '+86 139 0013 9000',
        bob: 'client:bob',
        carol: 'sip:carol@pbx.example.com',
      },
    });
    expect(config).toMatchObject({
      holdLimitMs: 300_000,
      voicemailMaxSeconds: 90,
      holdPauseSeconds: 15,
      holdMusicUrl: 'https://cdn.example.com/hold.mp3',
    });
    expect(config.agents.get('li@example.com')).toEqual({ kind: 'number', number: '+8613900139000' });
    expect(config.agents.get('bob')).toEqual({ kind: 'client', identity: 'bob' });
    expect(config.agents.get('carol')).toEqual({ kind: 'sip', uri: 'sip:carol@pbx.example.com' });
  });

  it('names a bad key', () => {
    expect(() => parseVoiceSection({ agents: { li: '13900139000' } })).toThrow(/voice\.agents\.li: .*E\.164/);
    expect(() => parseVoiceSection({ holdLimit: 'ten minutes' })).toThrow(/voice\.holdLimit/);
    expect(() => parseVoiceSection({ holdlimit: '5m' })).toThrow(/voice: unknown key holdlimit/);
    let caught: unknown;
    try {
      parseVoiceSection({ holdPause: 3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: ErrorCodes.CONFIG_INVALID });
    expect((caught as Error).message).toMatch(/voice\.holdPause/);
  });
});

describe('TwiML', () => {
  it('listens for speech and one key in the call language, and offers the other language', () => {
    const doc = parseTwiml(
      gatherTwiml({
        language: 'zh-CN',
        lines: ['您好'],
        action: 'https://x.test/g?turn=1',
        offerSwitch: true,
      }),
    );
    const gather = doc.children[0];
    expect(gather).toMatchObject({
      name: 'Gather',
      attrs: { input: 'speech dtmf', language: 'cmn-Hans-CN', numDigits: '1', actionOnEmptyResult: 'true' },
    });
    expect(gather?.children.map((say) => [say.attrs.language, say.attrs.voice, say.text])).toEqual([
      ['zh-CN', 'Polly.Zhiyu', '您好'],
      ['en-US', 'Polly.Joanna', 'For English, press 9.'],
    ]);
  });

  it('holds, records with transcription and dials each kind of agent endpoint', () => {
    const held = parseTwiml(
      enqueueTwiml('en-US', ['Passing you on.'], { wait: 'https://x/w', result: 'https://x/r' }),
    );
    expect(held.children.map((verb) => verb.name)).toEqual(['Say', 'Enqueue']);
    expect(held.children[1]?.attrs).toMatchObject({ waitUrl: 'https://x/w', action: 'https://x/r' });
    const record = parseTwiml(
      voicemailTwiml('en-US', [], {
        action: 'https://x/rec',
        transcribeCallback: 'https://x/t',
        maxLengthSeconds: 60,
      }),
    ).children.find((verb) => verb.name === 'Record');
    expect(record?.attrs).toMatchObject({
      transcribe: 'true',
      transcribeCallback: 'https://x/t',
      maxLength: '60',
    });
    const nouns = [
      { kind: 'number', number: '+8613900139000' },
      { kind: 'client', identity: 'li' },
      { kind: 'sip', uri: 'sip:li@pbx.example.com' },
    ] as const;
    const dialed = nouns.map((endpoint) => {
      const dial = parseTwiml(
        dialTwiml('zh-CN', endpoint, { action: 'https://x/d', callerId: '+14155550100' }),
      ).children[1];
      return [dial?.attrs.callerId, dial?.children[0]?.name, dial?.children[0]?.text];
    });
    expect(dialed).toEqual([
      ['+14155550100', 'Number', '+8613900139000'],
      ['+14155550100', 'Client', 'li'],
      ['+14155550100', 'Sip', 'sip:li@pbx.example.com'],
    ]);
  });

  it('escapes what it says', () => {
    const doc = parseTwiml(
      gatherTwiml({ language: 'en-US', lines: ['Fees < $5 & "no" <Hangup/>'], action: 'https://x/g' }),
    );
    expect(spokenTexts(doc)).toEqual(['Fees < $5 & "no" <Hangup/>']);
  });
});

describe('speech lines', () => {
  it('reads each line on its own and splits what is too long for one <Say>', () => {
    expect(speechLines(['Did you mean:\n1. Flight refund\n\n2. Hotel refund'])).toEqual([
      'Did you mean:',
      '1. Flight refund',
      '2. Hotel refund',
    ]);
    const long = speechLines(['word '.repeat(300)], 100);
    expect(long.length).toBeGreaterThan(10);
    expect(long.every((line) => line.length <= 100)).toBe(true);
    expect(hasNumberedOptions('您是想问：\n1. 退票\n2. 改签')).toBe(true);
    expect(hasNumberedOptions('Step 1. open the app')).toBe(false);
  });
});
