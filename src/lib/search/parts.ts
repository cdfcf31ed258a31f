/**
 * How the search index is cut into parts, so that no indexing run holds a whole province's archive.
 *
 * Pagefind keeps every page of an index in memory until it writes it (about 230 KB a page), so
 * one index for 50,000 articles cannot be built on a 7 GB runner. Then the main index holds every
 * page but news; the news of the newest years has a part of its own, which every search merges
 * with the main one; news of older years goes to archive parts of whole years, grouped oldest
 * first, merged when the reader searches the archive. Pagefind cannot add a page to an index it
 * wrote, so the part a new article lands in is indexed again whole: apart from the procedures and
 * documents, that is a year or two of news (at 10,000 articles, about 1,000 pages, not 5,000).
 * A year stays in its part once it is archived, and an unchanged part is reused from the last
 * build. A site that fits in one part (a commune, the sample) keeps a single index: each part
 * costs the reader more downloads, so the split is made only when memory requires it.
 */

/** Pages per index: about 1.4 GB of Pagefind's memory. */
export const DEFAULT_PART_PAGES = 6000;

/** What the planner knows of a searchable page. */
export interface PageForIndex {
  file: string;
  /** Year of a news article (its date sort key); undefined for every other page. */
  newsYear?: number;
}

export interface ArchivePart {
  /** Folder name under the index directory, e.g. "2015-2018" or "2019". */
  name: string;
  from: number;
  to: number;
  files: string[];
}

export interface IndexPlan {
  main: string[];
  /** News of the newest years, searched with the main part; empty when the site fits in one part. */
  recent: string[];
  archive: ArchivePart[];
}

/**
 * Splits the pages: all of them in `main` when they fit in `partPages`; otherwise every page but
 * news in `main`, the newest news years in `recent` while the two together fit (the newest year
 * always does), and the older years in archive parts of at most `partPages` pages each (a year
 * larger than that is a part alone).
 */
export function planIndex(pages: readonly PageForIndex[], partPages = DEFAULT_PART_PAGES): IndexPlan {
  if (pages.length <= partPages) return { main: pages.map((p) => p.file), recent: [], archive: [] };
  const byYear = new Map<number, string[]>();
  const main: string[] = [];
  for (const page of pages) {
    if (page.newsYear === undefined) main.push(page.file);
    else byYear.set(page.newsYear, [...(byYear.get(page.newsYear) ?? []), page.file]);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const recent: string[] = [];
  let kept = 0;
  while (kept < years.length && (kept === 0 || main.length + recent.length + byYear.get(years[kept]!)!.length <= partPages)) {
    recent.push(...byYear.get(years[kept]!)!);
    kept++;
  }
  const archive: ArchivePart[] = [];
  for (const year of years.slice(kept).reverse()) {
    const files = byYear.get(year)!;
    const last = archive.at(-1);
    if (last && last.files.length + files.length <= partPages) {
      last.files.push(...files);
      last.to = year;
    } else {
      archive.push({ name: '', from: year, to: year, files: [...files] });
    }
  }
  for (const part of archive) part.name = part.from === part.to ? String(part.from) : `${part.from}-${part.to}`;
  return { main, recent, archive };
}

/**
 * What the search page reads to merge the recent news and offer the archive (its
 * data-search-archive attribute, written by the indexer).
 */
export interface ArchiveManifest {
  /** The recent news part, merged into every search; absent when the site has one part. */
  recent?: string;
  parts: { path: string; from: number; to: number; pages: number }[];
}
