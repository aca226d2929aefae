/**
 * The embeddable widget on a page of another origin, in real Chromium: the launcher opens the chat
 * in an iframe served by the chat host, the chat works inside it, and the panel closes again.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listenWebChatTestApp, type WebChatTestApp } from '../adapters/web/test-app';
import { launchChromium } from '../support/browser';

let t: WebChatTestApp & { baseUrl: string };
let site: FastifyInstance;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
  t = await listenWebChatTestApp();
  // A customer's own website on another origin (another port) that includes the snippet.
  site = Fastify({ logger: false });
  site.get('/', (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme Travel</title></head>` +
          `<body style="font-family: sans-serif; margin: 40px"><h1>Acme Travel</h1><p>Book flights and hotels.</p>` +
          `<script src="${t.baseUrl}/webchat/widget.js" async></script></body></html>`,
      ),
  );
  siteUrl = await site.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await t?.close();
});

async function openSite(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(siteUrl);
  return page;
}

describe('web chat widget', () => {
  it.each([
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ])('opens the chat from another site at $width×$height and closes again', async ({ width, height }) => {
    const page = await openSite(width, height);
    const launcher = page.getByRole('button', { name: 'Open customer chat' });
    await launcher.click();
    const frameElement = page.locator('iframe[title="Customer chat"]');
    expect(await frameElement.getAttribute('src')).toBe(`${t.baseUrl}/?embed=1`);
    const chat = page.frameLocator('iframe[title="Customer chat"]');
    await chat.locator('.status-dot[data-state="online"]').waitFor();
    await chat.locator('#input').fill('How long do refunds take?');
    await chat.locator('#input').press('Enter');
    await chat.locator('.msg--out .bubble', { hasText: 'Refunds take 7 days' }).waitFor();
    await page.screenshot({ path: `/tmp/webchat-widget-${width}.png` });

    await chat.getByRole('button', { name: 'Close chat' }).click();
    await expect.poll(() => frameElement.isVisible()).toBe(false);
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });
});
