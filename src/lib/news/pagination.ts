/** Page links for numbered lists: first, last, and a window around the current page. */

export type PageLink = { page: number; current: boolean } | { gap: true };

export function pageWindow(current: number, total: number, radius = 2): PageLink[] {
  const pages = new Set([1, total]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const links: PageLink[] = [];
  sorted.forEach((page, i) => {
    if (i > 0 && page - sorted[i - 1]! > 1) links.push({ gap: true });
    links.push({ page, current: page === current });
  });
  return links;
}
