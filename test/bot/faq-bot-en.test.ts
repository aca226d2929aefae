import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqBot } from '../../bot/index';
import type { KnowledgeBase } from '../../knowledge/index';
import { script } from './bot-script';
import { EMAIL, SMS, VOICE, WEB } from './channel-presets';
import { demoBot } from './demo-bot';

let kb: KnowledgeBase;
let bot: FaqBot;

beforeAll(async () => {
  ({ kb, bot } = await demoBot());
});

const answerOf = (id: string) => kb.entries.find((entry) => entry.id === id)?.answer;

describe('FaqBot in English: answers', () => {
  it('answers a clear question with the default variant on web chat', async () => {
    await script(bot)
      .send('Can I get my money back for my flight?')
      .expectEntry('en-flight-refund')
      .expectReply(answerOf('en-flight-refund')?.default ?? '')
      .expectLocale('en')
      .run();
  });

  it('uses the sms, voice and email variants on those channels', async () => {
    const variants = answerOf('en-flight-refund');
    const question = 'Can I get my money back for my flight?';
    await script(bot, { channel: 'sms', capabilities: SMS })
      .send(question)
      .expectReply(variants?.sms ?? '')
      .run();
    await script(bot, { channel: 'voice', capabilities: VOICE })
      .send(question)
      .expectReply(variants?.voice ?? '')
      .expect('no link read aloud', (d) => expect(d.replies[0]?.text).not.toMatch(/https?:/))
      .run();
    await script(bot, { channel: 'email', capabilities: EMAIL })
      .send(question)
      .expectReply(/^Hello,\n/)
      .run();
  });

  it('shortens an answer longer than the channel allows, at a sentence end', async () => {
    const tiny = { ...WEB, maxTextLength: 120 };
    const [decision] = await script(bot, { channel: 'wechat', capabilities: tiny })
      .send('How do I check in for my flight online?')
      .expectEntry('en-online-check-in')
      .run();
    const text = decision?.replies[0]?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text).toMatch(/\.…$/);
  });

  it('records the top candidates, the entry and a fresh state', async () => {
    const [decision] = await script(bot, { state: { consecutiveFallbacks: 1, customerName: 'Ada' } })
      .send('How do I check in for my flight online?')
      .run();
    expect(decision?.candidates.length).toBeLessThanOrEqual(5);
    expect(decision?.candidates[0]?.label).toBe('en-online-check-in');
    expect(decision?.nextState).toEqual({ consecutiveFallbacks: 0, customerName: 'Ada' });
  });

  it('answers a question about agents instead of handing off', async () => {
    await script(bot).send('When are your agents available?').expectEntry('en-service-hours').run();
    await script(bot).send('What is the phone number for your agents?').expectEntry('en-contact-us').run();
  });
});

describe('FaqBot in English: handoffs', () => {
  it.each([
    'I want to talk to a human',
    'agent',
    'Representative, please',
    'Can I speak to someone?',
    'connect me to a live agent',
  ])('hands off "%s" as a human request with normal priority', async (text) => {
    await script(bot)
      .send(text)
      .expectHandoff('human-request', 'normal')
      .expectReply('A person will reply')
      .expectLocale('en')
      .run();
  });

  it.each([
    'I was charged twice for my hotel, how do I get a refund?',
    'Someone used my stolen credit card to book flights',
    "I'm stranded at the airport and my flight is cancelled",
    'I want to make a complaint about your staff',
    'Refund me now or I will sue you',
    'This is an emergency, my child is injured',
  ])('hands off "%s" as urgent, even when an FAQ topic is mentioned', async (text) => {
    await script(bot)
      .send(text)
      .expectHandoff('urgent', 'urgent')
      .expectReply('a person will contact you')
      .run();
  });

  it('hands off on the second fallback in a row', async () => {
    await script(bot)
      .send('tell me a joke')
      .expectKind('fallback')
      .expectReply('rephrase')
      .expect('counts the fallback', (d) => expect(d.nextState.consecutiveFallbacks).toBe(1))
      .send("what's the weather like")
      .expectHandoff('repeated-fallback', 'normal')
      .expectReply('a person will reply')
      .expect('resets the count', (d) => expect(d.nextState.consecutiveFallbacks).toBe(0))
      .run();
  });

  it('does not hand off when an answer comes between two fallbacks', async () => {
    await script(bot)
      .send('tell me a joke')
      .expectKind('fallback')
      .send('How do I check in for my flight online?')
      .expectEntry('en-online-check-in')
      .send("what's the weather like")
      .expectKind('fallback')
      .run();
  });

  it('falls back on empty text', async () => {
    await script(bot).send('   ').expectKind('fallback').run();
  });
});

describe('FaqBot in English: clarifying questions', () => {
  it('offers quick replies where the channel has them, and takes a number back', async () => {
    await script(bot)
      .send('how do reward points work')
      .expectKind('clarify')
      .expectReply('Did you mean:')
      .expect('offers both points entries as options', (d) => {
        expect(d.replies[0]?.options?.map((o) => o.value)).toEqual(['en-points-redeem', 'en-points-earn']);
        expect(d.replies[0]?.options?.[0]?.label).toBe('How can I use my points?');
        expect(d.nextState.pendingOptions).toEqual(d.replies[0]?.options);
      })
      .send('2')
      .expectEntry('en-points-earn')
      .expect('clears the pending options', (d) => expect(d.nextState.pendingOptions).toBeUndefined())
      .run();
  });

  it('renders a numbered list on SMS and understands "the second one"', async () => {
    await script(bot, { channel: 'sms', capabilities: SMS })
      .send('how do reward points work')
      .expectKind('clarify')
      .expectReply(
        'Did you mean:\n1. How can I use my points?\n2. How do I earn points?\nReply with the number',
      )
      .expect('no tappable options', (d) => expect(d.replies[0]?.options).toBeUndefined())
      .send('the second one')
      .expectEntry('en-points-earn')
      .expectReply(answerOf('en-points-earn')?.sms ?? '')
      .run();
  });

  it('accepts a tapped option value or the option text', async () => {
    await script(bot)
      .send('how do reward points work')
      .send('en-points-redeem')
      .expectEntry('en-points-redeem')
      .run();
    await script(bot)
      .send('how do reward points work')
      .send('How do I earn points?')
      .expectEntry('en-points-earn')
      .run();
  });

  it('treats a new question after a clarifying question as a new question', async () => {
    await script(bot)
      .send('how do reward points work')
      .send('How do I check in for my flight online?')
      .expectEntry('en-online-check-in')
      .send('2')
      .expect('"2" means nothing without pending options', (d) => expect(d.entryId).toBeUndefined())
      .run();
  });

  it('still hands off an urgent message sent while options are pending', async () => {
    await script(bot)
      .send('how do reward points work')
      .send('I was charged twice')
      .expectHandoff('urgent', 'urgent')
      .run();
  });
});
