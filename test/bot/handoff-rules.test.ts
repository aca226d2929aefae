/**
 * The VIP and sensitive-entry handoff triggers inside FaqBot, over a matcher with fixed scores so
 * the test is about the policy: a VIP's first miss goes to a person at `high`, a VIP's other
 * handoffs are never below `high`, and an unsure match on a sensitive entry is handed off instead of
 * answered or offered, while a confident one is answered.
 */
import { describe, expect, it } from 'vitest';
import { FaqBot } from '../../bot/index';
import type { KnowledgeEntry } from '../../knowledge/index';
import { script } from './bot-script';
import { ScriptedMatcher } from './scripted-matcher';

const entry = (id: string, question: string, tags: string[]): KnowledgeEntry => ({
  id,
  questions: [question],
  answer: { default: `answer of ${id}` },
  tags,
  locale: 'en',
});

const ENTRIES = [
  entry('card-chargeback', 'How do I dispute a card charge?', ['payments', 'sensitive']),
  entry('card-fees', 'Are there card fees?', ['payments']),
  entry('baggage', 'How much baggage can I take?', []),
];

const matcher = new ScriptedMatcher({
  'dispute this charge please': [
    { label: 'card-chargeback', score: 0.55 },
    { label: 'card-fees', score: 0.1 },
  ],
  'I want to dispute a card charge': [{ label: 'card-chargeback', score: 0.92 }],
  'charge question': [
    { label: 'card-chargeback', score: 0.4 },
    { label: 'card-fees', score: 0.38 },
  ],
  'fee question': [
    { label: 'card-fees', score: 0.4 },
    { label: 'card-chargeback', score: 0.38 },
  ],
  'tell me about luggage': [{ label: 'baggage', score: 0.9 }],
});

const bot = new FaqBot({ matcher, entries: ENTRIES });

describe('sensitive entries', () => {
  it('hands an unsure match on a sensitive entry to a person instead of answering', async () => {
    const [decision] = await script(bot)
      .send('dispute this charge please')
      .expectHandoff('sensitive', 'normal')
      .expectReply('A member of our team needs to confirm this')
      .run();
    expect(decision?.entryId).toBeUndefined();
    expect(decision?.signals).toEqual(['sensitive card-chargeback at 0.550 < 0.7']);
    expect(decision?.candidates[0]).toEqual({ label: 'card-chargeback', score: 0.55 });
  });

  it('hands it off rather than offer it among close options', async () => {
    await script(bot).send('charge question').expectHandoff('sensitive', 'normal').run();
  });

  it('still offers options when the top one is not sensitive', async () => {
    await script(bot).send('fee question').expectKind('clarify').run();
  });

  it('answers a sensitive entry the bot is confident about', async () => {
    await script(bot).send('I want to dispute a card charge').expectEntry('card-chargeback').run();
  });

  it('uses the configured tag', async () => {
    const other = new FaqBot({ matcher, entries: ENTRIES, sensitiveTag: 'payments' });
    await script(other).send('fee question').expectHandoff('sensitive', 'normal').run();
    await script(bot).send('dispute this charge please').expectHandoff('sensitive', 'normal').run();
    const none = new FaqBot({ matcher, entries: ENTRIES, sensitiveTag: 'legal' });
    await script(none).send('dispute this charge please').expectEntry('card-chargeback').run();
  });
});

describe('VIP customers', () => {
  it('hands a VIP to a person on the first miss, at high priority', async () => {
    const [decision] = await script(bot, { tier: 'vip' })
      .send('qwerty zxcv')
      .expectHandoff('vip', 'high')
      .expectReply('dedicated service team')
      .run();
    expect(decision?.signals).toContain('tier vip');
  });

  it('asks a standard customer to rephrase first, handing off on the second miss at normal', async () => {
    await script(bot)
      .send('qwerty zxcv')
      .expectKind('fallback')
      .send('asdf ghjk')
      .expectHandoff('repeated-fallback', 'normal')
      .run();
  });

  it('raises a VIP request for a person to high, and keeps urgent urgent', async () => {
    await script(bot, { tier: 'vip' })
      .send('I want to talk to a human')
      .expectHandoff('human-request', 'high')
      .run();
    await script(bot).send('I want to talk to a human').expectHandoff('human-request', 'normal').run();
    await script(bot, { tier: 'vip' })
      .send('Someone stole my card and there are fraudulent charges')
      .expectHandoff('urgent', 'urgent')
      .run();
  });

  it('answers a VIP from the knowledge base when it can, and reads the configured tiers', async () => {
    await script(bot, { tier: 'vip' }).send('tell me about luggage').expectEntry('baggage').run();
    const gold = new FaqBot({ matcher, entries: ENTRIES, vipTiers: ['gold'] });
    await script(gold, { tier: 'gold' }).send('qwerty zxcv').expectHandoff('vip', 'high').run();
    await script(gold, { tier: 'vip' }).send('qwerty zxcv').expectKind('fallback').run();
  });
});
