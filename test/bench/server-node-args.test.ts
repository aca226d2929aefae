/**
 * The bench measures the server as users start it: with the Node options `npm start` and the
 * `switchboard` command's shebang give it. A change to one of the three must reach the others.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_ARGS } from './targets';

const repoFile = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the Node options of the server', () => {
  it('are the same in npm start, the switchboard shebang and the bench', async () => {
    const manifest = JSON.parse(await repoFile('package.json')) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toBe(['node', ...SERVER_NODE_ARGS, 'bin/switchboard.js start'].join(' '));
    const [shebang] = (await repoFile('bin/switchboard.js')).split('\n');
    expect(shebang).toBe(['#!/usr/bin/env -S node', ...SERVER_NODE_ARGS].join(' '));
    expect(SERVER_NODE_ARGS.length).toBeGreaterThan(0);
  });
});
