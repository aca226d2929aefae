/**
 * The customer chat page in real Chromium, at phone and desktop widths: asking, quick replies,
 * reloads, HTML injection, Chinese UI, a forged stored session, and the HTTP fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SessionTokenSigner } from '../../adapters/web/session-tokens';
import { listenWebChatTestApp, TEST_SECRET, type WebChatTestApp } from '../adapters/web/test-app';
import { launchChromium } from '../support/browser';

const SESSION_KEY = 'switchboard.webchat.session';
const signer = new SessionTokenSigner(TEST_SECRET);

let t: WebChatTestApp & { baseUrl: string };
let browser: Browser;

beforeAll(async () => {
  // A short delay per turn, as a real bot has, so the typing indicator can be seen.
  t = await listenWebChatTestApp({ gateway: { delayMs: () => 250 } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`${t.baseUrl}/`);
  await page.locator('.status-dot[data-state="online"]').waitFor();
  return page;
}

async function ask(page: Page, text: string): Promise<void> {
  await page.locator('#input').fill(text);
  await page.locator('#input').press('Enter');
}

function bubbles(page: Page, side: 'in' | 'out') {
  return page.locator(`#transcript .msg--${side} .bubble`);
}

describe.each([
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
])('chat page at $width×$height', (viewport) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport, locale: 'en-US' });
    page = await openPage(context);
  });

  afterAll(async () => {
    await context.close();
  });

  it('answers a question, showing the typing indicator while it waits', async () => {
    await ask(page, 'How long do refunds take?');
    await expect.poll(() => page.locator('#typing').isVisible()).toBe(true);
    await bubbles(page, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    await expect.poll(() => page.locator('#typing').isVisible()).toBe(false);
    expect(await bubbles(page, 'in').last().textContent()).toBe('How long do refunds take?');
  });

  it('sends a quick reply value while showing its label', async () => {
    await ask(page, 'I need help with my ticket');
    await page.getByRole('button', { name: 'Flight ticket' }).click();
    await bubbles(page, 'out').filter({ hasText: 'Flight tickets can be changed' }).waitFor();
    expect(await bubbles(page, 'in').last().textContent()).toBe('Flight ticket');
    expect(t.gateway.received.at(-1)?.text).toBe('ticket-flight');
    // Options belong to the question they answer; once answered they disappear.
    expect(await page.locator('.quick__option').count()).toBe(0);
  });

  it('shows HTML typed by the customer as text', async () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    await ask(page, html);
    await bubbles(page, 'out')
      .filter({ hasText: `You said: ${html}` })
      .waitFor();
    expect(await bubbles(page, 'in').last().textContent()).toBe(html);
    expect(await page.locator('#transcript img, #transcript b').count()).toBe(0);
  });

  it('restores the same transcript after a reload, without duplicates', async () => {
    const before = await page.locator('#transcript .bubble').allTextContents();
    const sessionId = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    expect(() => signer.verify(sessionId ?? '')).not.toThrow();
    await page.reload();
    await page.locator('.status-dot[data-state="online"]').waitFor();
    await expect.poll(() => page.locator('#transcript .bubble').allTextContents()).toEqual(before);
    await page.screenshot({ path: `/tmp/webchat-${viewport.width}.png` });
  });
});

describe('chat page behaviour', () => {
  it('speaks Chinese when the browser does, and switches with the 中/EN toggle', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const page = await openPage(context);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('在线客服');
    expect(await page.locator('#input').getAttribute('placeholder')).toBe('请输入您的问题…');
    await ask(page, '退款要多久？');
    await bubbles(page, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    expect(t.gateway.received.at(-1)?.locale).toBe('zh-CN');
    await page.screenshot({ path: '/tmp/webchat-375-zh.png' });
    await page.locator('#lang-toggle').click();
    expect(await page.locator('h1').textContent()).toBe('Customer service');
    expect(await page.locator('#transcript .msg__author').first().textContent()).toBe('Assistant');
    await context.close();
  });

  it('drops a forged stored session and starts a new one', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const forged = signer.issue().token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [SESSION_KEY, forged] as const,
    );
    const page = await openPage(context);
    await expect.poll(() => page.locator('#banner').textContent()).toMatch(/new one was started/);
    await ask(page, 'refund?');
    await bubbles(page, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    const stored = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    expect(stored).not.toBe(forged);
    expect(() => signer.verify(stored ?? '')).not.toThrow();
    await context.close();
  });

  it('shows an agent message pushed by send() in every open tab', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const first = await openPage(context);
    await ask(first, 'refund?');
    await bubbles(first, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    const second = await openPage(context);
    await bubbles(second, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    const sessionId = await first.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    const address = signer.verify(sessionId ?? '').address;
    await t.adapter.send(
      address,
      { text: 'Hi, this is Mei from support.', metadata: { author: 'agent' } },
      { idempotencyKey: 'k-agent', messageId: 'msg_99999999', conversationId: 'conv_1' },
    );
    for (const page of [first, second]) {
      await bubbles(page, 'out').filter({ hasText: 'Hi, this is Mei from support.' }).waitFor();
      expect(await page.locator('#transcript .msg__author').last().textContent()).toBe('Agent');
    }
    await context.close();
  });

  it('falls back to POST and polling when WebSockets are unavailable', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'WebSocket', { value: undefined });
    });
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/`);
    await ask(page, 'How long do refunds take?');
    await bubbles(page, 'out').filter({ hasText: 'Refunds take 7 days' }).waitFor();
    const sessionId = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
    const address = signer.verify(sessionId ?? '').address;
    // An agent reply stored by the gateway while the page only polls.
    const stored = t.gateway.store(address, {
      direction: 'out',
      author: 'agent',
      text: 'Polling works too.',
    });
    await bubbles(page, 'out').filter({ hasText: stored.text }).waitFor({ timeout: 10_000 });
    expect(await bubbles(page, 'in').count()).toBe(1);
    await context.close();
  });
});
