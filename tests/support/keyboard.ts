/**
 * Keyboard walk of a page in a real browser: presses Tab from the top until focus has been round
 * the page, recording each element as it receives focus and whether a focus indicator is visible.
 * An indicator counts when focusing changes the outline (to a visible one), the box-shadow, the
 * background or a drawn border.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Index of the element in the page's list of tabbable candidates (-1: not a candidate). */
  index: number;
  /** Short description: tag, id/class and text. */
  label: string;
  indicator: boolean;
  /** The element has a size and lies inside the page (not pushed off-screen), so it can be seen. */
  onPage: boolean;
}

export interface KeyboardWalk {
  /** Labels of elements a keyboard user should be able to reach (visible, enabled, tabbable). */
  candidates: string[];
  stops: FocusStop[];
}

/**
 * Runs in the page: lists the tabbable candidates, remembers how each looks unfocused, and
 * records every focus change from then on (styles are read in the focusin handler, when the
 * element already matches :focus-visible).
 */
function prepare(): string[] {
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, video[controls], audio[controls], [tabindex], [contenteditable="true"]';
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].filter((c) => !c.startsWith('astro')).join('.')}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.borderStyle];
  };
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert], details:not([open]) > :not(summary)') &&
      el.checkVisibility({ visibilityProperty: true }),
  );
  const unfocused = candidates.map(look);
  const stops: FocusStop[] = [];
  (window as unknown as { __kbStops: FocusStop[] }).__kbStops = stops;
  const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  document.addEventListener('focusin', (event) => {
    const el = event.target as HTMLElement;
    const index = candidates.indexOf(el);
    const now = look(el);
    const before = index >= 0 ? unfocused[index]! : now;
    const outline =
      now[0] !== 'none' &&
      parseFloat(now[1]!) > 0 &&
      !transparent(now[2]!) &&
      (now[0] !== before[0] || now[1] !== before[1] || now[2] !== before[2]);
    const shadow = now[3] !== 'none' && now[3] !== before[3];
    const background = now[4] !== before[4];
    // A border colour follows the text colour by default: it only counts when the border is drawn.
    const border = now[7] !== 'none' && parseFloat(now[6]!) > 0 && (now[5] !== before[5] || now[6] !== before[6]);
    const rect = el.getBoundingClientRect();
    const left = rect.left + scrollX;
    const top = rect.top + scrollY;
    const onPage =
      rect.width > 0 && rect.height > 0 && left + rect.width > 0 && top + rect.height > 0 && left < document.documentElement.scrollWidth;
    const label = index >= 0 ? describe(el) : `${describe(el)} (not a candidate)`;
    stops.push({ index, label, indicator: outline || shadow || background || border, onPage });
  });
  return candidates.map(describe);
}

/** Tabs through the whole page (focus starts at the top of a freshly loaded page). */
export async function walkWithTab(page: Page): Promise<KeyboardWalk> {
  const candidates = await page.evaluate(prepare);
  const read = () => page.evaluate(() => (window as unknown as { __kbStops: FocusStop[] }).__kbStops);
  const wentRound = (stops: FocusStop[]) => stops.some((s, i) => s.index >= 0 && stops.findIndex((t) => t.index === s.index) < i);
  // Enough presses to go round once, plus more if focus stops elsewhere too (e.g. scrollable
  // regions); a keyboard trap ends the walk with some candidates never reached.
  let recorded: FocusStop[] = [];
  for (let round = 0, presses = candidates.length + 2; round < 4 && !wentRound(recorded); round++, presses = 20) {
    for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
    recorded = await read();
  }
  const seen = new Set<number>();
  const stops: FocusStop[] = [];
  for (const stop of recorded) {
    if (stop.index >= 0 && seen.has(stop.index)) break; // went round: the walk is complete
    seen.add(stop.index);
    stops.push(stop);
  }
  return { candidates, stops };
}
