/**
 * The bench measures the server as users start it: with the Node options `npm start` gives it. A
 * change to either must reach the other.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_ARGS } from './targets';

const repoFile = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the Node options of the server', () => {
  it('are the same in npm start and the bench', async () => {
    const manifest = JSON.parse(await repoFile('package.json')) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toBe(['node', ...SERVER_NODE_ARGS, 'bin/switchboard.js start'].join(' '));
    expect(SERVER_NODE_ARGS.length).toBeGreaterThan(0);
  });
});
