/**
 * axe-core in a playwright page: injects the library and runs it with the WCAG 2.2 AA rule set
 * the law refers to. The page's own origin serves nothing of axe; it is injected as a script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, useSharedPage } from './browser.ts';
import { applyDisplayMode, DISPLAY_MODES, expectDisplayMode, type DisplayMode } from './display.ts';
import { expectRenderedIn, FONT_FAMILIES, forceFontFamily, type FontFamily } from './fonts.ts';
import type { Template } from './templates.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe in every page the context loads: cheaper than adding it to each page after it loads. */
export async function addAxeToEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** Runs axe on the page as it is now and returns the violations. */
export async function runAxe(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return results.violations;
}

/** One block per violation with the first few offending elements, for a readable failure. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} – ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`)
          .join('\n')}`,
    )
    .join('\n');
}

/** One way a reader sees a page: font family, display mode and screen width. */
export interface AxeCase {
  family: FontFamily;
  mode: DisplayMode;
  width: number;
}

/**
 * Every way the portal is checked with axe: each font family, at a phone's width in each display
 * mode, and at a desktop's width in the default display (some rules, such as scrollable regions,
 * only apply where a table is wider than the screen). The first case is the fast tier's; the
 * others are the slow tier's (tests/vitest.config.ts).
 */
export const AXE_CASES: AxeCase[] = FONT_FAMILIES.flatMap((family) => [
  ...DISPLAY_MODES.map((mode) => ({ family, mode, width: 320 })),
  { family, mode: DISPLAY_MODES[0]!, width: 1280 },
]);

/** A describe block per case: axe on one page of every template, with no violation. */
export function describeAxe(cases: readonly AxeCase[], baseUrl: string, templates: readonly Template[]): void {
  const browser = useBrowser();
  describe.each(cases)('accessibility in $family.name, $mode display at $width px', ({ family, mode, width }) => {
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
}
