/**
 * Which b-trees the web chat turns' commits write to SQLite's write-ahead log, in WAL frames (one
 * page each) per commit: the real `createSwitchboard` on SQLite in a temporary DATA_DIR answers
 * `POST /webchat/messages` through Fastify's `inject`, 50 sessions at a time; mid-run the WAL is
 * copied, its frames since the checkpointer last restarted it are read, and each frame's page is
 * named with SQLite's `dbstat` table. A script, not a test:
 *
 *   npx tsx test/gateway/wal-frames.ts [turns=3000]
 *
 * An index keyed by the session (or the conversation) costs about a page per turn, whatever the
 * batch size; one that grows at its end costs a page or two per commit.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../gateway/config';
import { createSwitchboard } from '../../gateway/main';
import { injectSessions } from './inject-sessions';

const SESSIONS = 50;
const turns = Math.max(100, Math.min(100_000, Number(process.argv[2] ?? 3_000)));
const dataDir = mkdtempSync(join(tmpdir(), 'sb-wal-frames-'));
const copies = mkdtempSync(join(tmpdir(), 'sb-wal-copy-'));
const database = join(dataDir, 'switchboard.db');
const switchboard = await createSwitchboard(
  loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'error' }),
);
const run = injectSessions(switchboard.app, SESSIONS);

/** The page numbers of the WAL's valid frames (those of its current salt), and its commits. */
function framesOf(wal: Buffer): { pages: number[]; commits: number } {
  const pageSize = wal.readUInt32BE(8);
  const salts = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const pages: number[] = [];
  let commits = 0;
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salts[0] || wal.readUInt32BE(at + 12) !== salts[1]) break;
    pages.push(wal.readUInt32BE(at));
    // A commit frame holds the database's size in pages after the commit; others hold 0.
    if (wal.readUInt32BE(at + 4) !== 0) commits += 1;
  }
  return { pages, commits };
}

/** An index SQLite named itself (a UNIQUE or PRIMARY KEY constraint's) with its columns. */
function withColumns(reader: Database.Database, name: string): string {
  if (!name.startsWith('sqlite_autoindex_')) return name;
  const columns = reader.pragma(`index_info("${name}")`) as { name: string }[];
  return `${name} (${columns.map((column) => column.name).join(', ')})`;
}

try {
  await run(Math.min(turns, 5_000));
  const running = run(turns);
  // Copies of the log at a few moments of the run; the one holding the most commits is read (a
  // copy taken just after the checkpointer restarted the log holds few).
  let best: { pages: number[]; commits: number } = { pages: [], commits: 0 };
  for (let copy = 0; copy < 5; copy += 1) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    copyFileSync(`${database}-wal`, join(copies, 'copy.db-wal'));
    const frames = framesOf(readFileSync(join(copies, 'copy.db-wal')));
    if (frames.commits > best.commits) best = frames;
  }
  await running;
  await switchboard.close();
  const { pages, commits } = best;
  copyFileSync(database, join(copies, 'copy.db'));
  const reader = new Database(join(copies, 'copy.db'), { readonly: true });
  const names = new Map<number, string>();
  for (const row of reader.prepare('SELECT name, pageno FROM dbstat').all() as {
    name: string;
    pageno: number;
  }[])
    names.set(row.pageno, withColumns(reader, row.name));
  reader.close();
  const byTree = new Map<string, number>();
  for (const page of pages) {
    const name = names.get(page) ?? '(page freed since)';
    byTree.set(name, (byTree.get(name) ?? 0) + 1);
  }
  const perCommit = (count: number) => (commits === 0 ? 0 : count / commits).toFixed(2);
  console.log(`${pages.length} frames in ${commits} commits: ${perCommit(pages.length)} per commit`);
  for (const [name, count] of [...byTree].sort((a, b) => b[1] - a[1]))
    console.log(`${perCommit(count).padStart(8)}  ${name}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(copies, { recursive: true, force: true });
}
