import { describe, expect, it } from 'vitest';
import { IntentMatcher, runNluCommand } from '../../knowledge/index';
import { guessAgainstOos } from '../../knowledge/nlu/nlu-eval-command';
import { chooseThreshold, decide, type ScoredRow } from '../../knowledge/nlu/oos-threshold';

const FIXTURES = 'test/fixtures/nlu';

async function run(args: string[], isTTY = false): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const code = await runNluCommand(args, {
    out: (line) => out.push(line),
    progress: { write: (text) => (err += text), isTTY },
  });
  return { code, out, err };
}

describe('out-of-scope threshold', () => {
  const rows: ScoredRow[] = [
    { gold: 'a', label: 'a', score: 0.9 },
    { gold: 'a', label: 'a', score: 0.6 },
    { gold: 'b', label: 'b', score: 0.4 },
    { gold: 'oos', label: 'a', score: 0.3 },
    { gold: 'oos', label: 'b', score: 0.2 },
    { gold: 'oos', label: 'oos', score: 0.9 },
  ];

  it('rejects a trained oos label or a score under the threshold', () => {
    expect(decide({ label: 'oos', score: 0.99 }, 0)).toBe('oos');
    expect(decide({ label: 'a', score: 0.3 }, 0.35)).toBe('oos');
    expect(decide({ label: 'a', score: 0.35 }, 0.35)).toBe('a');
  });

  it('picks the lowest threshold that keeps in-scope rows and rejects the oos ones', () => {
    expect(chooseThreshold(rows)).toBeCloseTo(0.305, 6);
  });

  it('takes the lowest threshold meeting the oos recall floor once there are enough oos rows', () => {
    const many: ScoredRow[] = [
      ...Array.from({ length: 20 }, (_, i) => ({ gold: 'a', label: 'a', score: 0.3 + i * 0.03 })),
      ...Array.from({ length: 20 }, (_, i) => ({ gold: 'oos', label: 'a', score: 0.1 + i * 0.02 })),
    ];
    // 14 of 20 oos rows score under 0.1 + 14 · 0.02 = 0.38: the floor 0.7 is met first there.
    expect(chooseThreshold(many)).toBeCloseTo(0.365, 6);
    expect(chooseThreshold(many, { oosRecallFloor: 0.5 })).toBeCloseTo(0.285, 6);
    expect(chooseThreshold(many, { oosShare: 0.2 })).not.toBeCloseTo(0.365, 6);
  });

  it('weighs a handful of oos rows at their own share unless told otherwise', () => {
    const few: ScoredRow[] = [
      { gold: 'a', label: 'a', score: 0.9 },
      { gold: 'a', label: 'a', score: 0.2 },
      { gold: 'b', label: 'b', score: 0.25 },
      { gold: 'a', label: 'a', score: 0.8 },
      { gold: 'oos', label: 'a', score: 0.3 },
    ];
    // Catching the one oos row would cost two answers: not worth it at a one-in-five prior.
    expect(chooseThreshold(few)).toBe(0);
    expect(chooseThreshold(few, { oosShare: 0.5, minGainErrors: 0 })).toBeCloseTo(0.305, 6);
  });

  it('keeps no threshold whose gain is within one standard error of none', () => {
    const tiny: ScoredRow[] = [
      { gold: 'a', label: 'a', score: 0.9 },
      { gold: 'a', label: 'b', score: 0.1 },
      { gold: 'b', label: 'b', score: 0.7 },
      { gold: 'oos', label: 'a', score: 0.2 },
    ];
    // Catching the one oos row costs nothing but a row already wrong: a gain of one row, whose
    // standard error is one row too.
    expect(chooseThreshold(tiny)).toBe(0);
    expect(chooseThreshold(tiny, { minGainErrors: 0 })).toBeCloseTo(0.205, 6);
    // Two oos rows caught for free are a gain of two rows against an error of 1.4.
    const two = [...tiny, { gold: 'oos', label: 'b', score: 0.15 }];
    expect(chooseThreshold(two)).toBeCloseTo(0.205, 6);
    // At an explicit even prior the single catch gains 0.5, with an error of 0.5: still noise.
    expect(chooseThreshold(tiny, { oosShare: 0.5 })).toBe(0);
  });

  it('is 0 when there are no oos rows to learn from', () => {
    expect(chooseThreshold(rows.filter((row) => row.gold !== 'oos'))).toBe(0);
  });
});

