/**
 * Keyboard walk of a page in a real browser: presses Tab from the top until focus comes back
 * round, and records for each stop whether a focus indicator is visible. An indicator counts when
 * focusing changes the outline (to a visible one), the box-shadow, the background or the border.
 */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** Index of the element in the page's list of tabbable candidates (-1: not a candidate). */
  index: number;
  /** Short description: tag, id/class and text. */
  label: string;
  indicator: boolean;
  /** The focused element is at least partly inside the viewport. */
  inView: boolean;
}

export interface KeyboardWalk {
  /** Labels of elements a keyboard user should be able to reach (visible, enabled, tabbable). */
  candidates: string[];
  stops: FocusStop[];
}

/** Marks the tabbable candidates and remembers how each looks unfocused. Runs in the page. */
function prepare(): string[] {
  const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].filter((c) => !c.startsWith('astro')).join('.')}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert], details:not([open]) > :not(summary)') && el.checkVisibility({ visibilityProperty: true }),
  );
  const w = window as unknown as { __kb: { el: HTMLElement; style: string }[] };
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.borderStyle]);
  };
  w.__kb = candidates.map((el) => ({ el, style: look(el) }));
  return candidates.map(describe);
}

/** Describes the focused element and compares its look with its unfocused look. Runs in the page. */
function inspect(): FocusStop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const w = window as unknown as { __kb: { el: HTMLElement; style: string }[] };
  const index = w.__kb.findIndex((c) => c.el === el);
  const s = getComputedStyle(el);
  const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.borderWidth, s.borderStyle];
  const before = index >= 0 ? (JSON.parse(w.__kb[index]!.style) as string[]) : now;
  const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
  const outline = now[0] !== 'none' && parseFloat(now[1]!) > 0 && !transparent(now[2]!) && (now[0] !== before[0] || now[1] !== before[1] || now[2] !== before[2]);
  const shadow = now[3] !== 'none' && now[3] !== before[3];
  const background = now[4] !== before[4];
  // A border colour follows the text colour by default: it only counts when the border is drawn.
  const border = now[7] !== 'none' && parseFloat(now[6]!) > 0 && (now[5] !== before[5] || now[6] !== before[6]);
  const rect = el.getBoundingClientRect();
  const inView = rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
  const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  return { index, label, indicator: outline || shadow || background || border, inView };
}

/** Tabs through the whole page (focus starts at the top of a freshly loaded page). */
export async function walkWithTab(page: Page): Promise<KeyboardWalk> {
  const candidates = await page.evaluate(prepare);
  const stops: FocusStop[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < candidates.length + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspect);
    if (!stop) break; // focus left the document: the walk went round
    if (stop.index >= 0 && seen.has(stop.index)) break;
    seen.add(stop.index);
    stops.push(stop);
  }
  return { candidates, stops };
}
