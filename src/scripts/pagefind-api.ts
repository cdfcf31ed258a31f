/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js) we use, and its lazy loader.
 * The bundle is loaded from this site only, the first time a search needs it.
 */
import { paths } from '../lib/routes.ts';
import type { ArchiveManifest } from '../lib/search/parts.ts';
import { DATE_RUNS_FILE, newestFirst, PART_FILTER, type DateRuns } from '../lib/search/date-order.ts';
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
export interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: { filters?: object; sort?: object }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
  preload: (query: string) => Promise<void>;
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;
const NO_WORKER = { noWorker: true };

/** How a merged part's pages are told apart in a search: a filter naming the part. */
const partOptions = (path: string) => ({ ...NO_WORKER, mergeFilter: { [PART_FILTER]: path } });

/**
 * Loads Pagefind once, with the recent news part merged when the site's index has one (src/lib/
 * search/parts.ts); rejects when the site has no index (dev server, or a broken deploy).
 */
export function loadPagefind(recent?: string): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = import(/* @vite-ignore */ paths.searchIndex);
    warmSegmenter();
    const pagefind = (await bundle) as Pagefind;
    // On the page's own thread: Pagefind's web worker is one more script to download (12 KB gzip)
    // before the first result, and a search takes the wasm a few milliseconds.
    await pagefind.options(NO_WORKER);
    await pagefind.init();
    // A merged part shares the main part's wasm: it brings only its own index files.
    if (recent) await pagefind.mergeIndex(recent, partOptions(recent));
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Pagefind splits every query with Intl.Segmenter, and the browser's first segmenter loads its
 * text-breaking data: 37 ms of the main thread on this machine, 150 ms on Lighthouse's simulated
 * phone, inside the first search after the index has arrived. Made here, while Pagefind's script,
 * wasm and metadata are still on their way, it no longer delays the first results.
 */
function warmSegmenter() {
  if (typeof Intl.Segmenter === 'function') new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment('a');
}

let filtersLoaded = false;

/**
 * Pagefind counts filter values only for filters it has loaded. They are loaded when the reader
 * opens the filters (a wide screen shows them open): a phone's first search does without them.
 */
export async function loadFilters(pagefind: Pagefind): Promise<void> {
  if (filtersLoaded) return;
  await pagefind.filters();
  filtersLoaded = true;
}

export type ArchivePart = ArchiveManifest['parts'][number];
let merging: Promise<void> | undefined;

/** The other parts of a large site's index (src/lib/search/parts.ts), as the search page lists them; none on most sites. */
export function indexParts(listed: string | undefined): ArchiveManifest {
  return listed ? (JSON.parse(listed) as ArchiveManifest) : { parts: [] };
}

/** True once the archive parts are (being) merged into the search. */
export const archiveMerged = (): boolean => merging !== undefined;

/**
 * Adds the archive parts to the search, once (Pagefind cannot take a merged index out again).
 * Each part brings its own index files, so it is fetched only when the reader searches the archive.
 */
export function mergeArchive(pagefind: Pagefind, parts: readonly ArchivePart[]): Promise<void> {
  merging ??= (async () => {
    for (const part of parts) await pagefind.mergeIndex(part.path, partOptions(part.path));
    // The parts' own filters, when the reader has the filters open.
    if (filtersLoaded) await pagefind.filters();
  })();
  return merging;
}

const runsByPart = new Map<string, Promise<DateRuns>>();

/** A part's page dates in Pagefind's order, fetched once (a search newest first with the archive only). */
function partRuns(path: string): Promise<DateRuns> {
  let runs = runsByPart.get(path);
  if (!runs) {
    runs = fetch(`${path}${DATE_RUNS_FILE}`).then((r) =>
      r.ok ? (r.json() as Promise<DateRuns>) : Promise.reject(new Error(`${path}${DATE_RUNS_FILE}: ${r.status}`)),
    );
    runs.catch(() => runsByPart.delete(path));
    runsByPart.set(path, runs);
  }
  return runs;
}

/**
 * Newest first over the main part and the merged parts (`partPaths`). Pagefind would merge them
 * by each page's rank within its own part (src/lib/search/date-order.ts): each part is searched
 * on its own, told apart by the filter its pages were merged with, and the lists merged by date.
 */
export async function searchNewestFirst(
  pagefind: Pagefind,
  query: string,
  filters: Record<string, unknown>,
  partPaths: readonly string[],
): Promise<PagefindResult[]> {
  const sort = { date: 'desc' };
  // The main part's pages have no value of the filter: "none of the parts" keeps them all, and
  // one part's name keeps none of them (a value Pagefind does not know matches no page).
  const search = async (path: string, only: object) => ({
    runs: await partRuns(path),
    results: (await pagefind.search(query, { filters: { ...filters, [PART_FILTER]: only }, sort })).results,
  });
  const lists = await Promise.all([
    search(paths.searchMainPart, { none: partPaths }),
    ...partPaths.map((path) => search(path, { any: [path] })),
  ]);
  return newestFirst(lists);
}
