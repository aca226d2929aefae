import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './load';
import { BENCH_QUESTIONS } from './questions';
import { ServerProcess } from './server-process';

const BARE_SERVER = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the harness against the bare server in a child process', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await ServerProcess.start({
      label: 'bare',
      command: process.execPath,
      args: ['--import', 'tsx', BARE_SERVER],
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '' },
    });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('runs closed-loop sessions for the window, then stops by itself without errors', async () => {
    const marks: string[] = [];
    const result = await runLoad({
      port: server.port,
      sessions: 4,
      warmupMs: 200,
      durationMs: 500,
      questions: BENCH_QUESTIONS,
      onMeasureStart: () => marks.push('start'),
      onMeasureEnd: () => marks.push('end'),
    });
    expect(marks).toEqual(['start', 'end']);
    expect(result.errors).toBe(0);
    expect(result.non2xx).toEqual({});
    expect(result.emptyReplies).toBe(0);
    expect(result.summary.requests).toBeGreaterThan(10);
    expect(result.summary.p99).toBeGreaterThan(0);
    expect(result.summary.p50).toBeLessThanOrEqual(result.summary.p99);
  });

  it('stops the server with SIGTERM', async () => {
    expect(server.running).toBe(true);
    expect(await server.stop()).toBe('exit code 0');
    expect(server.running).toBe(false);
  });
});

describe('ServerProcess.start', () => {
  it('reports a server that exits before it is ready, with its last output', async () => {
    const start = ServerProcess.start({
      label: 'broken',
      command: process.execPath,
      args: ['-e', 'console.error("cannot open the database"); process.exit(3)'],
      cwd: REPO_ROOT,
      env: process.env,
      port: 9,
    });
    await expect(start).rejects.toThrow(
      /broken server did not start: it exited \(exit code 3\)[^]*cannot open/,
    );
  });

  it('gives up when /healthz never answers 200 within the timeout', async () => {
    const start = ServerProcess.start({
      label: 'silent',
      command: process.execPath,
      args: ['-e', 'setTimeout(() => {}, 60_000)'],
      cwd: REPO_ROOT,
      env: process.env,
      port: 9,
      readyTimeoutMs: 500,
    });
    await expect(start).rejects.toThrow(/not 200 within 0.5 s/);
  });
});
