/**
 * The candidate policy on its own (scores chosen by hand) and inside FaqBot with a matcher whose
 * scores are fixed, so the answer / clarify / fallback / handoff order is tested independently
 * of whichever matcher is the default.
 */
import { describe, expect, it } from 'vitest';
import { chooseFromCandidates, FaqBot, type CandidateThresholds } from '../../bot/index';
import type { KnowledgeEntry, MatchCandidate, Matcher } from '../../knowledge/index';
import { script } from './bot-script';
import { SMS } from './channel-presets';

const THRESHOLDS: CandidateThresholds = {
  answerThreshold: 0.4,
  answerConfidenceThreshold: 0.5,
  ungatedAnswerThreshold: 0.55,
  confidentThreshold: 0.6,
  clarifyThreshold: 0.15,
  clarifyMargin: 0.2,
  maxOptions: 3,
};

const c = (label: string, score: number): MatchCandidate => ({ label, score });

describe('chooseFromCandidates', () => {
  it.each([
    ['a clear top', [c('a', 0.8), c('b', 0.1)], { kind: 'answer', label: 'a' }],
    ['a confident top with a close runner-up', [c('a', 0.62), c('b', 0.55)], { kind: 'answer', label: 'a' }],
    ['an unsure top with a runner-up far behind', [c('a', 0.5), c('b', 0.3)], { kind: 'answer', label: 'a' }],
    ['a top just at the threshold', [c('a', 0.4)], { kind: 'answer', label: 'a' }],
    [
      'two close candidates',
      [c('a', 0.45), c('b', 0.4), c('c', 0.05)],
      { kind: 'clarify', labels: ['a', 'b'] },
    ],
    ['close but weak candidates', [c('a', 0.3), c('b', 0.28)], { kind: 'clarify', labels: ['a', 'b'] }],
    [
      'at most maxOptions',
      [c('a', 0.3), c('b', 0.3), c('c', 0.3), c('d', 0.3)],
      { kind: 'clarify', labels: ['a', 'b', 'c'] },
    ],
    ['a lone weak top', [c('a', 0.3), c('b', 0.05)], { kind: 'fallback' }],
    ['runners-up below clarifyThreshold', [c('a', 0.12), c('b', 0.11)], { kind: 'fallback' }],
    ['no candidates', [], { kind: 'fallback' }],
  ] as const)('%s', (_name, candidates, expected) => {
    expect(chooseFromCandidates(candidates, THRESHOLDS)).toMatchObject(expected);
  });

  it('names the rule it applied', () => {
    expect(chooseFromCandidates([c('a', 0.8)], THRESHOLDS).rule).toBe('top 0.800 >= 0.6');
    expect(chooseFromCandidates([c('a', 0.5)], THRESHOLDS).rule).toBe('top 0.500 >= 0.4');
    expect(chooseFromCandidates([c('a', 0.5), c('b', 0.45)], THRESHOLDS).rule).toBe('2 within 0.2 below 0.6');
  });

  describe('when the matcher judges its first candidate (answerConfidence)', () => {
    const judged = (score: number, answerConfidence: number): MatchCandidate => ({
      label: 'a',
      score,
      answerConfidence,
    });

    it('answers a low score it judges right, and falls back on a higher one it judges wrong', () => {
      expect(chooseFromCandidates([judged(0.2, 0.5), c('b', 0.05)], THRESHOLDS)).toEqual({
        kind: 'answer',
        label: 'a',
        rule: 'answer confidence 0.500 >= 0.5',
      });
      expect(chooseFromCandidates([judged(0.5, 0.49), c('b', 0.05)], THRESHOLDS)).toEqual({
        kind: 'fallback',
        rule: 'answer confidence 0.490 < 0.5',
      });
    });

    it('leaves a top scoring ungatedAnswerThreshold or more to answerThreshold', () => {
      expect(chooseFromCandidates([judged(0.56, 0.1), c('b', 0.05)], THRESHOLDS)).toEqual({
        kind: 'answer',
        label: 'a',
        rule: 'top 0.560 >= 0.4',
      });
      const strict = { ...THRESHOLDS, answerThreshold: 0.58 };
      expect(chooseFromCandidates([judged(0.56, 0.9), c('b', 0.05)], strict)).toMatchObject({
        kind: 'fallback',
      });
    });

    it('still answers a confident top and still asks between close candidates first', () => {
      expect(chooseFromCandidates([judged(0.8, 0.1)], THRESHOLDS)).toMatchObject({
        kind: 'answer',
        label: 'a',
      });
      expect(chooseFromCandidates([judged(0.45, 0.9), c('b', 0.4)], THRESHOLDS)).toMatchObject({
        kind: 'clarify',
        labels: ['a', 'b'],
      });
    });
  });
});

