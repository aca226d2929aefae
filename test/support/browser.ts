/**
 * Launches Debian's Chromium through playwright-core for browser tests. The browser is a real
 * dependency of the suite: when it is missing the tests fail with a message saying how to get it,
 * they never skip.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Where Chromium is: CHROMIUM_PATH, else `which chromium`, else /usr/bin/chromium. */
export function chromiumPath(): string {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') return configured;
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    if (found !== '') return found;
  } catch {
    // `which` exits 1 when nothing is found; fall through to the Debian default.
  }
  return DEFAULT_PATH;
}

/** Launch headless Chromium, or throw a clear error naming what is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    accessSync(executablePath, constants.X_OK);
  } catch (error) {
    throw new Error(
      `Chromium is required for browser tests but was not found at ${executablePath}. ` +
        'Install it (Debian: `apt-get install chromium fonts-wqy-zenhei`) or set CHROMIUM_PATH.',
      { cause: error },
    );
  }
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
