/**
 * Worker threads running this project's TypeScript sources. The sources run through tsx, which a
 * worker thread does not inherit: the worker registers it first, from this project's own copy (its
 * ES module build: the CommonJS one cannot register from an evaluated worker), then loads the module.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const TSX_API = tsxEsmApi();
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.module); });
`;

/** Starts a worker thread on a TypeScript module (a `file:` URL); it reads `data` from `workerData.data`. */
export function startTsWorker(moduleUrl: string, data: unknown): Worker {
  return new Worker(BOOTSTRAP, { eval: true, workerData: { tsx: TSX_API, module: moduleUrl, data } });
}

/** The file URL of tsx's `esm/api` ES module, read from its package's exports map. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = exports['./esm/api'];
  const relative = typeof entry === 'object' ? entry.import?.default : undefined;
  if (relative === undefined) throw new Error('tsx does not export esm/api: cannot start a worker thread');
  return pathToFileURL(join(dirname(manifest), relative)).href;
}
