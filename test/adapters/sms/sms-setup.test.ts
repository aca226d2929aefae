/** The sms channel from configuration: off without Twilio, on with it, bad rates named at start. */
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSmsAdapter } from '../../../adapters/sms';
import { loadConfig } from '../../../gateway/config';
import type { SmsRepository } from '../../../gateway/store/sms-repository';

const unusedStore = {} as SmsRepository;
const setup = { store: unusedStore, logger: pino({ level: 'silent' }) };
const TWILIO = {
  TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`,
  TWILIO_AUTH_TOKEN: 'token',
  TWILIO_FROM: '+14155550100',
  PUBLIC_URL: 'https://sb.example.com',
};

describe('createSmsAdapter', () => {
  it('is off without Twilio settings and on with them', () => {
    expect(createSmsAdapter(loadConfig({}, '/nonexistent'), setup)).toBeUndefined();
    const adapter = createSmsAdapter(loadConfig(TWILIO, '/nonexistent'), setup);
    expect(adapter?.channel).toBe('sms');
    expect(adapter?.routes).toBeDefined();
  });

  it('names a missing key or a bad rate', () => {
    expect(() => createSmsAdapter(loadConfig({ ...TWILIO, PUBLIC_URL: '' }, '/nonexistent'), setup)).toThrow(
      /PUBLIC_URL/,
    );
    expect(() => loadConfig({ ...TWILIO, SMS_INBOUND_LIMIT: 'fast' }, '/nonexistent')).toThrow(
      /SMS_INBOUND_LIMIT: must be a rate like 20\/1m/,
    );
    expect(loadConfig({ ...TWILIO, SMS_OUTBOUND_LIMIT: '5/10s' }, '/nonexistent').SMS_OUTBOUND_LIMIT).toBe(
      '5/10s',
    );
  });
});
