import { describe, expect, it } from 'vitest';
import { newId } from '../../gateway/ids';

const BODY = /^[0-9a-hjkmnp-tv-z]{26}$/;

describe('newId', () => {
  it('is the prefix and a 26-character Crockford base32 body', () => {
    const id = newId('msg');
    expect(id.startsWith('msg_')).toBe(true);
    expect(id.slice(4)).toMatch(BODY);
  });

  it('sorts in creation order within a millisecond, across milliseconds and across random-pool refills', () => {
    // 600 milliseconds draw 6,000 random bytes, more than one 4 KiB pool; three ids share each.
    const start = Date.now() + 1_000;
    const ids: string[] = [];
    for (let ms = 0; ms < 600; ms += 1) for (let k = 0; k < 3; k += 1) ids.push(newId('x', start + ms));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps counting up when the clock goes back', () => {
    const first = newId('x', Date.now() + 10_000);
    const second = newId('x', Date.now() - 10_000);
    expect(second > first).toBe(true);
  });

  it('puts the time first: an id from a later millisecond sorts after any from an earlier one', () => {
    const later = Date.now() + 20_000;
    const a = newId('x', later);
    const b = newId('x', later + 1);
    expect(b.slice(2, 12) > a.slice(2, 12)).toBe(true);
  });
});
