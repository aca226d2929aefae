/**
 * `switchboard bot eval`: row validation with file:line errors, the metric arithmetic on a tiny
 * fixture worked out by hand, the readable report, and the real CLI in a child process.
 */
import { BOT_EVAL_SETS, botEvalKb, FRESH2_SETS } from './bot-eval-sets';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  formatReport,
  parseEvalRows,
  readEvalFile,
  runBotEvalCommand,
  type EvalOutcome,
} from '../../bot/eval/index';

import { loadKnowledge } from '../../knowledge/index';

const TINY_KB = 'test/fixtures/bot-eval/tiny/kb.yaml';
const TINY_ROWS = 'test/fixtures/bot-eval/tiny/rows.jsonl';
const BAD_ROWS = 'test/fixtures/bot-eval/tiny/bad-rows.jsonl';
const run = promisify(execFile);

/**
 * What the bot does with the tiny rows, by hand: exact KB questions are answered, the detectors
 * take the urgent and human rows. Rows 3, 4 and 6 are deliberate misses; row 9 is a KB question
 * labelled fallback, so it is answered.
 */
const TINY_EXPECTED = {
  answerAccuracy: 0.5, // rows 1, 2 right; 3 wrong entry; 4 handed off as urgent
  fallbackRate: 0, // row 9 answered
  urgentRecall: 0.5, // row 5 urgent; row 6 handed off as a human request
  humanRecall: 1, // rows 7 and 8 handed off (8 as urgent, which still counts)
  falseHandoffRate: 0.25, // row 4
  clarifyRate: 0,
  offeredRate: 0, // the misses are answered or handed off, none offered
  falseUrgentRate: 0.2857, // rows 4 and 8 of the 7 rows not expected urgent
  n: { answer: 4, fallback: 1, urgent: 2, human: 2 },
};

describe('eval rows', () => {
  it('parses expectations and keeps line numbers, skipping blank lines', () => {
    const { rows, errors } = parseEvalRows(
      'x.jsonl',
      '{"text":"a","expect":"answer:e-1"}\n\n{"text":"b","expect":"handoff:urgent","locale":"zh-CN"}\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { text: 'a', expect: { kind: 'answer', entryId: 'e-1' }, line: 1 },
      { text: 'b', expect: { kind: 'handoff', reason: 'urgent' }, locale: 'zh-CN', line: 3 },
    ]);
  });

  it('reports every bad line with file:line, and unknown entry ids', async () => {
    const error = await readEvalFile(BAD_ROWS, new Set(['shipping-cost'])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SB_ERR_EVAL_INVALID' });
    const message = (error as Error).message;
    expect(message).toContain(`${BAD_ROWS}:2: expect: expect must be answer:<entry-id>`);
    expect(message).toContain(`${BAD_ROWS}:3: not valid JSON`);
    expect(message).toContain(`${BAD_ROWS}:5: text:`);
    expect(message).toContain(`${BAD_ROWS}:6: no knowledge entry has the id "no-such-entry"`);
    expect(message).not.toContain(':1:');
    expect(message.indexOf(':2:')).toBeLessThan(message.indexOf(':6:'));
  });

  it('refuses a file without rows', async () => {
    await expect(readEvalFile('test/fixtures/kb/valid/notes.txt', new Set())).rejects.toThrow(
      /not valid JSON|holds no evaluation row/,
    );
  });
});

describe('the shipped evaluation sets', () => {
  const SETS = BOT_EVAL_SETS;

  it.each(SETS)(
    '%s: every file reads against its knowledge base; each fresh file has 40 answers over 30+ entries and 15 misses',
    async (set) => {
      const kb = await loadKnowledge(botEvalKb(set));
      const ids = new Set(kb.entries.map((entry) => entry.id));
      for (const file of ['validation', 'test']) {
        expect(
          (await readEvalFile(`test/fixtures/bot-eval/${set}/${file}.jsonl`, ids)).length,
        ).toBeGreaterThan(50);
      }
      for (const file of FRESH2_SETS.has(set) ? ['fresh', 'fresh2'] : ['fresh']) {
        const fresh = await readEvalFile(`test/fixtures/bot-eval/${set}/${file}.jsonl`, ids);
        const answers = fresh.flatMap((row) => (row.expect.kind === 'answer' ? [row.expect.entryId] : []));
        expect(answers).toHaveLength(40);
        expect(new Set(answers).size).toBeGreaterThanOrEqual(30);
        expect(fresh.filter((row) => row.expect.kind === 'fallback')).toHaveLength(15);
        expect(fresh).toHaveLength(55);
      }
    },
  );
});

