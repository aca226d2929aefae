import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqBot } from '../../bot/index';
import type { KnowledgeBase } from '../../knowledge/index';
import { script } from './bot-script';
import { SMS, VOICE, WEB } from './channel-presets';
import { demoBot } from './demo-bot';

let kb: KnowledgeBase;
let bot: FaqBot;

beforeAll(async () => {
  ({ kb, bot } = await demoBot());
});

const answerOf = (id: string) => kb.entries.find((entry) => entry.id === id)?.answer;

describe('FaqBot 中文：回答', () => {
  it('answers in the entry locale with the channel variant', async () => {
    await script(bot).send('我想退掉机票').expectEntry('zh-flight-refund').expectLocale('zh-CN').run();
    await script(bot, { channel: 'sms', capabilities: SMS })
      .send('我想退掉机票')
      .expectReply(answerOf('zh-flight-refund')?.sms ?? '')
      .run();
    await script(bot, { channel: 'voice', capabilities: VOICE })
      .send('我想退掉机票')
      .expectReply(answerOf('zh-flight-refund')?.voice ?? '')
      .run();
  });

  it('folds full-width input', async () => {
    await script(bot).send('退款几天到账？？').expectEntry('zh-refund-status').run();
    await script(bot).send('ＣＡ１２３４航班取消了').expectEntry('zh-flight-delay').run();
    await script(bot).send('CA1234航班取消了').expectEntry('zh-flight-delay').run();
  });

  it('answers a question about human service instead of handing off', async () => {
    await script(bot).send('人工客服几点上班').expectEntry('zh-service-hours').run();
    await script(bot).send('人工客服电话是多少').expectKind('answer').run();
  });

  it('shortens a long answer at a Chinese sentence end', async () => {
    const [decision] = await script(bot, { capabilities: { ...WEB, maxTextLength: 60 } })
      .send('我想退掉机票')
      .run();
    const text = decision?.replies[0]?.text ?? '';
    expect(Array.from(text).length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/。…$/);
  });
});

describe('FaqBot 中文：转人工', () => {
  it.each(['转人工', '我要找人工客服', '人工服务', '找客服', '能不能让真人来回答', '人工'])(
    'hands off "%s" as a human request',
    async (text) => {
      await script(bot)
        .send(text)
        .expectHandoff('human-request', 'normal')
        .expectReply('人工客服')
        .expectLocale('zh-CN')
        .run();
    },
  );

  it.each([
    '我被扣了两次款，退款怎么还没到',
    '我的银行卡被盗刷了',
    '航班取消了，我被困在机场',
    '我要投诉你们的服务',
    '再不退款我就去法院起诉',
    '遇到诈骗了，有人冒充你们客服',
  ])('hands off "%s" as urgent', async (text) => {
    await script(bot).send(text).expectHandoff('urgent', 'urgent').expectReply('紧急').run();
  });

  it('hands off on the second fallback in a row, in Chinese', async () => {
    await script(bot)
      .send('今天天气怎么样')
      .expectKind('fallback')
      .expectReply('换个说法')
      .send('给我讲个笑话')
      .expectHandoff('repeated-fallback', 'normal')
      .expectReply('人工客服')
      .run();
  });
});

describe('FaqBot 中文：澄清', () => {
  it('lists the options by number and takes "第二个"', async () => {
    await script(bot, { channel: 'sms', capabilities: SMS })
      .send('积分是怎么回事')
      .expectKind('clarify')
      .expectReply('您是想问：\n1. 积分怎么获得\n2. 积分可以怎么用\n请回复序号')
      .send('第二个')
      .expectEntry('zh-points-redeem')
      .run();
  });

  it('takes a bare number and offers quick replies on web chat', async () => {
    await script(bot)
      .send('积分是怎么回事')
      .expect('quick replies', (d) => expect(d.replies[0]?.options).toHaveLength(2))
      .send('１')
      .expectEntry('zh-points-earn')
      .run();
  });
});

describe('FaqBot: reply language for its own messages', () => {
  it('speaks Chinese when the customer locale is Chinese, even for Latin text', async () => {
    await script(bot, { locale: 'zh-CN' }).send('asdfgh').expectKind('fallback').expectLocale('zh-CN').run();
  });

  it('speaks English for Latin text without a Chinese locale', async () => {
    await script(bot, { locale: 'en-GB' }).send('asdfgh').expectReply('rephrase').expectLocale('en').run();
  });
});
