/**
 * Runs searches against the built index the way the search page does (src/scripts/search-engine.ts):
 * query plan in Node, Pagefind in one Chromium page, exact-first ranking back in Node.
 */
import type { Page } from 'playwright-core';
import { boostTitles, planSearch, rankResults, TITLE_BOOST_WINDOW } from '../../src/lib/search/query.ts';
import { loadSynonyms } from '../../src/data/synonyms.ts';

export const synonyms = loadSynonyms();

export interface Found {
  /** Pagefind page ids, ranked. */
  ids: string[];
  /** URLs of the first `top` results. */
  urls: string[];
  /** Ids the exact (accented) query found, when it ran. */
  exactIds: string[];
}

/** Loads Pagefind in `page` (any page of the site) once. */
export async function preparePagefind(page: Page) {
  // A string, not a function: Vitest would rewrite import() inside a function's source.
  await page.evaluate(`window.pf ?? import('/pagefind/pagefind.js').then(async (pf) => {
    await pf.init();
    await pf.filters();
    window.pf = pf;
  })`);
}

export async function find(page: Page, query: string, top = 3, filters: object = {}): Promise<Found> {
  const plan = planSearch(query, synonyms);
  if (!plan) return { ids: [], urls: [], exactIds: [] };
  const raw = await page.evaluate(async ({ loose, exact, filters }) => {
    type R = { id: string; data: () => Promise<{ url: string }> };
    const pf = (window as unknown as { pf: { search: (q: string, o: object) => Promise<{ results: R[] }> } }).pf;
    const l = (await pf.search(loose, { filters })).results;
    const e = exact ? (await pf.search(exact, { filters })).results : [];
    (window as unknown as { last: Record<string, R> }).last = Object.fromEntries([...l, ...e].map((r) => [r.id, r]));
    return { loose: l.map((r) => ({ id: r.id })), exact: e.map((r) => ({ id: r.id })) };
  }, { loose: plan.loose, exact: plan.exact, filters });
  const ranked = rankResults(raw.loose, raw.exact);
  const data = (ids: string[]) =>
    page.evaluate(async (ids) => {
      const last = (window as unknown as { last: Record<string, { data: () => Promise<{ url: string; meta: { title?: string } }> }> }).last;
      return Promise.all(ids.map(async (id) => { const d = await last[id]!.data(); return { id, url: d.url, title: d.meta.title ?? '' }; }));
    }, ids);
  const head = await data(ranked.slice(0, TITLE_BOOST_WINDOW).map((r) => r.id));
  const ids = boostTitles(ranked, new Map(head.map((h) => [h.id, h.title])), plan.loose).map((r) => r.id);
  const urls = (await data(ids.slice(0, top))).map((d) => d.url);
  return { ids, urls, exactIds: raw.exact.map((r) => r.id) };
}
