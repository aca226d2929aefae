/**
 * Crash safety with real processes: a Switchboard killed with SIGKILL after storing an inbound
 * message (or after storing the reply) sends the reply exactly once after a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../gateway/store';

interface Recorded {
  address: string;
  text: string;
  idempotencyKey: string;
  messageId: string;
}

const CHILD = join(import.meta.dirname, '../support/crash-child.ts');

function startChild(
  dataDir: string,
  recorderUrl: string,
  crashAt?: string,
): Promise<{ child: ChildProcess; port: number }> {
  const args = ['--import', 'tsx', CHILD, '--data', dataDir, '--recorder', recorderUrl];
  if (crashAt) args.push('--crash-at', crashAt);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('child did not start within 30 s')), 30_000);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /PORT (\d+)/.exec(buffered);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`child exited early (${code ?? signal})`));
    });
  });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('crash recovery with real processes', () => {
  let dataDir: string;
  let recorder: Server;
  let recorderUrl: string;
  let received: Recorded[];
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-crash-'));
    received = [];
    recorder = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(body) as Recorded);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    const address = recorder.address();
    recorderUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/deliver`;
  });

  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    await new Promise((resolve) => recorder.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(['after-store', 'before-send'])(
    'killed %s, the reply is sent exactly once after restart',
    async (crashAt) => {
      const first = await startChild(dataDir, recorderUrl, crashAt);
      children.push(first.child);
      const request = fetch(`http://127.0.0.1:${first.port}/test/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'SM-crash-1', from: '+15550009999', text: 'where is my bag' }),
      }).catch((error: unknown) => error);
      expect(await exited(first.child)).toBe('SIGKILL');
      await request;
      expect(received).toHaveLength(0);

      const second = await startChild(dataDir, recorderUrl);
      children.push(second.child);
      await waitFor(() => received.length > 0, 15_000);
      // Give a duplicate every chance to appear: several outbox polls.
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(received.map((r) => [r.address, r.text])).toEqual([['+15550009999', 'echo: where is my bag']]);

      // The provider retries the webhook after the crash: still one message, one reply.
      const retry = await fetch(`http://127.0.0.1:${second.port}/test/inbound`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'SM-crash-1', from: '+15550009999', text: 'where is my bag' }),
      });
      expect(await retry.json()).toEqual({ replies: ['echo: where is my bag'] });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(received).toHaveLength(1);

      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toBe(0);
      const store = createSqliteStore({ file: join(dataDir, 'switchboard.db') });
      try {
        const row = await store.getOutboxByMessage(received[0]?.messageId ?? '');
        expect(row).toMatchObject({ status: 'sent', attempts: 1 });
        expect(await store.unprocessedInbound(10)).toEqual([]);
      } finally {
        await store.close();
      }
    },
  );
});
