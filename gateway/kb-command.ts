/**
 * `switchboard kb …`: the knowledge base from the command line. `lint` checks files; the other
 * subcommands work on the database the configuration names (DATABASE_URL or the SQLite file under
 * DATA_DIR), the same one running gateways serve from: they notice a new published version within
 * their poll interval.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { Bot } from '../bot/types';
import { formatIssue, runKbLint } from '../knowledge';
import type { KbService } from '../knowledge/kb-service';
import type { Config } from './config';
import { badRequest } from './errors';
import { startKnowledge } from './knowledge-setup';
import { DEMO_KB_PATH } from './main';
import { createStore } from './store';

export const KB_USAGE = `Usage:
  switchboard kb lint PATH [--no-conflicts]   validate knowledge files (exit 1 on errors)
  switchboard kb import PATH [--replace] [--publish] [--note TEXT]
                                              load a knowledge file into the draft (merge by default)
  switchboard kb export [--version N] [--out FILE]
                                              the draft (or a published version) as YAML
  switchboard kb publish [--note TEXT]        publish the draft as the next version
  switchboard kb versions                     published versions, newest first
  switchboard kb rollback VERSION             publish an older version again`;

/** Where the command writes. */
export interface KbCommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs `switchboard kb <args>`; resolves to the exit code. */
export async function runKbCommand(args: string[], config: () => Config, io: KbCommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'lint') return lint(rest, io);
  if (sub === undefined || !['import', 'export', 'publish', 'versions', 'rollback'].includes(sub)) {
    io.err(KB_USAGE);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      replace: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      note: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  return withKnowledge(config(), (kb) => run(sub, kb, { ...values, positionals }, io));
}

interface Parsed {
  replace: boolean;
  publish: boolean;
  note?: string | undefined;
  version?: string | undefined;
  out?: string | undefined;
  positionals: string[];
}

async function run(sub: string, kb: KbService<Bot>, args: Parsed, io: KbCommandIo): Promise<number> {
  const actor = 'cli';
  switch (sub) {
    case 'import':
      return importFile(kb, args, io);
    case 'export': {
      const version = args.version === undefined ? undefined : versionNumber(args.version);
      const yaml =
        version === undefined ? await kb.editor.exportYaml() : await kb.publisher.exportVersion(version);
      if (args.out === undefined) io.out(yaml.trimEnd());
      else await writeFile(args.out, yaml);
      return 0;
    }
    case 'publish':
      await publish(kb, args.note ?? null, io);
      return 0;
    case 'versions':
      for (const v of await kb.publisher.listVersions(50)) {
        const restored = v.restoredFrom === null ? '' : ` (rollback to ${v.restoredFrom})`;
        io.out(
          `${v.version}\t${v.publishedAt.toISOString()}\t${v.publishedBy}\t${v.entryCount} entries\t${v.note ?? ''}${restored}`,
        );
      }
      return 0;
    default: {
      const result = await kb.rollback(versionNumber(args.positionals[0] ?? ''), actor, args.note ?? null);
      io.out(
        `published version ${result.version.version} (the content of version ${result.version.restoredFrom ?? '?'})`,
      );
      return 0;
    }
  }
}

async function importFile(kb: KbService<Bot>, args: Parsed, io: KbCommandIo): Promise<number> {
  const path = args.positionals[0];
  if (path === undefined) throw badRequest('kb import needs the knowledge file to read.');
  const text = await readFile(path, 'utf8');
  const result = await kb.editor.importYaml(text, args.replace ? 'replace' : 'merge', 'cli');
  const { created, updated, deleted, unchanged } = result;
  io.out(
    `draft: ${created.length} created, ${updated.length} updated, ${deleted.length} deleted, ${unchanged} unchanged`,
  );
  for (const warning of result.warnings) io.out(formatIssue({ ...warning, file: path }, 'warning'));
  if (args.publish) await publish(kb, args.note ?? `import of ${path}`, io);
  return 0;
}

async function publish(kb: KbService<Bot>, note: string | null, io: KbCommandIo): Promise<void> {
  const result = await kb.publisher.publish('cli', note);
  io.out(
    result.changed
      ? `published version ${result.version.version} (${result.version.entryCount} entries, trained in ${result.trainMs} ms)`
      : `nothing to publish: the draft equals version ${result.version.version}`,
  );
}

function versionNumber(text: string): number {
  const version = Number(text);
  if (!Number.isInteger(version) || version < 1) throw badRequest(`"${text}" is not a version number.`);
  return version;
}

async function lint(args: string[], io: KbCommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'no-conflicts': { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  const path = positionals[0];
  if (path === undefined) {
    io.err(KB_USAGE);
    return 2;
  }
  return runKbLint(path, io.out, { conflicts: !values['no-conflicts'] });
}

/** Opens the configured store and the knowledge service (seeding an empty database), runs `task`, closes. */
async function withKnowledge(config: Config, task: (kb: KbService<Bot>) => Promise<number>): Promise<number> {
  const store = createStore({
    dataDir: config.DATA_DIR,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  });
  try {
    await store.migrate();
    const { kb } = await startKnowledge({
      store,
      seedPath: config.KB_PATH ?? DEMO_KB_PATH,
      logger: pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }, pino.destination(2)),
      pollIntervalMs: 0,
      serve: false,
    });
    try {
      return await task(kb);
    } finally {
      await kb.publisher.stop();
    }
  } finally {
    await store.close();
  }
}
