/**
 * One search as the page runs it: the loose query decides the result set and filter counts, the
 * exact query (when the user typed accents) decides which results come first. Words that carry no
 * meaning for search are left out; a query that still finds nothing ranks pages by how many of its
 * words each has: an empty page only when no word matches anything.
 */
import { searchNewestFirst, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind-api.ts';
import { boostTitles, rankByWordsMatched, rankResults, TITLE_BOOST_WINDOW, type SearchPlan } from '../lib/search/query.ts';
import { FACETS, pagefindFilters, type SearchState } from '../lib/search/state.ts';
import { browserStrings } from '../i18n/vi.ts';

const PROCEDURE_KIND = browserStrings.search.kinds.procedure;

export interface SearchOutcome {
  results: PagefindResult[];
  /** How the results were found: without the query's stop words, or (no page having them all) by some of its words. */
  relaxed?: 'core' | 'partial';
  /** The words the results were searched by (the core query when relaxed). */
  query: string;
}

/** `merged`: the folders of the index parts merged into the main one for this search, if any. */
export async function runSearch(
  pagefind: Pagefind,
  plan: SearchPlan,
  state: SearchState,
  merged: readonly string[] = [],
): Promise<SearchOutcome> {
  const filters = pagefindFilters(state.filters);
  const sort = state.sort === 'date' ? { date: 'desc' } : undefined;
  // Words that carry no meaning for search ("thủ tục", "ở đâu") are left out from the start: kept,
  // they would only let pages that happen to say them outrank the page the citizen looks for.
  const query = plan.core ?? plan.loose;
  let relaxed: SearchOutcome['relaxed'] = plan.core ? 'core' : undefined;
  const found =
    sort && merged.length
      ? { results: await searchNewestFirst(pagefind, query, filters, merged) }
      : await pagefind.search(query, { filters, ...(sort && { sort }) });
  let results: PagefindResult[];
  if (found.results.length) {
    const exact = plan.exact && !sort && !plan.core ? await pagefind.search(plan.exact, { filters }) : undefined;
    results = rankResults(found.results, exact?.results);
  } else {
    // No page has every meaningful word: the pages with the most of them, best first.
    relaxed = 'partial';
    const perWord = await Promise.all(query.split(' ').map(async (word) => (await pagefind.search(word, { filters })).results));
    results = rankByWordsMatched(perWord);
  }
  if (!sort) {
    // The first page's data is fetched to show it anyway; its titles decide the final order.
    const head = await Promise.all(results.slice(0, TITLE_BOOST_WINDOW).map(async (r) => ({ id: r.id, data: await r.data() })));
    const procedures = new Set(head.filter((h) => h.data.filters.kind?.includes(PROCEDURE_KIND)).map((h) => h.id));
    results = boostTitles(results, new Map(head.map((h) => [h.id, h.data.meta.title ?? ''])), query, procedures);
  }
  return { results, relaxed, query };
}

/**
 * Per facet, the count of each value given the search and the other facets' choices (Pagefind
 * counts the filters it has loaded: see loadFilters). None for a search by some of its words.
 */
export async function countFacets(pagefind: Pagefind, outcome: SearchOutcome, state: SearchState): Promise<FilterCounts> {
  const counts: FilterCounts = {};
  if (outcome.relaxed === 'partial') return counts;
  const found = await pagefind.search(outcome.query, { filters: pagefindFilters(state.filters) });
  for (const facet of FACETS) {
    // A chosen facet counts its values without its own choice, so the other values stay reachable.
    counts[facet] = state.filters[facet]?.length
      ? ((await pagefind.search(outcome.query, { filters: pagefindFilters(state.filters, facet) })).filters[facet] ?? {})
      : (found.filters[facet] ?? {});
  }
  return counts;
}
