/**
 * The display modes a reader can be in when a page is checked: the portal's own high-contrast
 * switch (stored in localStorage, as the display-settings buttons do) and a browser set to 200 %
 * text size (the browser's default font size doubled, as in the browser's settings: WCAG 1.4.4).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { STORAGE_KEY } from '../../src/scripts/display-settings.ts';

export type DisplayMode = 'default' | 'high-contrast' | 'text-200';
export const DISPLAY_MODES: DisplayMode[] = ['default', 'high-contrast', 'text-200'];

/** Browsers' default font size in CSS px; 200 % text doubles it. */
const DEFAULT_FONT_PX = 16;
const DEFAULT_FIXED_PX = 13;

/** Puts a fresh context/page into a display mode before any page of the site loads. */
export async function applyDisplayMode(context: BrowserContext, page: Page, mode: DisplayMode): Promise<void> {
  if (mode === 'high-contrast') {
    await context.addInitScript(([key]) => localStorage.setItem(key!, JSON.stringify({ contrast: true })), [STORAGE_KEY]);
  }
  if (mode === 'text-200') await setTextSize(context, page, 2);
}

/** The browser's default font size times `scale` (1: as shipped); applies at once, also to a loaded page. */
export async function setTextSize(context: BrowserContext, page: Page, scale: 1 | 2): Promise<void> {
  const cdp = await context.newCDPSession(page);
  // The session stays open: detached, it takes the setting with it at the next navigation.
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: DEFAULT_FONT_PX * scale, fixed: DEFAULT_FIXED_PX * scale } });
}

/** What the loaded page shows of the mode, to assert the mode really took effect. */
export async function displayState(page: Page): Promise<{ contrast: string | undefined; rootFontPx: number }> {
  return page.evaluate(() => ({
    contrast: document.documentElement.dataset.contrast,
    rootFontPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
  }));
}

/** Asserts (throws) that the page is in the mode it was put in. */
export async function expectDisplayMode(page: Page, mode: DisplayMode): Promise<void> {
  const state = await displayState(page);
  const ok =
    mode === 'high-contrast'
      ? state.contrast === 'high'
      : mode === 'text-200'
        ? state.rootFontPx === DEFAULT_FONT_PX * 2
        : state.contrast === undefined && state.rootFontPx === DEFAULT_FONT_PX;
  if (!ok) throw new Error(`page is not in display mode ${mode}: ${JSON.stringify(state)}`);
}
