/**
 * The news archive by month. A numbered list ("page 3 of 1,000", newest first) moves every
 * article to another page when one is added: every list page changes on each build and in every
 * CDN's cache. A month's page changes only when that month's articles do, so the incremental
 * build restores all the others (src/data/cache-keys.ts).
 */

export interface NewsMonth<T> {
  /** "2024-05": the route parameter and sort key. */
  key: string;
  year: number;
  /** 1–12. */
  month: number;
  /** In the order given (newest first). */
  items: T[];
}

/** Groups items (newest first) by month, newest month first; `monthOf` gives "YYYY-MM". */
export function byMonth<T>(items: readonly T[], monthOf: (item: T) => string): NewsMonth<T>[] {
  const months = new Map<string, T[]>();
  for (const item of items) {
    const key = monthOf(item);
    const list = months.get(key);
    if (list) list.push(item);
    else months.set(key, [item]);
  }
  return [...months.keys()]
    .sort((a, b) => b.localeCompare(a))
    .map((key) => ({ key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), items: months.get(key)! }));
}

/** One year of the archive's table of contents: its months (1–12) with their links and counts. */
export interface ArchiveYear {
  year: number;
  months: { month: number; href: string; count: number }[];
}

/** The archive's table of contents: each year (newest first) with its months' links and counts. */
export function archiveLinks<T>(months: readonly NewsMonth<T>[], hrefOf: (key: string) => string): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const m of months) {
    if (years.at(-1)?.year !== m.year) years.push({ year: m.year, months: [] });
    years.at(-1)!.months.push({ month: m.month, href: hrefOf(m.key), count: m.items.length });
  }
  return years;
}

/** A link to a month of the archive, labelled by `label(month, year)`; none when there is no such month. */
export function monthLink<T>(m: NewsMonth<T> | undefined, hrefOf: (key: string) => string, label: (month: number, year: number) => string) {
  return m && { href: hrefOf(m.key), label: label(m.month, m.year) };
}
