/**
 * The `switchboard` command as users run it: a real child process of bin/switchboard.js.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/switchboard.js');
const DEMO_KB = join(import.meta.dirname, '../../knowledge/demo');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('switchboard CLI', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-cli-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('chats as an SMS customer: answers use the SMS variant, Chinese works, a human request hands off', async () => {
    const result = await run(['chat', '--channel', 'sms', '--from', '+8613800138000'], {
      env: { DATA_DIR: dir },
      input: 'How do I change my flight?\n机票怎么退票\nI want to talk to a human\nhello?\n',
    });
    expect(result.stderr).not.toMatch(/"level":(50|60)|Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Chatting as \+8613800138000 on sms/);
    expect(result.stdout).toMatch(/bot> Change a flight: My Trips/);
    expect(result.stdout).toMatch(/bot> .*退/);
    expect(result.stdout).toMatch(/a person will answer; the bot stays quiet/);
  });

  it('lints the demo knowledge base clean and reports a broken file with its line, exit 1', async () => {
    const ok = await run(['kb', 'lint', DEMO_KB]);
    expect(ok.code).toBe(0);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'locale: en\nentries:\n  - id: Bad_Id\n    questions: [hello]\n    answer: hi\n');
    const bad = await run(['kb', 'lint', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/broken\.yaml:3:\d+: .*id/);
  });

  it('refuses bad configuration naming the key, and unknown commands with usage', async () => {
    const badPort = await run(['start'], { env: { PORT: 'eighty', DATA_DIR: dir } });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toMatch(/SB_ERR_CONFIG_INVALID: .*PORT/);
    const unknown = await run(['launch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "launch"[\s\S]*Usage: switchboard/);
  });
});
