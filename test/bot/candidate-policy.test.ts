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
];

const bot = new FaqBot({
  ...THRESHOLDS,
  entries: ENTRIES,
  matcher: new FixedMatcher({
    'I was charged twice, how long does a refund take': [c('refund-time', 0.9)],
    // The bot matches the question without the clause declining a person.
    'how long does a refund take': [c('refund-time', 0.9)],
    'refund?': [c('refund-time', 0.35), c('refund-method', 0.33)],
    blah: [c('refund-method', 0.1)],
  }),
});

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
      .expect('says why', (d) => expect(d.signals).toEqual(['top 0.100 < 0.4']))
      .send('blah')
      .expectHandoff('repeated-fallback', 'normal')
      .expectReply('a person will reply to you here')
      .run();
  });
});
