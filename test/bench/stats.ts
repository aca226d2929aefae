/**
 * Latency statistics for the benchmark: pure functions over a preallocated sample buffer, so the
 * numbers can be unit-tested without a server.
 */

/** Summary of one measured run. Latencies are milliseconds. */
export interface LatencySummary {
  /** Requests completed inside the measurement window. */
  requests: number;
  /** Requests per second over the measurement window. */
  perSecond: number;
  /** Latencies the percentiles are taken from. */
  samples: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

/**
 * The nearest-rank percentile of an ascending-sorted sample: the smallest value such that at least
 * `p` percent of the sample is at or below it. Nearest-rank never interpolates, so p99 is always a
 * latency that some request really had. Returns NaN for an empty sample.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0] ?? Number.NaN;
  // The tiny relative tolerance stops float noise (99.9 / 100 * 1000 = 999.0000000000001) from
  // pushing the rank one place too far.
  const exact = (p / 100) * sorted.length;
  const rank = Math.ceil(exact - exact * 1e-12);
  const index = Math.min(sorted.length, Math.max(1, rank)) - 1;
  return sorted[index] ?? Number.NaN;
}

/**
 * Summarises the first `count` latencies of `samples` (the rest of the preallocated buffer is
 * unused) and a throughput of `completions` requests over `durationMs`. The two counts may differ:
 * throughput counts what completed inside the window, latency what was sent inside it. Sorts a
 * copy, so the caller's buffer is left as recorded.
 */
export function summarize(
  samples: Float64Array,
  count: number,
  durationMs: number,
  completions: number = count,
): LatencySummary {
  const n = Math.max(0, Math.min(count, samples.length));
  const sorted = samples.slice(0, n).sort();
  let total = 0;
  for (let i = 0; i < n; i++) total += sorted[i] ?? 0;
  return {
    requests: completions,
    perSecond: durationMs > 0 ? (completions * 1000) / durationMs : 0,
    samples: n,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: n > 0 ? (sorted[n - 1] ?? Number.NaN) : Number.NaN,
    mean: n > 0 ? total / n : Number.NaN,
  };
}
