/**
 * The directory's finder: narrows the communes and wards to those whose name, former units or
 * former districts match every word typed (diacritics and đ ignored), and says how many remain
 * (in the page's words: src/components/UnitDirectory.astro).
 */
import { matchesPlace } from '../lib/units/place-match.ts';

export function initUnitFinder(root = document.querySelector<HTMLElement>('[data-module="unit-finder"]')) {
  if (!root) return;
  const input = root.querySelector<HTMLInputElement>('input')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const items = [...document.querySelectorAll<HTMLElement>('[data-unit-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-unit-group]')];
  const apply = () => {
    const query = input.value.trim();
    const shown = new Set<string>();
    for (const item of items) {
      const match = !query || matchesPlace(item.dataset.finder ?? '', query);
      item.hidden = !match;
      if (match) shown.add(item.querySelector('a')?.href ?? '');
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-unit-item]:not([hidden])');
    status.textContent = !query
      ? ''
      : shown.size === 0
        ? (root.dataset.none ?? '')
        : (root.dataset.found ?? '').replace('{n}', String(shown.size));
  };
  input.addEventListener('input', apply);
  if (input.value) apply();
}
