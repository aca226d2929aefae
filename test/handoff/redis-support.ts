/**
 * Redis for the handoff tests: the shared server (TEST_REDIS_URL, default 127.0.0.1:6379), never
 * flushed, with a fresh queue name per test; and a private `redis-server` on a free port for tests
 * that flush or restart it. A missing Redis fails the tests, naming it; they never skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A queue name no other test uses. */
export function uniqueQueueName(): string {
  return `sb-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Whether something accepts connections on the port. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A private Redis: safe to FLUSHALL. */
export interface PrivateRedis {
  url: string;
  /** A client for the test's own commands (FLUSHALL, inspection). */
  client: Redis;
  stop(): Promise<void>;
}

/** Starts `redis-server` on a free port without persistence and waits until it answers. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; !(await answers(port)); attempt++) {
    if (attempt > 50 || child.exitCode !== null)
      throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  await client.ping();
  return {
    url,
    client,
    async stop() {
      client.disconnect();
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
