/**
 * Layout of every template in each font family a reader's device may use (tests/support/fonts.ts):
 * no horizontal scrolling at phone and desktop widths, nor with the browser's text at 200 %, and
 * full-page screenshots at 320 and 1280 px for people to look at (tests/.output/screenshots/,
 * kept by CI; not compared pixel by pixel).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, useSharedPage } from '../support/browser.ts';
import { expectDisplayMode, setTextSize } from '../support/display.ts';
import { expectRenderedIn, FONT_FAMILIES, forceFontFamily } from '../support/fonts.ts';
import { horizontalOverflow } from '../support/layout.ts';
import { representativeTemplates } from '../support/templates.ts';

const baseUrl = inject('baseUrl');
const templates = representativeTemplates(inject('distDir'));
const WIDTHS = [320, 375, 1280];
const TEXT_200_WIDTHS = [320, 1280];
const SCREENSHOT_WIDTHS = new Set([320, 1280]);
const SCREENSHOT_DIR = join(import.meta.dirname, '..', '.output', 'screenshots');
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

describe.each(FONT_FAMILIES)('layout in $name', (family) => {
  const shared = useSharedPage(browser, baseUrl, {}, (context) => forceFontFamily(context, family));
  it.each(templates)('$name does not scroll sideways at 320, 375 and 1280 px, nor with 200 % text', async ({ name, path, waitFor }) => {
    const page = shared();
    const context = page.context();
    // The text size of the test before is undone first.
    await setTextSize(context, page, 1);
    await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    if (waitFor) await page.waitForSelector(waitFor);
    await expectRenderedIn(page, family);
    await expectDisplayMode(page, 'default');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await horizontalOverflow(page), `${width} px`).toEqual({ scrollsSideways: false, culprits: [] });
      if (SCREENSHOT_WIDTHS.has(width))
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${family.slug}-${width}.png`), fullPage: true });
    }
    await setTextSize(context, page, 2);
    await expectDisplayMode(page, 'text-200');
    for (const width of TEXT_200_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await horizontalOverflow(page), `${width} px, 200 % text`).toEqual({ scrollsSideways: false, culprits: [] });
    }
  });
});
