/**
 * How the search index is cut into parts, so that no indexing run holds a whole province's archive.
 *
 * Pagefind keeps every page of an index in memory until it writes it (about 230 KB a page), so
 * one index for 50,000 articles cannot be built on a 7 GB runner. The main index holds every page
 * but old news; news of older years goes to archive parts of whole years, grouped oldest first.
 * A year stays in its part once it is archived, so adding an article changes only the main index,
 * and an unchanged part is reused from the last build. A site that fits in one part (a commune,
 * the sample) keeps a single index: the split costs the reader a second download when they search
 * the archive, so it is made only when memory requires it.
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
  archive: ArchivePart[];
}

/**
 * Splits the pages: all of them in `main` when they fit in `partPages`; otherwise the newest
 * news years join `main` while it fits (the newest year always does), and the older years make
 * archive parts of at most `partPages` pages each (a year larger than that is a part alone).
 */
export function planIndex(pages: readonly PageForIndex[], partPages = DEFAULT_PART_PAGES): IndexPlan {
  if (pages.length <= partPages) return { main: pages.map((p) => p.file), archive: [] };
  const byYear = new Map<number, string[]>();
  const main: string[] = [];
  for (const page of pages) {
    if (page.newsYear === undefined) main.push(page.file);
    else byYear.set(page.newsYear, [...(byYear.get(page.newsYear) ?? []), page.file]);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  let kept = 0;
  while (kept < years.length && (kept === 0 || main.length + byYear.get(years[kept]!)!.length <= partPages)) {
    main.push(...byYear.get(years[kept]!)!);
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
  return { main, archive };
}

/** What the search page reads to offer the archive (its data-search-archive attribute, written by the indexer). */
export interface ArchiveManifest {
  parts: { path: string; from: number; to: number; pages: number }[];
}
