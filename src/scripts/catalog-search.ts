/**
 * The catalog's find-a-procedure box, with the same folded matching as the catalog
 * (src/lib/procedures/catalog.ts): code or name, every word, diacritics and đ ignored.
 * It narrows the rows on the page when they are the whole list; on a large catalog's pages it
 * searches the catalog's list (paths.catalogIndex, fetched once, when the box is first used).
 */
import { matchesQuery } from '../lib/procedures/catalog.ts';
import { paths } from '../lib/routes.ts';
import { browserStrings as t } from '../i18n/vi.ts';

/** Matches listed under the box at most: enough to choose from, short enough to read on a phone. */
const SHOWN_MATCHES = 30;

interface IndexEntry {
  code: string;
  name: string;
  field: string;
}

export function initCatalogSearch(root = document.querySelector<HTMLElement>('[data-module="catalog-search"]')) {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const apply = root.dataset.index ? searchIndex(root, root.dataset.index, input, status) : narrowRows(input, status);
  if (!apply) return;
  input.addEventListener('input', () => void apply());
  // A reader coming back with the browser's back button finds the box still filled.
  if (input.value) void apply();
}

/** Hides the page's rows (and emptied groups) that do not match. */
function narrowRows(input: HTMLInputElement, status: HTMLElement) {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-catalog-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-catalog-group]')];
  if (rows.length === 0) return undefined;
  return () => {
    const query = input.value.trim();
    let shown = 0;
    for (const row of rows) {
      const match = !query || matchesQuery({ code: row.dataset.code ?? '', name: row.querySelector('a')?.textContent ?? '' }, query);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-catalog-item]:not([hidden])');
    status.textContent = query ? t.search.catalogCount(shown) : '';
  };
}

/** Lists the catalog's matching procedures under the box. */
function searchIndex(root: HTMLElement, url: string, input: HTMLInputElement, status: HTMLElement) {
  const list = root.querySelector<HTMLUListElement>('[data-results]')!;
  let entries: Promise<IndexEntry[]> | undefined;
  const load = () => {
    entries ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<{ items: [string, string, string][] }>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => data.items.map(([code, name, field]) => ({ code, name, field })));
    entries.catch(() => (entries = undefined));
    return entries;
  };
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  return async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = '';
      return;
    }
    let all: IndexEntry[];
    try {
      if (!entries) status.textContent = t.search.catalogLoading;
      all = await load();
    } catch {
      status.textContent = t.search.catalogFailed;
      return;
    }
    if (input.value.trim() !== query) return; // the reader typed on meanwhile
    const found = all.filter((p) => matchesQuery(p, query));
    list.replaceChildren(
      ...found.slice(0, SHOWN_MATCHES).map((p) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: paths.procedure(p.code), textContent: p.name });
        const detail = Object.assign(document.createElement('span'), { className: 'tt-muted', textContent: ` (${p.code} · ${p.field})` });
        item.append(link, detail);
        return item;
      }),
    );
    list.hidden = found.length === 0;
    status.textContent =
      t.search.catalogCount(found.length) + (found.length > SHOWN_MATCHES ? `. ${t.search.catalogMore(SHOWN_MATCHES)}` : '');
  };
}
