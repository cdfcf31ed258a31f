/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js) we use, and its lazy loader.
 * The bundle is loaded from this site only, the first time a search needs it.
 */
import { paths } from '../lib/routes.ts';
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
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; rejects when the site has no index (dev server, or a broken deploy). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ paths.searchIndex)) as Pagefind;
    await pagefind.init();
    // Pagefind counts filter values only for filters it has loaded: load them all up front.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