describe('eval metrics', () => {
  const outcome = (expect: EvalOutcome['row']['expect'], done: Partial<EvalOutcome>): EvalOutcome => ({
    row: { text: 't', expect, line: 1 },
    kind: 'fallback',
    candidates: [],
    ...done,
  });

  it('counts each rate over its own rows, and gives null for a kind without rows', () => {
    const metrics = computeMetrics([
      outcome({ kind: 'answer', entryId: 'a' }, { kind: 'answer', entryId: 'a' }),
      outcome({ kind: 'answer', entryId: 'a' }, { kind: 'clarify', offered: ['b', 'a'] }),
      outcome({ kind: 'answer', entryId: 'a' }, { kind: 'handoff', reason: 'human-request' }),
      outcome({ kind: 'answer', entryId: 'a' }, { kind: 'fallback', offered: ['c'] }),
      outcome({ kind: 'fallback' }, { kind: 'clarify' }),
      outcome({ kind: 'fallback' }, { kind: 'answer', entryId: 'b' }),
      outcome({ kind: 'handoff', reason: 'human' }, { kind: 'handoff', reason: 'repeated-fallback' }),
    ]);
    expect(metrics).toEqual({
      answerAccuracy: 0.25,
      fallbackRate: 0.5,
      urgentRecall: null,
      humanRecall: 1,
      falseHandoffRate: 0.25,
      clarifyRate: 0.25,
      offeredRate: 0.25,
      falseUrgentRate: 0,
      n: { answer: 4, fallback: 2, urgent: 0, human: 1 },
    });
  });
});

describe('bot eval command', () => {
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), interactive: false };
    return { io, out, err };
  };

  it('computes the hand-worked figures on the tiny fixture', async () => {
    const { io, out } = capture();
    expect(await runBotEvalCommand(['--kb', TINY_KB, '--test', TINY_ROWS, '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('').trim().split('\n').at(-1) ?? '')).toEqual(TINY_EXPECTED);
  });

  it('prints a report with the confusion table and each miss with its candidates', async () => {
    const { io, out } = capture();
    await runBotEvalCommand(['--kb', TINY_KB, '--test', TINY_ROWS], io);
    const report = out.join('');
    expect(report).toMatch(/answer accuracy\s+0\.5000/);
    expect(report).toContain('Misses (4):');
    expect(report).toContain('line 3: "Do you sell gift cards?"');
    expect(report).toMatch(/expected answer:shipping-cost, got answer:gift-card/);
    expect(report).toMatch(/candidates: gift-card \d\.\d{3}/);
    expect(report).toMatch(/expected answer:gift-card, got handoff:urgent \(en:charged-twice\)/);
  });

  it('answers a usage error with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runBotEvalCommand(['--kb', TINY_KB], io)).toBe(2);
    expect(err.join('')).toContain('Usage: switchboard bot eval');
  });

  it('formats an empty report without misses', () => {
    expect(formatReport(computeMetrics([]), [])).toContain('No misses.');
  });
});

describe('switchboard bot eval (child process)', () => {
  const cli = (test: string, ...flags: string[]) =>
    run('node', ['bin/switchboard.js', 'bot', 'eval', '--kb', TINY_KB, '--test', test, ...flags]);

  it('prints the metrics object as the last stdout line, progress on stderr', async () => {
    const { stdout, stderr } = await cli(TINY_ROWS, '--json');
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toEqual(TINY_EXPECTED);
    expect(stderr).toContain('9 rows decided');
  }, 60_000);

  it('exits 1 with file:line errors for bad rows', async () => {
    const failure = (await cli(BAD_ROWS).catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('SB_ERR_EVAL_INVALID');
    expect(failure.stderr).toContain(`${BAD_ROWS}:3: not valid JSON`);
  }, 60_000);
});
