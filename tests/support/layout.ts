/** Horizontal overflow of a page in a real browser (a page must never scroll sideways: WCAG 1.4.10). */
import type { Page } from 'playwright-core';

export interface Overflow {
  scrollsSideways: boolean;
  /** Up to five elements sticking out past the right edge, to say what to fix. */
  culprits: string[];
}

/** Whether the page is wider than the viewport now, and which elements make it so. */
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = document.documentElement.scrollWidth > width;
    const culprits = scrollsSideways
      ? [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
          .filter((el) => !el.closest('.tt-visually-hidden, .tt-skip-link'))
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} right=${Math.round(el.getBoundingClientRect().right)}`,
          )
      : [];
    return { scrollsSideways, culprits };
  });
}
