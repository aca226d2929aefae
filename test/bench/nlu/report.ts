/**
 * Turning worker reports into figures and text: one row per (peer, set) with the accuracy figures
 * (Larson et al. for oos sets, micro-F1 for cross-validated ones), training time, latency and memory;
 * pooled micro-F1 over the cross-validated sets; the table; the final JSON object.
 */
import { latencyPercentiles, scoreClassification, microF1 } from '../../../knowledge/nlu/metrics';
import type { PeerId } from './peer';
import type { WorkerReport } from './run-worker';

const MB = 1024 * 1024;

/** Figures of one (peer, set); figures are absent unless `status` is `ok`. */
export interface BenchRow {
  peer: PeerId;
  set: string;
  /** `validation` or `5-fold CV` (on train). */
  evaluation: string;
  status: 'ok' | 'timeout' | 'error';
  message?: string;
  locale?: string;
  n?: number;
  accuracy?: number;
  inScopeAccuracy?: number;
  oosRecall?: number;
  oosPrecision?: number;
  macroF1?: number;
  microF1?: number;
  /** Mean training time per model (one model, or one per fold), ms. */
  trainMs?: number;
  /** Mean time per model spent choosing settings (ours: the oos threshold by CV on train), ms. */
  selectionMs?: number;
  latencyMsP50?: number;
  latencyMsP99?: number;
  /** Peak RSS of the peer's process, MB (includes Node and tsx: see `baselineRssMb`). */
  peakRssMb?: number;
  baselineRssMb?: number;
  /** JS heap + array buffers in use right after training (after GC), MB. */
  heapUsedMb?: number;
  elapsedMs: number;
  notes: string[];
}

/** A row plus the labels behind it, kept for pooling across sets. */
export interface ScoredRow {
  row: BenchRow;
  gold: string[];
  predicted: string[];
}

/** Builds the row of one worker report. */
export function scoreReport(peer: PeerId, set: string, evaluation: string, report: WorkerReport): ScoredRow {
  const base = { peer, set, evaluation, elapsedMs: report.elapsedMs };
  if (report.status !== 'ok') {
    const peakRssMb = report.peakRssBytes === undefined ? undefined : report.peakRssBytes / MB;
    return {
      row: { ...base, status: report.status, message: report.message, peakRssMb, notes: [] },
      gold: [],
      predicted: [],
    };
  }
  const { outcome } = report;
  const scores = scoreClassification(outcome.gold, outcome.predicted);
  const latency = latencyPercentiles(outcome.latenciesMs);
  const row: BenchRow = {
    ...base,
    status: 'ok',
    locale: report.locale,
    ...scores,
    trainMs: mean(outcome.trainMs),
    selectionMs: mean(outcome.selectionMs),
    latencyMsP50: latency.p50,
    latencyMsP99: latency.p99,
    peakRssMb: report.peakRssBytes / MB,
    baselineRssMb: report.baselineRssBytes / MB,
    heapUsedMb: outcome.heapUsedAfterTrain / MB,
    notes: outcome.notes,
  };
  return { row, gold: outcome.gold, predicted: outcome.predicted };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/** Micro-F1 of one peer pooled over several sets (oos rows included). */
export interface PooledScore {
  peer: PeerId;
  sets: string[];
  n: number;
  /** Undefined when any of the sets did not finish for this peer. */
  microF1?: number;
}

/** Pools each peer's predictions over the cross-validated sets (the Braun corpora). */
export function poolCrossValidated(scored: readonly ScoredRow[], peers: readonly PeerId[]): PooledScore[] {
  const cv = scored.filter((s) => s.row.evaluation !== 'validation');
  if (cv.length === 0) return [];
  return peers.map((peer) => {
    const mine = cv.filter((s) => s.row.peer === peer);
    const complete = mine.length > 0 && mine.every((s) => s.row.status === 'ok');
    const gold = mine.flatMap((s) => s.gold);
    const predicted = mine.flatMap((s) => s.predicted);
    return {
      peer,
      sets: mine.map((s) => s.row.set),
      n: gold.length,
      microF1: complete ? microF1(gold, predicted) : undefined,
    };
  });
}

const COLUMNS = [
  'peer',
  'set',
  'eval',
  'n',
  'acc',
  'in-scope',
  'oos rec',
  'macro-F1',
  'micro-F1',
  'train s',
  'p50 ms',
  'p99 ms',
  'peak RSS MB',
  'heap MB',
] as const;

/** What the columns mean, printed under the table. */
const LEGEND = [
  'acc: accuracy over all rows; in-scope: accuracy on rows whose gold is not oos; oos rec: recall of oos',
  '(Larson et al.); micro-F1 with oos as a label (= acc). train s: mean time to fit one model (one per',
  'fold under CV), threshold selection excluded (see notes). p50/p99: per-utterance prediction latency.',
  "peak RSS: the peer's own process, Node and tsx included (~95 MB before any data); heap MB: JS heap +",
  'array buffers right after training, after GC.',
];

function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

function cells(row: BenchRow): string[] {
  const head = [row.peer, row.set, row.evaluation];
  if (row.status !== 'ok') {
    const what = row.status === 'timeout' ? (row.message ?? 'timeout') : `error: ${firstLine(row.message)}`;
    return [...head, '—', what, '', '', '', '', '', '', '', fixed(row.peakRssMb, 0), ''];
  }
  return [
    ...head,
    String(row.n ?? 0),
    fixed(row.accuracy, 3),
    fixed(row.inScopeAccuracy, 3),
    fixed(row.oosRecall, 3),
    fixed(row.macroF1, 3),
    fixed(row.microF1, 3),
    fixed(row.trainMs === undefined ? undefined : row.trainMs / 1000, 2),
    fixed(row.latencyMsP50, 3),
    fixed(row.latencyMsP99, 3),
    fixed(row.peakRssMb, 0),
    fixed(row.heapUsedMb, 0),
  ];
}

function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n')[0]?.slice(0, 80) ?? '';
}

/** A Markdown table (readable in a terminal too) of the rows, then pooled scores and notes. */
export function formatTable(rows: readonly BenchRow[], pooled: readonly PooledScore[]): string {
  const body = rows.map(cells);
  const widths = COLUMNS.map((title, i) =>
    Math.max(title.length, ...body.map((line) => (line[i] ?? '').length)),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const out = [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', ...LEGEND];
  if (pooled.length > 0) {
    out.push('', 'micro-F1 pooled over the cross-validated sets (oos rows included):');
    for (const p of pooled) out.push(`- ${p.peer}: ${fixed(p.microF1, 3)} (n=${p.n}; ${p.sets.join(', ')})`);
  }
  const notes = rows.flatMap((row) =>
    summarizeNotes(row).map((note) => `- ${row.peer} × ${row.set}: ${note}`),
  );
  if (notes.length > 0) out.push('', 'notes:', ...notes);
  return out.join('\n');
}

/** At most three notes per row; the rest are in the JSON. */
function summarizeNotes(row: BenchRow): string[] {
  const shown = row.notes.slice(0, 3);
  if (row.notes.length > 3) shown.push(`… ${row.notes.length - 3} more in --json`);
  return shown;
}

/** The machine-readable result: options, one object per row, pooled scores. */
export function benchJson(
  settings: { dataDir: string; timeoutSeconds: number; folds: number; seed: number },
  rows: readonly BenchRow[],
  pooled: readonly PooledScore[],
): Record<string, unknown> {
  return { bench: 'nlu', ...settings, results: rows, crossValidatedPooled: pooled };
}
