/**
 * axe-core (WCAG 2.0–2.2 A/AA rules) on one page of every template, in each font family a reader's
 * device may use (what scrolls or overlaps depends on glyph widths), at a phone's width in the
 * default display, with the portal's high-contrast mode on and with the browser's text size at 200 %,
 * and at a desktop's width in the default display (some rules, such as scrollable regions, only
 * apply where a table is wider than the screen).
 */
import { describe, expect, inject, it } from 'vitest';
import { addAxeToEveryPage, formatViolations, runAxe } from '../support/axe.ts';
import { useBrowser, useSharedPage } from '../support/browser.ts';
import { applyDisplayMode, DISPLAY_MODES, expectDisplayMode } from '../support/display.ts';
import { expectRenderedIn, FONT_FAMILIES, forceFontFamily } from '../support/fonts.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
const browser = useBrowser();
const CASES = [...DISPLAY_MODES.map((mode) => ({ mode, width: 320 })), { mode: DISPLAY_MODES[0]!, width: 1280 }];

describe.each(FONT_FAMILIES)('accessibility in $name', (family) => {
  describe.each(CASES)('$mode display at $width px', ({ mode, width }) => {
    const shared = useSharedPage(browser, baseUrl, { viewport: { width, height: 800 } }, async (context, page) => {
      await forceFontFamily(context, family);
      await applyDisplayMode(context, page, mode);
      await addAxeToEveryPage(context);
    });
    it.each(templates)('$name ($path) has no axe violation', async ({ path, waitFor }) => {
      const page = shared();
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      await expectRenderedIn(page, family);
      await expectDisplayMode(page, mode);
      expect(formatViolations(await runAxe(page))).toBe('');
    });
  });
});
