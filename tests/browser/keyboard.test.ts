/**
 * Keyboard use of every template: the skip link is the first tab stop and moves focus to <main>;
 * Tab reaches every interactive element, and each shows a visible focus indicator in view.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, useSharedPage } from '../support/browser.ts';
import { walkWithTab } from '../support/keyboard.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
const browser = useBrowser();

describe('keyboard', () => {
  const shared = useSharedPage(browser, baseUrl);
  it.each(templates)(
    '$name: skip link first, every interactive element reachable with Tab and visibly focused',
    async ({ path, waitFor }) => {
      const page = shared();
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      if (waitFor) await page.waitForSelector(waitFor);
      const { candidates, stops } = await walkWithTab(page);

      expect(candidates.length).toBeGreaterThan(5);
      expect(stops[0], 'first tab stop').toMatchObject({
        index: 0,
        label: expect.stringMatching(/^a\.tt-skip-link /),
        indicator: true,
        onPage: true,
      });
      const reached = new Set(stops.map((s) => s.index));
      expect(
        candidates.filter((_, i) => !reached.has(i)),
        'not reachable with Tab',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.indicator).map((s) => s.label),
        'no visible focus indicator',
      ).toEqual([]);
      expect(
        stops.filter((s) => !s.onPage).map((s) => s.label),
        'focused but not visible on the page',
      ).toEqual([]);

      // The skip link is the body's first element, and activating it moves focus to the main content.
      expect(await page.evaluate(() => document.body.firstElementChild?.getAttribute('href'))).toBe('#main-content');
      await page.focus('body > a.tt-skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    },
  );
});