/** A matcher that returns fixed candidates per text, for policy tests. */
class FixedMatcher implements Matcher {
  constructor(private readonly table: Record<string, MatchCandidate[]>) {}
  train(): Promise<void> {
    return Promise.resolve();
  }
  match(text: string): MatchCandidate[] {
    return this.table[text] ?? [];
  }
}

const entry = (id: string, question: string, answer: KnowledgeEntry['answer']): KnowledgeEntry => ({
  id,
  questions: [question],
  answer,
  tags: [],
  locale: 'en',
});

const ENTRIES = [
  entry('refund-time', 'How long does a refund take?', {
    default: 'Refunds take 2 business days after we receive the return.',
    sms: 'Refund: 2 business days after we get the return.',
    voice: 'Refunds take two business days after we receive your return.',
  }),
  entry('refund-method', 'Where will my refund go?', { default: 'Back to the card you paid with.' }),
  {
    ...entry('card-fraud', 'Someone used my card', { default: 'A person will call you.' }),
    tags: ['sensitive'],
  },
  {
    ...entry('refund-time-zh', '退款多久到账', { default: '收到退货后 2 个工作日内退款。' }),
    locale: 'zh-CN',
  },
];

const MATCHER = new FixedMatcher({
  'I was charged twice, how long does a refund take': [c('refund-time', 0.9)],
  // The bot matches the question without the clause declining a person.
  'how long does a refund take': [c('refund-time', 0.9)],
  'refund?': [c('refund-time', 0.35), c('refund-method', 0.33)],
  blah: [c('refund-method', 0.1)],
  'refund card': [c('refund-method', 0.3), c('refund-time', 0.05), c('card-fraud', 0.04)],
  zzz: [c('refund-method', 0.01)],
  'refund please': [c('refund-time-zh', 0.05), c('refund-method', 0.03)],
  退款呢: [c('refund-time-zh', 0.05), c('refund-method', 0.03)],
});

const bot = new FaqBot({ ...THRESHOLDS, entries: ENTRIES, matcher: MATCHER });

describe('FaqBot policy order', () => {
  it('hands off urgent messages even with a confident FAQ match, recording cues and candidates', async () => {
    await script(bot)
      .send('I was charged twice, how long does a refund take')
      .expectHandoff('urgent', 'urgent')
      .expect('records why and what it understood', (d) => {
        expect(d.signals).toEqual(['en:charged-twice']);
        expect(d.candidates).toEqual([c('refund-time', 0.9)]);
      })
      .run();
  });

  it('answers when the customer declines a person', async () => {
    await script(bot)
      .send('I dont need a human, how long does a refund take')
      .expectEntry('refund-time')
      .expect('records the rule', (d) => expect(d.signals).toEqual(['top 0.900 >= 0.6']))
      .run();
  });

  it('clarifies close candidates as a numbered list on SMS and answers the number with the SMS variant', async () => {
    await script(bot, { channel: 'sms', capabilities: SMS })
      .send('refund?')
      .expectKind('clarify')
      .expectReply('Did you mean:\n1. How long does a refund take?\n2. Where will my refund go?')
      .send('1')
      .expectEntry('refund-time')
      .expectReply('Refund: 2 business days after we get the return.')
      .run();
  });

  it('falls back, then hands off on the second fallback in a row', async () => {
    await script(bot)
      .send('blah')
      .expectKind('fallback')
      .expect('says why', (d) => expect(d.signals).toEqual(['top 0.100 < 0.4', 'suggested refund-method']))
      .send('blah')
      .expectHandoff('repeated-fallback', 'normal')
      .expectReply('a person will reply to you here')
      .run();
  });
});

