/**
 * The high-contrast switch the accessibility checks rely on: the button turns the mode on, says
 * so (aria-pressed), and the choice is stored under the key the axe run presets.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/scripts/display-settings.ts';
import { launchBrowser, openPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('display settings', () => {
  it('switches high contrast on with the button and keeps it on the next page', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    try {
      await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      const button = page.locator('[data-module="display-settings"] [data-action="contrast"]');
      await expect.poll(() => button.isVisible()).toBe(true);
      await button.click();
      expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}')).toMatchObject({ contrast: true });
      await page.goto(`${baseUrl}/tin-tuc/`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    } finally {
      await context.close();
    }
  });
});
