/**
 * The quick start, for real: `switchboard start` (what `npm start` runs) as a child process with
 * embedded defaults, then a customer in Chromium asks demo FAQ questions in the web chat page and
 * sees the answers; the transcript survives a reload; SIGTERM shuts down cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';

const BIN = join(import.meta.dirname, '../../bin/switchboard.js');

function startServer(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"address":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

describe('npm start serves the web chat, and a customer gets answers in Chromium', () => {
  let dataDir: string;
  let server: { child: ChildProcess; baseUrl: string };
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sb-e2e-'));
    server = await startServer(dataDir);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers an English and a Chinese FAQ question in the page, and keeps them after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.baseUrl + '/');
    await page.fill('#input', 'How do I get a refund for my flight?');
    await page.press('#input', 'Enter');
    await expect
      .poll(() => page.locator('#transcript .bubble--bot').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/Request refund/)]));
    await page.fill('#input', '我的行李丢了怎么办');
    await page.press('#input', 'Enter');
    await expect
      .poll(async () => (await page.locator('#transcript .bubble--bot').allTextContents()).at(-1), {
        timeout: 10_000,
      })
      .toMatch(/行李/);
    // Kept for a person to look at: what the customer saw.
    await page.screenshot({ path: join(tmpdir(), 'switchboard-e2e-chat.png') });
    await page.reload();
    await expect
      .poll(() => page.locator('#transcript .bubble--customer').allTextContents(), { timeout: 10_000 })
      .toEqual(['How do I get a refund for my flight?', '我的行李丢了怎么办']);
    await context.close();
  });

  it('greets back, offers what the bot thought of after a miss, and answers the suggestion tapped', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.baseUrl + '/');
    const lastBot = async () => (await page.locator('#transcript .bubble--bot').allTextContents()).at(-1);
    await page.fill('#input', '你好');
    await page.press('#input', 'Enter');
    await expect.poll(lastBot, { timeout: 10_000 }).toMatch(/请问有什么可以帮您/);
    await page.fill('#input', 'can I bring my dog');
    await page.press('#input', 'Enter');
    await expect.poll(lastBot, { timeout: 10_000 }).toMatch(/Did you mean one of these\?/);
    const option = page.locator('.quick__option').first();
    const label = (await option.textContent()) ?? '';
    expect(label.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(tmpdir(), 'switchboard-e2e-suggestions.png') });
    await option.click();
    await expect
      .poll(async () => (await page.locator('#transcript .bubble--customer').allTextContents()).at(-1), {
        timeout: 10_000,
      })
      .toBe(label);
    await expect.poll(lastBot, { timeout: 10_000 }).not.toMatch(/Did you mean|rephrase/);
    expect(await page.locator('.quick__option').count()).toBe(0);
    await context.close();
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) =>
      server.child.once('exit', (code) => resolve(code)),
    );
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
