/**
 * A Chinese FAQ answer of 200 characters (no `sms` variant) goes out through the stand-in as one
 * Messages create that the network carries as three UCS-2 segments of 67 + 67 + 66.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segment } from '../../../adapters/sms';
import { DEMO_KB_PATH } from '../../../gateway/main';
import { eventually } from '../../support/eventually';
import { startSmsGateway, type SmsGateway } from './sms-gateway';

const SENTENCES = [
  '经济舱旅客每人可免费托运一件行李，重量不超过二十三公斤，三边之和不超过一百五十八厘米。',
  '超重或超件的行李需要在值机柜台按航空公司标准另行付费，国际航班与国内航班的收费标准并不相同。',
  '锂电池、充电宝和打火机不能托运，只能随身携带并符合安检规定。',
  '贵重物品、证件和常用药品请务必随身携带，以免托运途中遗失或损坏给您带来不便。',
  '如需托运婴儿车、轮椅或运动器材，请提前联系客服登记，我们会为您安排专门的托运服务并告知费用。',
];
const LONG_ANSWER = Array.from(SENTENCES.join('')).slice(0, 199).join('') + '。';

describe('a 200-character Chinese answer over SMS', () => {
  let gw: SmsGateway;
  let kbDir: string;

  beforeAll(async () => {
    kbDir = mkdtempSync(join(tmpdir(), 'sb-sms-kb-'));
    cpSync(DEMO_KB_PATH, kbDir, { recursive: true });
    writeFileSync(
      join(kbDir, 'baggage.yaml'),
      [
        'locale: zh-CN',
        'entries:',
        '  - id: baggage-allowance-long',
        '    questions: [托运行李有什么规定, 行李可以托运多少公斤]',
        `    answer: ${LONG_ANSWER}`,
        '',
      ].join('\n'),
    );
    gw = await startSmsGateway('sqlite', { KB_PATH: kbDir });
  });
  afterAll(async () => {
    await gw.dispose();
    rmSync(kbDir, { recursive: true, force: true });
  });

  it('is sent as one message of three correctly sized UCS-2 segments', async () => {
    expect(Array.from(LONG_ANSWER)).toHaveLength(200);
    const customer = '+8613800138009';
    expect((await gw.text(customer, '托运行李有什么规定')).status).toBe(200);
    const [sent] = await eventually(
      () => gw.messages.to(customer),
      (list) => list.length > 0,
    );
    expect(sent?.body).toBe(LONG_ANSWER);
    // The stand-in counts segments on its own (Twilio's num_segments).
    expect(sent?.numSegments).toBe(3);
    const { encoding, units, segments } = segment(sent?.body ?? '');
    expect(encoding).toBe('UCS-2');
    expect(units).toEqual([67, 67, 66]);
    expect(segments.join('')).toBe(LONG_ANSWER);
  });
});
