/**
 * Command-line and environment options of `npm run bench:nlu`. Pure, so which sets and peers run,
 * defaults and validation are testable without running anything.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BenchUsageError } from '../options';
import { PEER_IDS, type PeerId } from './peer';

/** `../shared/data` next to the repository, where the public sets live on this machine. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../../shared/data', import.meta.url));

/** Default wall-clock cap per (peer, set), seconds. NLP.js needs ~140 s for CLINC150 alone. */
export const DEFAULT_TIMEOUT_SECONDS = 360;

/** Everything one run needs to know. */
export interface NluBenchOptions {
  /** Set names to run (`--sets a,b`); undefined = every set found in `dataDir`. */
  sets: string[] | undefined;
  /** Peers in table order (`--peers ours,nlpjs`); default all. */
  peers: PeerId[];
  /** `--data-dir` / `BENCH_NLU_DATA`: folder of set folders. */
  dataDir: string;
  /** `--timeout` / `BENCH_NLU_TIMEOUT`: cap per (peer, set) in seconds. */
  timeoutSeconds: number;
  /** `--max-heap-mb` / `BENCH_NLU_MAX_HEAP_MB`: V8 heap cap per worker (default 4096). */
  maxHeapMb: number;
  /** `--folds` / `--seed`: cross-validation for sets without validation (default 5 folds, seed 1). */
  folds: number;
  seed: number;
  /** `--json`: one machine-readable object as the last stdout line. */
  json: boolean;
  help: boolean;
}

/** Usage text for `--help`. */
export const USAGE = `usage: npm run bench:nlu -- [--sets a,b] [--peers ${PEER_IDS.join(',')}] [--timeout S]
                         [--max-heap-mb MB] [--data-dir DIR] [--folds K] [--seed N] [--json]

Our matcher, NLP.js and natural's classifiers on every set in DIR (default ${DEFAULT_DATA_DIR}):
train on train.jsonl, score validation.jsonl, or K-fold cross-validation on train when a set has no
validation file. Each (peer, set) runs in its own process, capped at S seconds (default
${DEFAULT_TIMEOUT_SECONDS}) and a V8 heap of MB (default 4096); a timeout or crash is reported in the
table. Environment: BENCH_NLU_TIMEOUT, BENCH_NLU_MAX_HEAP_MB, BENCH_NLU_DATA.`;

const positive = z.coerce.number().positive().finite();
const count = z.coerce.number().int().min(2);
const seed = z.coerce.number().int().nonnegative();
const megabytes = z.coerce.number().int().min(64);

function read<T>(name: string, schema: z.ZodType<T>, raw: string | undefined, fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  const result = schema.safeParse(raw);
  if (!result.success)
    throw new BenchUsageError(`${name}: ${result.error.issues[0]?.message ?? 'invalid'} ("${raw}")`);
  return result.data;
}

function list(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function selectPeers(raw: string | undefined): PeerId[] {
  const wanted = list(raw);
  if (wanted === undefined) return [...PEER_IDS];
  for (const name of wanted) {
    if (!(PEER_IDS as readonly string[]).includes(name)) {
      throw new BenchUsageError(`--peers takes ${PEER_IDS.join(', ')} (comma-separated), got "${name}"`);
    }
  }
  return PEER_IDS.filter((id) => wanted.includes(id));
}

function parse(argv: readonly string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'] {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
}

const OPTIONS = {
  sets: { type: 'string' },
  peers: { type: 'string' },
  'data-dir': { type: 'string' },
  timeout: { type: 'string' },
  'max-heap-mb': { type: 'string' },
  folds: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads options from `argv` (without node and script) and `env`; throws `BenchUsageError`. */
export function parseNluBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): NluBenchOptions {
  const values = parse(argv);
  return {
    sets: list(values.sets),
    peers: selectPeers(values.peers),
    dataDir: path.resolve(values['data-dir'] ?? (env.BENCH_NLU_DATA || DEFAULT_DATA_DIR)),
    timeoutSeconds: read(
      '--timeout',
      positive,
      values.timeout ?? env.BENCH_NLU_TIMEOUT,
      DEFAULT_TIMEOUT_SECONDS,
    ),
    maxHeapMb: read('--max-heap-mb', megabytes, values['max-heap-mb'] ?? env.BENCH_NLU_MAX_HEAP_MB, 4096),
    folds: read('--folds', count, values.folds, 5),
    seed: read('--seed', seed, values.seed, 1),
    json: values.json === true,
    help: values.help === true,
  };
}
