import { describe, expect, it } from 'vitest';
import { IntentMatcher, type LabelledText } from '../../knowledge/index';
import { CHATTER_LABEL, CHATTER_ROWS } from '../../knowledge/nlu/chatter-corpus';

const ROWS: LabelledText[] = [
  { text: '怎么查看历史订单', label: 'order-history' },
  { text: '以前买过的东西在哪里看', label: 'order-history' },
  { text: '快递一般几天能到', label: 'shipping-time' },
  { text: '发货需要多长时间', label: 'shipping-time' },
  { text: 'How do I find an old order?', label: 'order-history-en' },
  { text: 'Where can I see my past orders?', label: 'order-history-en' },
];

describe('chatter rows in few-shot training', () => {
  it('take probability from small talk that shares one word with an entry, never from the entry itself', async () => {
    const withChatter = new IntentMatcher();
    await withChatter.train(ROWS);
    const without = new IntentMatcher({ chatterWeight: 0 });
    await without.train(ROWS);
    const top = (matcher: IntentMatcher, text: string) => matcher.match(text)[0]?.score ?? 0;
    for (const chatter of ['给我讲讲历史故事', 'how old is the moon']) {
      expect(top(withChatter, chatter), chatter).toBeLessThan(top(without, chatter));
    }
    expect(withChatter.match('历史订单在哪看')[0]?.label).toBe('order-history');
    for (const text of ['哈哈哈哈', 'good morning', '历史订单']) {
      expect(withChatter.match(text, undefined, 10).map((c) => c.label)).not.toContain(CHATTER_LABEL);
    }
    expect(withChatter.stats?.labels).toBe(3);
  });

  it('are not added to label sets with many rows per label', async () => {
    const many = Array.from({ length: 12 }, (_, i) => [
      { text: `refund my order ${i}`, label: 'refund' },
      { text: `track my parcel ${i}`, label: 'track' },
    ]).flat();
    const matcher = new IntentMatcher();
    await matcher.train(many);
    expect(matcher.toJSON().model.labels).toEqual(['refund', 'track']);
    expect(CHATTER_ROWS.length).toBeGreaterThan(50);
  });
});
