/**
 * Narrows the procedure catalog's rows as the reader types, using the same folded matching as
 * the catalog (src/lib/procedures/catalog.ts): code or name, every word, diacritics and đ ignored.
 */
import { matchesQuery } from '../lib/procedures/catalog.ts';
import { browserStrings as t } from '../i18n/vi.ts';

export function initCatalogSearch(root = document.querySelector<HTMLElement>('[data-module="catalog-search"]')) {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const rows = [...document.querySelectorAll<HTMLElement>('[data-catalog-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-catalog-group]')];
  if (rows.length === 0) return;

  const apply = () => {
    const query = input.value.trim();
    let shown = 0;
    for (const row of rows) {
      const match = !query || matchesQuery({ code: row.dataset.code ?? '', name: row.dataset.name ?? '' }, query);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-catalog-item]:not([hidden])');
    status.textContent = query ? t.search.catalogCount(shown) : '';
  };
  input.addEventListener('input', apply);
  // A reader coming back with the browser's back button finds the box still filled.
  if (input.value) apply();
}