describe('switchboard nlu eval', () => {
  it('prints one JSON object with the DESIGN.md fields last, progress on stderr', async () => {
    const { code, out, err } = await run([
      'eval',
      '--train',
      `${FIXTURES}/tiny-train.jsonl`,
      '--validation',
      `${FIXTURES}/tiny-validation.jsonl`,
      '--test',
      `${FIXTURES}/tiny-test.jsonl`,
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out.at(-1) ?? '') as Record<string, unknown>;
    for (const field of ['accuracy', 'inScopeAccuracy', 'oosRecall', 'oosPrecision', 'macroF1', 'trainMs']) {
      expect(typeof result[field], field).toBe('number');
    }
    for (const field of ['latencyMsP50', 'latencyMsP99', 'threshold'])
      expect(typeof result[field], field).toBe('number');
    expect(result).toMatchObject({ n: 8, thresholdFrom: 'validation', labels: 4 });
    expect(result.inScopeAccuracy).toBeGreaterThanOrEqual(5 / 6);
    expect(err).toContain('training on train');
  });

  it('scores a row by the odds of its best intent against a trained oos label', async () => {
    const matcher = new IntentMatcher();
    await matcher.train([
      { text: 'how do I get a refund', label: 'refund' },
      { text: 'I want my money back', label: 'refund' },
      { text: 'refund my ticket', label: 'refund' },
      { text: 'change my flight date', label: 'change' },
      { text: 'move my booking to another day', label: 'change' },
      { text: 'switch to a later flight', label: 'change' },
      { text: 'tell me a joke', label: 'oos' },
      { text: 'what is the weather like', label: 'oos' },
      { text: 'who won the football match', label: 'oos' },
    ]);
    for (const text of ['refund my ticket please', 'tell me a joke', 'a refund joke']) {
      const all = matcher.match(text, undefined, 10);
      const oos = all.find((candidate) => candidate.label === 'oos')?.score ?? 0;
      const best = all.find((candidate) => candidate.label !== 'oos') ?? { label: '', score: 0 };
      const guess = guessAgainstOos(matcher, text);
      if (oos >= best.score) expect(guess).toEqual({ label: 'oos', score: oos });
      else {
        expect(guess?.label).toBe(best.label);
        expect(guess?.score).toBeCloseTo(best.score / (best.score + oos), 12);
        expect(guess?.score).toBeGreaterThan(0.5);
      }
    }
    expect(guessAgainstOos(matcher, 'tell me a joke')?.label).toBe('oos');
    expect(guessAgainstOos(matcher, 'refund my ticket please')?.label).toBe('refund');
    expect(guessAgainstOos(matcher, '🙂')).toBeUndefined();
  });

  it('chooses the threshold by cross-validation without validation rows, and reports confusions', async () => {
    const { code, out, err } = await run(
      ['eval', '--train', `${FIXTURES}/tiny-train.jsonl`, '--test', `${FIXTURES}/tiny-test.jsonl`],
      true,
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/chosen by cross-validation/);
    expect(out.join('\n')).toMatch(/in-scope accuracy/);
    expect(err).toContain('\r\x1b[K');
  });

  it('scores by k-fold cross-validation with --cv, and refuses unclear arguments', async () => {
    const { out } = await run(['eval', '--train', `${FIXTURES}/tiny-train.jsonl`, '--cv', '3', '--json']);
    expect(JSON.parse(out.at(-1) ?? '')).toMatchObject({ n: 26, thresholdFrom: 'cross-validation' });
    await expect(run(['eval', '--train', `${FIXTURES}/tiny-train.jsonl`])).rejects.toThrow(/--test or --cv/);
    expect((await run(['nonsense'])).code).toBe(2);
    await expect(run(['eval', '--train', 'missing.jsonl', '--cv', '3'])).rejects.toMatchObject({
      code: 'SB_ERR_DATASET_INVALID',
    });
  });
});
