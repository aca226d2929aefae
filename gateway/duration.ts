/**
 * Durations as people write them in configuration (`90s`, `10m`, `4h`, `2d`, `250ms`). Kept apart
 * from config.ts so components with their own config sections (handoff/sla) can use it without an
 * import cycle.
 */

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parse durations like `90s`, `10m`, `4h`, `2d`, `250ms` into milliseconds. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  const unit = match?.[2];
  if (!match?.[1] || !unit) throw new Error(`"${text}" is not a duration like 90s, 10m, 4h or 2d`);
  return Math.round(Number(match[1]) * (UNIT_MS[unit] ?? 0));
}
