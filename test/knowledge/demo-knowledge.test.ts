import { describe, expect, it } from 'vitest';
import { lintKnowledge } from '../../knowledge/index';

describe('the demo knowledge base', async () => {
  const result = await lintKnowledge('knowledge/demo');
  const byLocale = (locale: string) => result.entries.filter((entry) => entry.locale === locale);

  it('lints clean: no errors, no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.files).toEqual(['knowledge/demo/en.yaml', 'knowledge/demo/zh-CN.yaml']);
  });

  it('has at least 30 entries in Chinese and 30 in English', () => {
    expect(byLocale('zh-CN').length).toBeGreaterThanOrEqual(30);
    expect(byLocale('en').length).toBeGreaterThanOrEqual(30);
  });

  it('gives every entry 3–5 phrasings', () => {
    for (const entry of result.entries) {
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(3);
      expect(entry.questions.length, entry.id).toBeLessThanOrEqual(5);
    }
  });

  it('has channel variants on a good share of entries, with no links read aloud', () => {
    const withSms = result.entries.filter((entry) => entry.answer.sms !== undefined);
    const withVoice = result.entries.filter((entry) => entry.answer.voice !== undefined);
    expect(withSms.length / result.entries.length).toBeGreaterThan(0.6);
    expect(withVoice.length / result.entries.length).toBeGreaterThan(0.4);
    expect(result.entries.some((entry) => entry.answer.email !== undefined)).toBe(true);
    for (const entry of withVoice) expect(entry.answer.voice, entry.id).not.toMatch(/https?:|www\./);
    for (const entry of withSms) expect(entry.answer.sms?.length ?? 0, entry.id).toBeLessThanOrEqual(160);
  });

  it('answers questions about service hours (they must not read as handoff requests)', () => {
    const ids = result.entries.map((entry) => entry.id);
    expect(ids).toContain('zh-service-hours');
    expect(ids).toContain('en-service-hours');
  });
});
