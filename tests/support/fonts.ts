/**
 * The font families browser checks run in. Layout depends on glyph widths: Android phones render
 * with Noto/Roboto, many desktops with DejaVu, so every template is checked in both, and a layout
 * that only fits one font's metrics fails. `.ci/run` installs both (fonts-noto-core, fonts-dejavu-core).
 */
import type { BrowserContext, Page } from 'playwright-core';

export const FONT_FAMILIES = [
  { name: 'Noto Sans', slug: 'noto', debianPackage: 'fonts-noto-core' },
  { name: 'DejaVu Sans', slug: 'dejavu', debianPackage: 'fonts-dejavu-core' },
] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/**
 * Renders every page the context opens in one family, whatever the site's font stack says, by a
 * stylesheet added before the page's own scripts run (so script-rendered content gets it too).
 */
export async function forceFontFamily(context: BrowserContext, family: FontFamily): Promise<void> {
  await context.addInitScript((name) => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.dataset.testFont = name;
      style.textContent = `*, *::before, *::after { font-family: "${name}" !important; }`;
      document.head.append(style);
    });
  }, family.name);
}

/**
 * Throws unless the loaded page renders in the family: the forced style applies, and the family is
 * installed (a missing font silently falls back to another one, and the check would prove nothing).
 * Installed means text measures differently from two different generic fallbacks.
 */
export async function expectRenderedIn(page: Page, family: FontFamily): Promise<void> {
  const { applied, installed } = await page.evaluate((name) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const width = (font: string) => {
      context.font = `32px ${font}`;
      return context.measureText('Thủ tục hành chính mmmwwwiiilll 0123').width;
    };
    return {
      applied: getComputedStyle(document.body).fontFamily.includes(name),
      installed: ['monospace', 'serif'].some((generic) => width(`"${name}", ${generic}`) !== width(generic)),
    };
  }, family.name);
  if (!applied) throw new Error(`the page is not rendered in "${family.name}": forceFontFamily was not applied`);
  if (!installed) throw new Error(`font "${family.name}" is not installed: apt-get install ${family.debianPackage}`);
}
