/**
 * Keyboard use of every template: the skip link is the first tab stop and moves focus to <main>;
 * Tab reaches every interactive element, and each shows a visible focus indicator in view.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { walkWithTab } from '../support/keyboard.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard', () => {
  it.each(templates)('$name: the skip link is the first tab stop and moves focus to main', async ({ path }) => {
    const { page, context } = await openPage(browser, baseUrl);
    try {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const rect = el.getBoundingClientRect();
        return { href: el.getAttribute('href'), firstInBody: document.body.firstElementChild === el, visible: rect.left >= 0 && rect.top >= 0 && rect.width > 0 && rect.height > 0 };
      });
      expect(first).toEqual({ href: '#main-content', firstInBody: true, visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    } finally {
      await context.close();
    }
  });

  it.each(templates)('$name: Tab reaches every interactive element, each with a visible focus indicator', async ({ path, waitFor }) => {
    const { page, context } = await openPage(browser, baseUrl);
    try {
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      const { candidates, stops } = await walkWithTab(page);
      expect(candidates.length).toBeGreaterThan(5);
      const reached = new Set(stops.map((s) => s.index));
      expect(candidates.filter((_, i) => !reached.has(i)), 'not reachable with Tab').toEqual([]);
      expect(stops.filter((s) => !s.indicator).map((s) => s.label), 'no visible focus indicator').toEqual([]);
      expect(stops.filter((s) => !s.inView).map((s) => s.label), 'focused but out of view').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
