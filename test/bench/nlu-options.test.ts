import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFoldNotes } from './nlu/evaluate';
import { DEFAULT_DATA_DIR, DEFAULT_TIMEOUT_SECONDS, parseNluBenchOptions } from './nlu/options';

describe('parseNluBenchOptions', () => {
  it('defaults to every set and peer, the shared data folder and the default cap', () => {
    const options = parseNluBenchOptions([], {});
    expect(options).toMatchObject({
      sets: undefined,
      peers: ['ours', 'nlpjs', 'natural-bayes', 'natural-lr'],
      dataDir: DEFAULT_DATA_DIR,
      timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
      folds: 5,
      seed: 1,
      json: false,
    });
    expect(DEFAULT_DATA_DIR.endsWith(path.join('shared', 'data'))).toBe(true);
  });

  it('narrows sets and peers, keeping the table order of peers', () => {
    const options = parseNluBenchOptions(
      ['--sets', 'clinc150, banking77', '--peers', 'nlpjs,ours', '--json'],
      {},
    );
    expect(options.sets).toEqual(['clinc150', 'banking77']);
    expect(options.peers).toEqual(['ours', 'nlpjs']);
    expect(options.json).toBe(true);
  });

  it('takes the cap from the flag before BENCH_NLU_TIMEOUT, and the data folder from BENCH_NLU_DATA', () => {
    expect(parseNluBenchOptions([], { BENCH_NLU_TIMEOUT: '90' }).timeoutSeconds).toBe(90);
    expect(parseNluBenchOptions(['--timeout', '2.5'], { BENCH_NLU_TIMEOUT: '90' }).timeoutSeconds).toBe(2.5);
    expect(parseNluBenchOptions([], { BENCH_NLU_DATA: '/tmp/sets' }).dataDir).toBe('/tmp/sets');
  });

  it('refuses unknown peers, bad numbers and unknown flags', () => {
    expect(() => parseNluBenchOptions(['--peers', 'luis'], {})).toThrow(/--peers takes ours, nlpjs/);
    expect(() => parseNluBenchOptions(['--timeout', '0'], {})).toThrow(/--timeout/);
    expect(() => parseNluBenchOptions(['--folds', '1'], {})).toThrow(/--folds/);
    expect(() => parseNluBenchOptions([], { BENCH_NLU_TIMEOUT: 'soon' })).toThrow(/--timeout.*"soon"/);
    expect(() => parseNluBenchOptions(['--fast'], {})).toThrow(/fast/);
  });
});

describe('mergeFoldNotes', () => {
  it('lists a note once when every fold agrees and per fold when values differ', () => {
    const merged = mergeFoldNotes([
      ['threshold chosen by: CV', 'threshold: 0.2', 'warm'],
      ['threshold chosen by: CV', 'threshold: 0.3', 'warm'],
    ]);
    expect(merged).toEqual(['threshold chosen by: CV', 'threshold: 0.2, 0.3 (per fold)', 'warm']);
  });
});
