import { describe, expect, it } from 'vitest';
import { identityKindOf, normalizeAddress, normalizeEmail, normalizePhone } from '../../gateway/addresses';

describe('address normalization', () => {
  it('writes phones as E.164', () => {
    expect(normalizePhone('+86 138-0013-8000')).toBe('+8613800138000');
    expect(normalizePhone('0086 13800138000')).toBe('+8613800138000');
    expect(normalizePhone('tel:+1 (415) 555-0100')).toBe('+14155550100');
    expect(normalizePhone('(415) 555-0100', '1')).toBe('+14155550100');
    expect(normalizePhone('013800138000', '86')).toBe('+8613800138000');
  });

  it('refuses what cannot be a phone number', () => {
    expect(normalizePhone('13800138000')).toBeNull();
    expect(normalizePhone('+0123456789')).toBeNull();
    expect(normalizePhone('+1234567890123456')).toBeNull();
    expect(normalizePhone('+86 ABC')).toBeNull();
    expect(normalizePhone('client:alice')).toBeNull();
  });

  it('lower-cases e-mail addresses and drops display names', () => {
    expect(normalizeEmail('"Li Wei" <Li.Wei@Example.COM>')).toBe('li.wei@example.com');
    expect(normalizeEmail('  ANNA@example.org ')).toBe('anna@example.org');
    expect(normalizeEmail('not an address')).toBeNull();
    expect(normalizeEmail('a@b')).toBeNull();
  });

  it('normalizes by channel and lets SMS and voice share phone identities', () => {
    expect(normalizeAddress('sms', '+86 138 0013 8000')).toBe('+8613800138000');
    expect(normalizeAddress('voice', '+8613800138000')).toBe('+8613800138000');
    expect(normalizeAddress('email', 'X@Y.COM')).toBe('x@y.com');
    expect(normalizeAddress('wechat', ' wxid_abc ')).toBe('wxid_abc');
    expect(normalizeAddress('web', '  ')).toBeNull();
    expect(identityKindOf('sms')).toBe(identityKindOf('voice'));
    expect(identityKindOf('email')).toBe('email');
  });
});
