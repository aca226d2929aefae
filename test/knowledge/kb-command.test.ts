/** `switchboard kb import|export|publish|versions|rollback` on the configured (SQLite) database. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../gateway/config';
import { runKbCommand } from '../../gateway/kb-command';

const dir = mkdtempSync(join(tmpdir(), 'sb-kb-cli-'));
const config = () => loadConfig({ DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' }, dir);

async function kb(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runKbCommand(args, config, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('switchboard kb on the database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports into the draft, publishes, lists versions, exports and rolls back', async () => {
    const file = join(dir, 'extra.yaml');
    writeFileSync(
      file,
      'locale: en\nentries:\n  - id: en-umbrella\n    questions: [I lost my umbrella, where is lost property]\n    answer: Ask the lost property desk.\n',
    );
    // An empty database is seeded from the demo (version 1) first.
    expect(await kb('import', file)).toEqual({
      code: 0,
      out: ['draft: 1 created, 0 updated, 0 deleted, 71 unchanged'],
      err: [],
    });
    expect((await kb('publish', '--note', 'umbrellas')).out).toEqual([
      expect.stringMatching(/^published version 2 \(72 entries, trained in \d+ ms\)$/),
    ]);
    expect((await kb('publish')).out).toEqual(['nothing to publish: the draft equals version 2']);
    const versions = (await kb('versions')).out;
    expect(versions.map((line) => line.split('\t')[0])).toEqual(['2', '1']);
    expect(versions[0]).toMatch(/\tcli\t72 entries\tumbrellas$/);
    const out = join(dir, 'v1.yaml');
    expect((await kb('export', '--version', '1', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('en-umbrella');
    expect((await kb('rollback', '1')).out).toEqual(['published version 3 (the content of version 1)']);
    expect((await kb('export')).out.join('\n')).not.toContain('en-umbrella');
  });

  it('refuses a bad version number and an unknown subcommand', async () => {
    await expect(kb('rollback', 'latest')).rejects.toMatchObject({ code: 'SB_ERR_BAD_REQUEST' });
    const unknown = await kb('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/^Usage:/);
  });
});
