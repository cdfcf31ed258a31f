/**
 * Runs searches against the built index with the search page's own engine
 * (src/scripts/search-engine.ts), bundled by esbuild and run in one Chromium page of the site
 * beside Pagefind, as the search page runs it; the query plan is made here with the same module.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { PART_FILTER } from '../../src/lib/search/date-order.ts';
import { planSearch } from '../../src/lib/search/query.ts';
import type { SearchState } from '../../src/lib/search/state.ts';
import { loadStopWords, loadSynonyms } from '../../src/data/synonyms.ts';
import { root } from './cli.ts';

export const synonyms = loadSynonyms();
export const stopWords = loadStopWords();

export interface Found {
  /** Pagefind page ids, ranked. */
  ids: string[];
  /** URLs of the first `top` results. */
  urls: string[];
  /** Ids the exact (accented) query found, when it ran. */
  exactIds: string[];
}

/** The engine as one script that defines `window.trangtinSearchEngine`. */
const engineScript = build({
  stdin: { contents: "export { runSearch } from './src/scripts/search-engine.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'iife',
  globalName: 'trangtinSearchEngine',
  write: false,
}).then((result) => result.outputFiles[0]!.text);

/**
 * Loads Pagefind and the engine in `page` (any page of the site) once; with `recent`, merges that
 * part of an index in parts as the search page does (src/scripts/pagefind-api.ts).
 */
export async function prepareSearch(page: Page, recent?: string) {
  await page.addScriptTag({ content: await engineScript });
  const merge = recent
    ? `await pf.mergeIndex(${JSON.stringify(recent)}, { mergeFilter: { ${JSON.stringify(PART_FILTER)}: ${JSON.stringify(recent)} } });`
    : '';
  // A string, not a function: Vitest would rewrite import() inside a function's source.
  await page.evaluate(`window.pf ?? import('/pagefind/pagefind.js').then(async (pf) => {
    await pf.init();
    ${merge}
    await pf.filters();
    window.pf = pf;
  })`);
}

/** Searches as the search page does for `query` with `filters` chosen, ranked by relevance. */
export async function find(page: Page, query: string, top = 3, filters: SearchState['filters'] = {}): Promise<Found> {
  const plan = planSearch(query, synonyms, stopWords);
  if (!plan) return { ids: [], urls: [], exactIds: [] };
  return page.evaluate(
    async ({ plan, state, top }) => {
      type Result = { id: string; data: () => Promise<{ url: string }> };
      type Pagefind = { search: (q: string, o?: object) => Promise<{ results: Result[] }> };
      const { pf, trangtinSearchEngine } = window as unknown as {
        pf: Pagefind;
        trangtinSearchEngine: { runSearch: (pf: Pagefind, plan: unknown, state: unknown) => Promise<{ results: Result[] }> };
      };
      // Pagefind as the engine sees it, recording the ids each query found.
      const searches: { query: string; ids: string[] }[] = [];
      const recording: Pagefind = {
        ...pf,
        search: async (q, o) => {
          const response = await pf.search(q, o);
          searches.push({ query: q, ids: response.results.map((r) => r.id) });
          return response;
        },
      };
      const { results } = await trangtinSearchEngine.runSearch(recording, plan, state);
      const urls = await Promise.all(results.slice(0, top).map(async (r) => (await r.data()).url));
      const exactIds = plan.exact ? (searches.find((s) => s.query === plan.exact)?.ids ?? []) : [];
      return { ids: results.map((r) => r.id), urls, exactIds };
    },
    { plan, state: { q: query, sort: 'relevance', filters } satisfies SearchState, top },
  );
}
