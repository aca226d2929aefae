import { describe, expect, it } from 'vitest';
import { foreignCpuShare, mainThreadTicks, processCpuMs, sampleCpu, ticksToMs } from './cpu-share';

describe('foreignCpuShare', () => {
  it('is the busy time not spent by the watched processes, as a share of all CPU time', () => {
    const before = { machineBusy: 1000, machineTotal: 4000, processes: [200, 300] };
    const after = { machineBusy: 1800, machineTotal: 6000, processes: [500, 600] };
    // 800 busy ticks, 600 of them ours: 200 of 2000 elapsed CPU ticks went to others.
    expect(foreignCpuShare(before, after)).toBeCloseTo(0.1);
  });

  it('clamps counter noise to 0..1 and gives up without data', () => {
    const before = { machineBusy: 0, machineTotal: 0, processes: [0] };
    expect(foreignCpuShare(before, { machineBusy: 10, machineTotal: 100, processes: [20] })).toBe(0);
    expect(foreignCpuShare(before, before)).toBeUndefined();
    expect(foreignCpuShare(undefined, before)).toBeUndefined();
  });

  it('gives one process its CPU time in ms (10 ms per tick)', () => {
    const before = { machineBusy: 0, machineTotal: 0, processes: [5, 7] };
    const after = { machineBusy: 0, machineTotal: 0, processes: [9, 7] };
    expect(processCpuMs(before, after, 0)).toBe(40);
    expect(processCpuMs(before, after, 1)).toBe(0);
    expect(processCpuMs(before, after, 2)).toBeUndefined();
  });

  it('turns two tick readings into ms, and nothing when one is missing or they run backwards', () => {
    expect(ticksToMs(5, 9)).toBe(40);
    expect(ticksToMs(undefined, 9)).toBeUndefined();
    expect(ticksToMs(9, 5)).toBeUndefined();
  });

  it("reads this process's main thread on Linux, never more than the whole process", () => {
    if (process.platform !== 'linux') return;
    const thread = mainThreadTicks(process.pid);
    const whole = sampleCpu([process.pid])?.processes[0];
    expect(thread).toBeGreaterThan(0);
    expect(thread).toBeLessThanOrEqual(whole ?? 0);
    expect(mainThreadTicks(2 ** 22 + 1)).toBeUndefined();
  });

  it('reads this process on Linux', () => {
    const sample = sampleCpu([process.pid]);
    if (process.platform !== 'linux') return;
    expect(sample?.machineTotal).toBeGreaterThan(0);
    expect(sample?.processes[0]).toBeGreaterThan(0);
  });
});