describe('FaqBot fallback suggestions', () => {
  const weak = new FaqBot({ ...THRESHOLDS, suggestThreshold: 0.02, entries: ENTRIES, matcher: MATCHER });

  it('offers what it thought of as options to tap, beside the request to rephrase, and answers a pick', async () => {
    await script(weak)
      .send('blah')
      .expectKind('fallback')
      .expectReply('Did you mean one of these? If not, please rephrase')
      .expect('offers the weak candidate', (d) => {
        expect(d.replies[0]?.options).toEqual([
          { label: 'Where will my refund go?', value: 'refund-method' },
        ]);
        expect(d.nextState.pendingOptions).toEqual(d.replies[0]?.options);
        expect(d.nextState.consecutiveFallbacks).toBe(1);
      })
      .send('refund-method')
      .expectEntry('refund-method')
      .expect('a pick resets the fallbacks', (d) => expect(d.nextState.consecutiveFallbacks).toBe(0))
      .run();
  });

  it('lists them by number on SMS, keeps sensitive entries out, and takes the number back', async () => {
    const strict = new FaqBot({ ...THRESHOLDS, answerThreshold: 0.5, entries: ENTRIES, matcher: MATCHER });
    await script(strict, { channel: 'sms', capabilities: SMS })
      .send('refund card')
      .expectKind('fallback')
      .expectReply(
        /Did you mean one of these\? .*\n1\. Where will my refund go\?\n2\. How long does a refund take\?\nReply with the number/,
      )
      .expect('no tappable options, no sensitive entry', (d) => {
        expect(d.replies[0]?.options).toBeUndefined();
        expect(d.nextState.pendingOptions?.map((o) => o.value)).toEqual(['refund-method', 'refund-time']);
      })
      .send('2')
      .expectEntry('refund-time')
      .run();
  });

  it('takes "none of these" after a clarifying question as a miss, asking to rephrase with nothing offered', async () => {
    await script(weak)
      .send('refund?')
      .expectKind('clarify')
      .send('都不是')
      .expectKind('fallback')
      .expectReply('换个说法')
      .expect('offers nothing and counts the miss', (d) => {
        expect(d.signals).toEqual(['declined-options']);
        expect(d.replies[0]?.options).toBeUndefined();
        expect(d.nextState.consecutiveFallbacks).toBe(1);
      })
      .run();
  });

  it('hands off when the customer turns down the suggestions of a fallback', async () => {
    await script(weak)
      .send('blah')
      .expectKind('fallback')
      .send('None of these, thanks')
      .expectHandoff('repeated-fallback', 'normal')
      .run();
  });

  it('reads "no" as declining only while options are pending', async () => {
    await script(weak)
      .send('no')
      .expect('not a decline', (d) => expect(d.signals).not.toContain('declined-options'))
      .run();
  });

  it("suggests only entries in the customer's language", async () => {
    await script(weak)
      .send('refund please')
      .expect('English entries for English', (d) =>
        expect(d.replies[0]?.options?.map((o) => o.value)).toEqual(['refund-method']),
      )
      .run();
    await script(weak)
      .send('退款呢')
      .expectReply('您想问的是下面哪一个吗')
      .expect('Chinese entries for Chinese', (d) =>
        expect(d.replies[0]?.options).toEqual([{ label: '退款多久到账', value: 'refund-time-zh' }]),
      )
      .run();
  });

  it('only asks to rephrase when nothing reaches the suggestion threshold, and the next miss hands off', async () => {
    await script(weak)
      .send('zzz')
      .expectKind('fallback')
      .expectReply("Sorry, I didn't quite understand. Could you rephrase your question in a few words?")
      .expect('offers nothing', (d) => {
        expect(d.replies[0]?.options).toBeUndefined();
        expect(d.nextState.pendingOptions).toBeUndefined();
      })
      .send('zzz')
      .expectHandoff('repeated-fallback', 'normal')
      .run();
  });
});
