import { describe, expect, it } from 'vitest';
import { KnowledgeInvalidError, lintKnowledge, loadKnowledge, runKbLint } from '../../knowledge/index';

const FIXTURES = 'test/fixtures/kb';

describe('loadKnowledge', () => {
  it('reads a folder recursively in path order, skipping non-YAML files', async () => {
    const kb = await loadKnowledge(`${FIXTURES}/valid`);
    expect(kb.entries.map((entry) => entry.id)).toEqual([
      'opening-hours',
      'pay-by-card',
      'zh-refund',
      'english-in-chinese-file',
    ]);
  });

  it('applies the file locale and lets an entry override it', async () => {
    const kb = await loadKnowledge(`${FIXTURES}/valid/nested/b-zh.yml`);
    expect(kb.entries.map((entry) => entry.locale)).toEqual(['zh-CN', 'en']);
  });

  it('turns a plain answer into a default variant and keeps channel variants', async () => {
    const kb = await loadKnowledge(`${FIXTURES}/valid/a-general.yaml`);
    const [hours, card] = kb.entries;
    expect(hours?.answer).toEqual({ default: 'We are open every day from 8:00 to 22:00.' });
    expect(hours?.tags).toEqual(['service']);
    expect(card?.answer.sms).toBe('Visa and Mastercard accepted.');
    expect(card?.tags).toEqual([]);
  });

  it('records where each entry was read from', async () => {
    const kb = await loadKnowledge(`${FIXTURES}/valid/a-general.yaml`);
    expect(kb.entries.map((entry) => entry.source)).toEqual([
      { file: `${FIXTURES}/valid/a-general.yaml`, line: 3 },
      { file: `${FIXTURES}/valid/a-general.yaml`, line: 9 },
    ]);
  });

  it('throws SB_ERR_KB_INVALID listing every error', async () => {
    const error: unknown = await loadKnowledge(`${FIXTURES}/broken/bad-shape.yaml`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeInvalidError);
    const invalid = error as KnowledgeInvalidError;
    expect(invalid.code).toBe('SB_ERR_KB_INVALID');
    expect(invalid.issues).toHaveLength(8);
    expect(invalid.message).toContain('bad-shape.yaml:3:9: entries[0].id: must match [a-z0-9-]+');
  });
});

describe('lintKnowledge', () => {
  it('reports shape errors at the exact line and column', async () => {
    const file = `${FIXTURES}/broken/bad-shape.yaml`;
    const result = await lintKnowledge(file);
    expect(result.entries).toEqual([]);
    expect(result.errors.map(({ line, column, message }) => [line, column, message])).toEqual([
      [3, 9, 'entries[0].id: must match [a-z0-9-]+'],
      [7, 16, 'entries[1].questions: needs at least one question'],
      [11, 13, 'entries[2].answer: must not be empty'],
      [
        16,
        7,
        'entries[3].answer: unknown channel "fax" (allowed: default, sms, voice, email, web, wechat, wechat-oa, botframework)',
      ],
      [20, 7, 'entries[4].answer.default: is required'],
      [24, 5, 'entries[5]: unknown key "tagz"'],
      [26, 13, 'entries[6].locale: must be a BCP 47 locale such as zh-CN or en'],
      [29, 5, 'entries[7].id: is required'],
    ]);
    expect(result.errors.every((issue) => issue.file === file)).toBe(true);
  });

  it('reports YAML syntax errors with their position', async () => {
    const result = await lintKnowledge(`${FIXTURES}/broken/syntax-error.yaml`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 5, column: 5 });
    expect(result.errors[0]?.message).toMatch(/flow sequence/i);
  });

  it('requires a locale from the file or the entry', async () => {
    const result = await lintKnowledge(`${FIXTURES}/broken/no-locale.yaml`);
    expect(result.errors).toEqual([
      {
        file: `${FIXTURES}/broken/no-locale.yaml`,
        line: 2,
        column: 5,
        message: 'entries[0]: locale is missing: set `locale` at the top of the file or on the entry',
      },
    ]);
  });

  it('finds duplicate ids and normalized duplicate questions across files', async () => {
    const result = await lintKnowledge(`${FIXTURES}/broken/duplicates`);
    const second = `${FIXTURES}/broken/duplicates/two.yaml`;
    expect(result.errors).toEqual([
      {
        file: second,
        line: 3,
        column: 9,
        message: `duplicate id "shared-id" (first defined at ${FIXTURES}/broken/duplicates/one.yaml:3)`,
      },
      {
        file: second,
        line: 7,
        column: 30,
        message: `question "HOW do I pay" is also a question of entry "shared-id" (${FIXTURES}/broken/duplicates/one.yaml:4)`,
      },
    ]);
    expect(result.entries.map((entry) => entry.id)).toEqual(['shared-id', 'lonely']);
  });

  it('warns about single-question entries and links in voice answers', async () => {
    const result = await lintKnowledge(`${FIXTURES}/broken/duplicates`);
    expect(result.warnings.map(({ line, message }) => [line, message])).toEqual([
      [6, 'entry "lonely" has only one question; add 3–5 phrasings so the bot recognises it'],
      [10, 'answer.voice: a link cannot be read aloud'],
    ]);
  });

  it('reports an empty file and a file that is not a map', async () => {
    const empty = await lintKnowledge(`${FIXTURES}/broken/empty.yaml`);
    expect(empty.errors).toMatchObject([
      { line: 1, column: 1, message: 'file is empty: expected a map with `entries`' },
    ]);
    const list = await lintKnowledge(`${FIXTURES}/broken/not-a-map.yaml`);
    expect(list.errors).toMatchObject([{ line: 1, column: 1, message: 'file: must be a map' }]);
  });

  it('reports a missing path and an empty folder as errors', async () => {
    const missing = await lintKnowledge(`${FIXTURES}/does-not-exist`);
    expect(missing.errors[0]?.message).toBe('no such file or folder');
    const empty = await lintKnowledge('test/knowledge');
    expect(empty.errors[0]?.message).toBe('the folder holds no .yaml or .yml files');
  });
});

describe('runKbLint', () => {
  it('prints file:line:column lines and a summary, exit code 1 on errors', async () => {
    const lines: string[] = [];
    const code = await runKbLint(`${FIXTURES}/broken/duplicates`, (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${FIXTURES}/broken/duplicates/two.yaml:3:9: duplicate id "shared-id" (first defined at ${FIXTURES}/broken/duplicates/one.yaml:3)`,
    );
    expect(lines[2]).toMatch(/one\.yaml:6:9: warning: entry "lonely"/);
    expect(lines.at(-1)).toBe(`${FIXTURES}/broken/duplicates: 2 files, 2 entries, 2 error(s), 2 warning(s)`);
  });

  it('exits 0 on a valid folder', async () => {
    const lines: string[] = [];
    expect(await runKbLint(`${FIXTURES}/valid`, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([`${FIXTURES}/valid: 2 files, 4 entries, 0 error(s), 0 warning(s)`]);
  });
});
