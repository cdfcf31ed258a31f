/**
 * The search page's state in its URL (`/tim-kiem/?q=…&kind=…&sort=date`), so a search can be
 * shared, reloaded and stepped through with the back button.
 */

/** Filters the index carries (data-pagefind-filter names), in the order the page shows them. */
export const FACETS = ['kind', 'doctype', 'field', 'online', 'level', 'applicant', 'agency', 'year'] as const;
export type Facet = (typeof FACETS)[number];
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Partial<Record<Facet, string[]>>;
  /** Search the archive parts of a large site's index too (`luu-tru=1`). */
  archive?: true;
}

const ARCHIVE_PARAM = 'luu-tru';

/** Reads the state from a query string; unknown parameters are ignored. */
export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length) filters[facet] = values;
  }
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
    ...(params.get(ARCHIVE_PARAM) === '1' && { archive: true as const }),
  };
}

/** Writes the state as a query string, omitting defaults so plain searches keep short URLs. */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.archive) params.set(ARCHIVE_PARAM, '1');
  return params;
}

/**
 * Pagefind filter object: values of one facet are alternatives (any), facets combine (all).
 * `except` leaves one facet out, to count that facet's values as if it were not chosen.
 */
export function pagefindFilters(filters: SearchState['filters'], except?: Facet): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (facet !== except && values?.length) out[facet] = { any: values };
  }
  return out;
}
