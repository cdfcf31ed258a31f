/**
 * axe-core (WCAG 2.0–2.2 A/AA rules) on one page of every template, in the default display, with
 * the portal's high-contrast mode on, and with the browser's text size at 200 %.
 */
import { describe, expect, inject, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { applyDisplayMode, DISPLAY_MODES, expectDisplayMode } from '../support/display.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
const browser = useBrowser();

describe.each(DISPLAY_MODES)('accessibility (%s display)', (mode) => {
  it.each(templates)('$name ($path) has no axe violation', async ({ path, waitFor }) => {
    const { page, context } = await openPage(browser(), baseUrl);
    try {
      await applyDisplayMode(context, page, mode);
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      await expectDisplayMode(page, mode);
      expect(formatViolations(await runAxe(page))).toBe('');
    } finally {
      await context.close();
    }
  });
});
