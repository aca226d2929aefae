/** `switchboard accounts …` on a real SQLite file: the way back in when no admin can sign in. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSecretLine, runAccountsCommand } from '../../gateway/auth/accounts-command';
import { AuthService } from '../../gateway/auth/auth-service';
import { loadConfig } from '../../gateway/config';
import { createStore } from '../../gateway/store';

describe('switchboard accounts', () => {
  let dataDir: string;
  let out: string[];
  let err: string[];
  const run = (args: string[], secret = '') =>
    runAccountsCommand(args, () => loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, dataDir), {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readSecret: () => Promise.resolve(secret),
    });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-accounts-'));
    out = [];
    err = [];
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates an admin who can then sign in, resets the password, disables and enables', async () => {
    expect(await run(['create', 'Boss@Example.com', '--role', 'admin'], 'a long cli passphrase')).toBe(0);
    expect(out.at(-1)).toMatch(/^acc_\S+ {2}boss@example\.com {2}admin {2}active$/);
    expect(await run(['create', 'ops@example.com', '--role', 'admin'], 'ops long passphrase')).toBe(0);
    expect(await run(['reset-password', 'boss@example.com'], 'a new long passphrase')).toBe(0);
    expect(await run(['disable', 'boss@example.com'])).toBe(0);
    expect(out.at(-1)).toMatch(/disabled$/);
    expect(await run(['enable', 'BOSS@example.com'])).toBe(0);
    expect(await run(['list'])).toBe(0);
    expect(out.slice(-2).map((line) => line.split('  ')[1])).toEqual(['boss@example.com', 'ops@example.com']);

    const store = createStore({ dataDir });
    await store.migrate();
    const auth = new AuthService({ accounts: store.accounts });
    await expect(auth.login('boss@example.com', 'a new long passphrase', 'cli')).resolves.toMatchObject({});
    await expect(auth.login('boss@example.com', 'a long cli passphrase', 'cli')).rejects.toThrow();
    await store.close();
  });

  it('refuses unknown roles, unknown accounts, weak passwords and unknown subcommands', async () => {
    await expect(
      run(['create', 'a@example.com', '--role', 'root'], 'long enough passphrase'),
    ).rejects.toThrow(/--role/);
    await expect(run(['disable', 'nobody@example.com'])).rejects.toThrow(/No account/);
    await expect(run(['create', 'a@example.com', '--role', 'agent'], 'short')).rejects.toMatchObject({
      code: 'SB_ERR_WEAK_PASSWORD',
    });
    expect(await run(['frobnicate'])).toBe(2);
    expect(err.join('\n')).toContain('switchboard accounts reset-password EMAIL');
  });

  it('reads the password as the first line of a pipe', async () => {
    const input = new PassThrough() as PassThrough & NodeJS.ReadStream;
    const read = readSecretLine(input, () => undefined);
    input.end('first line secret\nsecond line\n');
    expect(await read).toBe('first line secret');
  });
});
