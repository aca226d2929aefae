// Runs before `npm test`: checks that every real service the suite needs is here, and fails with a
// message naming what is missing. The suite never skips a test for a missing service.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const problems = [];

function reachable(host, port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
if (!(await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)))) {
  problems.push(
    `PostgreSQL is not reachable at ${pgUrl.host} (TEST_DATABASE_URL). Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
  );
}

const redisUrl = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
if (!(await reachable(redisUrl.hostname, Number(redisUrl.port || 6379)))) {
  problems.push(
    `Redis is not reachable at ${redisUrl.host} (TEST_REDIS_URL). Start it: redis-server --daemonize yes --bind 127.0.0.1 --save ""`,
  );
}
try {
  // The timer tests start a private server of their own to FLUSHALL it safely.
  execFileSync('redis-server', ['--version'], { stdio: 'ignore', timeout: 10_000 });
} catch {
  problems.push(
    'The redis-server program is missing (the handoff tests start their own). Install it: apt-get install -y redis-server',
  );
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  problems.push(
    `Chromium is missing at ${chromium} (CHROMIUM_PATH). Install it: apt-get install -y chromium fonts-wqy-zenhei`,
  );
} else {
  try {
    execFileSync(chromium, ['--version'], { stdio: 'ignore', timeout: 20_000 });
  } catch (error) {
    problems.push(`Chromium at ${chromium} does not run: ${error.message}`);
  }
}

if (problems.length > 0) {
  console.error('npm test needs these services, and they are missing:');
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
