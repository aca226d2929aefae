/**
 * How much of the machine's CPU went to processes other than the bench and the server under test
 * during a run. The bench machine is shared (other builds, tests, linters), and on 2 cores a busy
 * neighbour changes throughput far more than any code change would; this figure says when a run's
 * numbers should not be trusted. Linux only (reads /proc); elsewhere it reports nothing.
 */
import { readFileSync } from 'node:fs';

/** CPU counters at one instant, in clock ticks. */
export interface CpuSample {
  /** All CPUs, time not idle. */
  machineBusy: number;
  /** All CPUs, all time. */
  machineTotal: number;
  /** User + system time of each watched process, in the order their pids were given. */
  processes: number[];
}

/**
 * Length of a clock tick in ms. Linux reports /proc times in USER_HZ, which is 100 on every
 * architecture Node runs on (it is part of the kernel ABI, unlike the kernel's own HZ).
 */
const MS_PER_TICK = 10;

/** Ticks (utime + stime) in a /proc `stat` file, undefined when it cannot be read. */
function statTicks(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name, which is in parentheses and may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return undefined;
  }
}

/** Ticks used by one process (utime + stime), 0 when it is gone. */
function processTicks(pid: number): number {
  return statTicks(`/proc/${pid}/stat`) ?? 0;
}

/**
 * Ticks used by a process's main thread alone (for Node, the event loop; worker threads and the
 * garbage collector's helpers are threads of their own), undefined where /proc does not tell.
 */
export function mainThreadTicks(pid: number): number | undefined {
  return statTicks(`/proc/${pid}/task/${pid}/stat`);
}

/** Ticks between two readings as ms, undefined when either is missing or they run backwards. */
export function ticksToMs(start: number | undefined, end: number | undefined): number | undefined {
  if (start === undefined || end === undefined || end < start) return undefined;
  return (end - start) * MS_PER_TICK;
}

/** A sample of the machine and of `pids`, or undefined where /proc is not available. */
export function sampleCpu(pids: readonly number[]): CpuSample | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal; guest time is already inside user.
    const total = ticks.slice(0, 8).reduce((sum, n) => sum + n, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { machineBusy: total - idle, machineTotal: total, processes: pids.map(processTicks) };
  } catch {
    return undefined;
  }
}

/**
 * Fraction (0..1) of the machine's CPU capacity used by other processes between two samples
 * taken with the same `pids`; undefined when either sample is missing or no time passed.
 */
export function foreignCpuShare(
  before: CpuSample | undefined,
  after: CpuSample | undefined,
): number | undefined {
  if (!before || !after) return undefined;
  const total = after.machineTotal - before.machineTotal;
  if (total <= 0) return undefined;
  const watched = after.processes.reduce((sum, ticks, i) => sum + ticks - (before.processes[i] ?? ticks), 0);
  const foreign = after.machineBusy - before.machineBusy - watched;
  return Math.min(1, Math.max(0, foreign / total));
}

/** CPU time (user + system, ms) the `index`-th watched process used between two samples. */
export function processCpuMs(
  before: CpuSample | undefined,
  after: CpuSample | undefined,
  index: number,
): number | undefined {
  return ticksToMs(before?.processes[index], after?.processes[index]);
}
