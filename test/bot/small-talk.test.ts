import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqBot } from '../../bot/index';
import { smallTalkOf } from '../../bot/small-talk';
import { script } from './bot-script';
import { demoBot } from './demo-bot';

describe('smallTalkOf', () => {
  it.each([
    ['你好', 'greeting'],
    ['在吗？', 'greeting'],
    ['您好，在吗', 'greeting'],
    ['客服小姐姐在不在呀', 'greeting'],
    ['早上好呀', 'greeting'],
    ['請問', 'greeting'],
    ['Hi there!', 'greeting'],
    ['hello, anyone there?', 'greeting'],
    ['Good morning team', 'greeting'],
    ['谢谢', 'thanks'],
    ['好的谢谢！', 'thanks'],
    ['谢谢你😊', 'thanks'],
    ['嗯嗯好的', 'thanks'],
    ['ok谢谢', 'thanks'],
    ['hi, thanks', 'thanks'],
    ['Thank you so much', 'thanks'],
    ['thanks for your help', 'thanks'],
    ['ＯＫ', 'thanks'],
    ['好的，谢谢，再见', 'goodbye'],
    ['没事了', 'goodbye'],
    ["that's all, bye", 'goodbye'],
  ] as const)('reads "%s" as %s', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });

  it.each([
    '你好，我想退票',
    '你好吗',
    '退票',
    '人呢',
    'help',
    'yes',
    'hello can you help me',
    '你好 I need help',
    '谢谢，退款什么时候到',
    '',
    '   ',
    '你好'.repeat(30),
  ])('leaves "%s" to the matcher', (text) => {
    expect(smallTalkOf(text)).toBeUndefined();
  });
});

describe('FaqBot small talk', () => {
  let bot: FaqBot;
  beforeAll(async () => {
    ({ bot } = await demoBot());
  });

  it('greets back in Chinese and in English, offering no options and recording why', async () => {
    await script(bot)
      .send('你好，在吗')
      .expectKind('smalltalk')
      .expectReply('请问有什么可以帮您')
      .expectLocale('zh-CN')
      .expect('records the kind', (d) => {
        expect(d.signals).toEqual(['small talk: greeting']);
        expect(d.replies[0]?.options).toBeUndefined();
      })
      .run();
    await script(bot).send('Hi there!').expectKind('smalltalk').expectReply('What can I help you with').run();
  });

  it('thanks and goodbyes are answered in kind', async () => {
    await script(bot).send('好的谢谢').expectKind('smalltalk').expectReply('不客气').run();
    await script(bot).send('thanks, bye').expectKind('smalltalk').expectReply('Goodbye').run();
  });

  it('a greeting is not a miss: it neither counts towards a handoff nor clears one', async () => {
    await script(bot)
      .send('你好')
      .expect('no fallback counted', (d) => expect(d.nextState.consecutiveFallbacks).toBe(0))
      .send('今天天气怎么样')
      .expectKind('fallback')
      .send('在吗')
      .expectKind('smalltalk')
      .expect('the count stands', (d) => expect(d.nextState.consecutiveFallbacks).toBe(1))
      .send('给我讲个笑话')
      .expectHandoff('repeated-fallback', 'normal')
      .run();
  });

  it('a question after a greeting is matched as usual, and a request for a person still hands off', async () => {
    await script(bot).send('你好，积分怎么获得').expectEntry('zh-points-earn').run();
    await script(bot).send('你好，转人工').expectHandoff('human-request', 'normal').run();
  });
});
