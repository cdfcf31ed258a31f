/**
 * One search as the page runs it: the loose query decides the result set and filter counts,
 * the exact query (when the user typed accents) decides which results come first.
 */
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind-api.ts';
import { boostTitles, rankResults, TITLE_BOOST_WINDOW, type SearchPlan } from '../lib/search/query.ts';
import { FACETS, pagefindFilters, type SearchState } from '../lib/search/state.ts';

export interface SearchOutcome {
  results: PagefindResult[];
  /** Per facet, the count of each value given the query and the other facets' choices. */
  counts: FilterCounts;
}

export async function runSearch(pagefind: Pagefind, plan: SearchPlan, state: SearchState): Promise<SearchOutcome> {
  const filters = pagefindFilters(state.filters);
  const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
  const loose = await pagefind.search(plan.loose, { filters, ...(sort && { sort }) });
  const exact = plan.exact && !sort ? await pagefind.search(plan.exact, { filters }) : undefined;
  const counts: FilterCounts = {};
  for (const facet of FACETS) {
    // A chosen facet counts its values without its own choice, so the other values stay reachable.
    counts[facet] = state.filters[facet]?.length
      ? ((await pagefind.search(plan.loose, { filters: pagefindFilters(state.filters, facet) })).filters[facet] ?? {})
      : (loose.filters[facet] ?? {});
  }
  let results = rankResults(loose.results, exact?.results);
  if (!sort) {
    // The first page's data is fetched to show it anyway; its titles decide the final order.
    const head = await Promise.all(results.slice(0, TITLE_BOOST_WINDOW).map(async (r) => [r.id, (await r.data()).meta.title ?? ''] as const));
    results = boostTitles(results, new Map(head), plan.loose);
  }
  return { results, counts };
}
