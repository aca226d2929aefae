/** `kb lint` reports entries the matcher confuses as warnings at a confused question's line. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runKbLint } from '../../knowledge';

const CONFUSED = `locale: en
entries:
  - id: baggage-allowance
    questions:
      - how much baggage can I take
      - what is the baggage allowance
      - how many bags are allowed
    answer: Two bags of 23 kg.
  - id: luggage-limits
    questions:
      - how much luggage can I take
      - what is the luggage allowance
      - how many suitcases are allowed
    answer: Two suitcases of 23 kg.
  - id: hotel-breakfast
    questions: [is breakfast included at the hotel, does my room come with breakfast]
    answer: Breakfast is included in most rates.
`;

describe('kb lint conflicts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function lint(text: string, options = {}) {
    const file = join(dir, `kb-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    const lines: string[] = [];
    const code = await runKbLint(file, (line) => lines.push(line), options);
    return { file, code, lines };
  }

  it('warns about a confused pair at the question that was taken for the other entry; exit stays 0', async () => {
    const { file, code, lines } = await lint(CONFUSED);
    expect(code).toBe(0);
    const warnings = lines.filter((line) => line.includes('are confused'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^${file}:(5|6|7|11|12|13):9: warning: entries "baggage-allowance" and "luggage-limits" are confused: \\d of 6`,
      ),
    );
    expect(lines.at(-1)).toBe(`${file}: 1 file, 3 entries, 0 error(s), 1 warning(s)`);
  });

  it('can skip the cross-validation, and skips it while there are errors', async () => {
    const skipped = await lint(CONFUSED, { conflicts: false });
    expect(skipped.lines).toEqual([`${skipped.file}: 1 file, 3 entries, 0 error(s), 0 warning(s)`]);
    const broken = await lint(`${CONFUSED}  - id: Broken Id\n    questions: [x]\n    answer: y\n`);
    expect(broken.code).toBe(1);
    expect(broken.lines.some((line) => line.includes('are confused'))).toBe(false);
  });
});
