/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

/** One Chromium for a whole test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A page whose requests to any host but the site's own are recorded (and blocked). */
export async function openPage(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', ...options });
  const page: Page = await context.newPage();
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, context, foreignRequests };
}

/**
 * One page for every test of a describe block, opened before them and closed after them. A fresh
 * context per page check cost a cold profile each time (about 1 s a page here, two thirds of the
 * axe run). Each test navigates anew, so what it checks never comes from the test before it.
 * `prepare` sets the context up once (fonts, display mode, scripts) before the first page loads.
 */
export function useSharedPage(
  browser: () => Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext, page: Page) => Promise<void>,
): () => Page {
  let opened: Awaited<ReturnType<typeof openPage>> | undefined;
  beforeAll(async () => {
    opened = await openPage(browser(), baseUrl, options);
    await prepare?.(opened.context, opened.page);
  });
  afterAll(async () => {
    await opened?.context.close();
  });
  return () => opened!.page;
}
