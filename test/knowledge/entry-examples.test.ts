/** Training rows from whole entries: answer sentences and tags, down-weighted and never varied. */
import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../knowledge/index';
import { augmentFewShot } from '../../knowledge/nlu/augment';
import { answerSentences, examplesWithAnswers } from '../../knowledge/nlu/entry-examples';
import { IntentMatcher } from '../../knowledge/nlu/intent-matcher';

const entry = (id: string, questions: string[], answer: string, tags: string[] = []): KnowledgeEntry => ({
  id,
  questions,
  answer: { default: answer },
  tags,
  locale: 'zh-CN',
});

const KB = {
  entries: [
    entry(
      'damaged',
      ['收到的商品有问题怎么办', '商品质量不好能退吗'],
      '如商品破损或碎了，请拍照上传。我们会补发或退款。',
      ['售后'],
    ),
    entry('tracking', ['我的订单到哪里了', '怎么查看物流'], '在“我的订单”中查看物流。一般2–5天送达。', [
      '物流',
    ]),
    entry('invoice', ['怎么开发票', '发票在哪里下载'], '在订单详情中申请电子发票。发票会发到您的邮箱。'),
  ],
};

describe('answerSentences', () => {
  it('splits Chinese and English sentences and drops short fragments', () => {
    expect(answerSentences('如商品破损，请拍照。好的。我们会退款！')).toEqual([
      '如商品破损，请拍照。',
      '我们会退款！',
    ]);
    expect(answerSentences('Refunds take 2 days. Call us.\nThanks')).toEqual([
      'Refunds take 2 days.',
      'Call us.',
      'Thanks',
    ]);
  });
});

describe('examplesWithAnswers', () => {
  it('puts questions first at full weight, then answer sentences and tags down-weighted', () => {
    const rows = examplesWithAnswers(KB);
    expect(rows.slice(0, 6).every((row) => row.weight === undefined)).toBe(true);
    expect(rows).toContainEqual({
      text: '如商品破损或碎了，请拍照上传。',
      label: 'damaged',
      locale: 'zh-CN',
      weight: 0.5,
    });
    expect(rows).toContainEqual({ text: '售后', label: 'damaged', locale: 'zh-CN', weight: 0.3 });
  });

  it('leaves answers and tags out at weight 0', () => {
    expect(examplesWithAnswers(KB, { answerWeight: 0, tagWeight: 0 })).toHaveLength(6);
  });

  it('is not varied by augmentation and counts as made from its entry’s first question', () => {
    const rows = examplesWithAnswers(KB);
    // Variants at a weight of their own, so they cannot be taken for answer or tag rows.
    const augmented = augmentFewShot(rows, { weight: 0.25 });
    const questions = rows.filter((row) => row.weight === undefined).length;
    const variants = augmented.filter((row) => row.weight === 0.25);
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.every((row) => row.origin < questions)).toBe(true);
    const fromAnswers = augmented.filter((row) => row.weight === 0.5 || row.weight === 0.3);
    expect(fromAnswers.map((row) => row.row.text).sort()).toEqual(
      rows
        .filter((row) => row.weight !== undefined)
        .map((row) => row.text)
        .sort(),
    );
    expect(fromAnswers.filter((row) => row.row.label === 'damaged').every((row) => row.origin === 0)).toBe(
      true,
    );
  });

  it('lets a question in the answer’s words reach its entry', async () => {
    // Synonym augmentation and chatter rows off: this is about the answer rows alone (on a
    // three-entry KB the lexicon's 到哪了/货/东西 variants of the tracking questions outweigh one
    // answer sentence).
    const options = { augment: { synonyms: [] }, chatterWeight: 0 };
    const questionsOnly = new IntentMatcher(options);
    await questionsOnly.train(examplesWithAnswers(KB, { answerWeight: 0, tagWeight: 0 }));
    expect(questionsOnly.match('杯子寄到的时候已经碎了')[0]?.label).not.toBe('damaged');
    const withAnswers = new IntentMatcher(options);
    await withAnswers.train(examplesWithAnswers(KB));
    expect(withAnswers.match('杯子寄到的时候已经碎了')[0]?.label).toBe('damaged');
    const restored = IntentMatcher.fromJSON(withAnswers.toJSON(), options);
    expect(restored.match('杯子寄到的时候已经碎了')).toEqual(withAnswers.match('杯子寄到的时候已经碎了'));
  });
});
