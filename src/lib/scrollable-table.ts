/**
 * Tables that may be wider than a phone scroll inside a box of their own (WCAG 1.4.10: the page
 * never scrolls sideways). A box that scrolls must be reachable by keyboard (axe's
 * scrollable-region-focusable), so it is focusable, and named by what its columns are so a screen
 * reader says what was focused. It is a named group, not a region: a landmark per table would
 * clutter landmark navigation (and landmarks must have unique names, tables' columns need not).
 *
 * One definition for the three places that render tables: components (ScrollableTable.astro), Markdown
 * in content files (Sätteri plugin below) and Markdown in data files (marked, in markdown.ts).
 */
import type { HastPluginDefinition } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { t } from '../i18n/vi.ts';

/** Column names that keep a table's name short enough to hear: the first few. */
const MAX_HEADERS = 4;

export const SCROLLABLE_TABLE_CLASS = 'tt-table-scroll';

/** The box's accessible name from the table's header cells (blank ones left out). */
export function scrollableTableLabel(headers: string[]): string {
  const names = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const shown = names.slice(0, MAX_HEADERS);
  if (names.length > MAX_HEADERS) shown[MAX_HEADERS - 1] += '…';
  return t.scrollableTable(shown);
}

/** The wrapper's opening tag, for renderers that write HTML as text (marked). */
export function scrollableTableOpenTag(label: string): string {
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<div class="${SCROLLABLE_TABLE_CLASS}" role="group" tabindex="0" aria-label="${escaped}">`;
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';
const childElements = (node: Element, tagName: string) => node.children.filter(isElement).filter((c) => c.tagName === tagName);

/** Sätteri hast plugin for content Markdown: wraps every table in its scroll region. */
export const scrollableTables: HastPluginDefinition = {
  name: 'trangtin-scrollable-tables',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      const headRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
      const headers = headRow ? childElements(headRow, 'th').map((th) => ctx.textContent(th)) : [];
      const properties = { className: [SCROLLABLE_TABLE_CLASS], role: 'group', tabIndex: 0, ariaLabel: scrollableTableLabel(headers) };
      ctx.wrapNode(table, { type: 'element', tagName: 'div', properties, children: [] });
    },
  },
};
