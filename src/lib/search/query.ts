/**
 * Turns what a citizen typed into the Pagefind queries that find what they mean.
 *
 * `loose` is the query with abbreviations expanded and every diacritic and đ folded: it decides
 * the result set, so "dang ky khai sinh" and "Đăng ký khai sinh" find exactly the same pages
 * (the index carries folded forms of đ-words, see words.ts). `exact` is the expanded query as
 * typed, run only when it has diacritics: the pages it finds are listed first, so a fully
 * accented query keeps Pagefind's own preference for exact accents.
 */
import { nfc } from '../text.ts';
import { expandQuery, type Synonym } from './synonyms.ts';
import { foldPhrase, hasDiacritics, words } from './words.ts';

export interface SearchPlan {
  /** The query as shown back to the user (NFC, spaces collapsed). */
  display: string;
  /** Folded, expanded query: decides which pages match. */
  loose: string;
  /** Expanded query with the user's accents, when it has any: decides which pages come first. */
  exact?: string;
}

/** Longest query we pass on; a pasted paragraph would only slow the phone down. */
export const MAX_QUERY_LENGTH = 200;

/** Builds the queries for `raw`; `undefined` when nothing searchable was typed. */
export function planSearch(raw: string, synonyms: readonly Synonym[]): SearchPlan | undefined {
  const display = nfc(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  if (words(display).length === 0) return undefined;
  const expanded = expandQuery(display, synonyms);
  const loose = foldPhrase(expanded);
  const exact = hasDiacritics(expanded) ? words(expanded).join(' ').toLowerCase() : undefined;
  return exact && exact !== loose ? { display, loose, exact } : { display, loose };
}

/**
 * Orders the loose result ids: those the exact query also found first (in its order), then the
 * rest in the loose order. The set is always the loose set.
 */
export function rankResults<T extends { id: string }>(loose: readonly T[], exact: readonly { id: string }[] = []): T[] {
  const looseIds = new Map(loose.map((r) => [r.id, r]));
  const first = exact.filter((r) => looseIds.has(r.id)).map((r) => looseIds.get(r.id)!);
  const firstIds = new Set(first.map((r) => r.id));
  return [...first, ...loose.filter((r) => !firstIds.has(r.id))];
}

/** How many leading results the title check reorders: the first page, whose data is loaded anyway. */
export const TITLE_BOOST_WINDOW = 10;

/**
 * Reorders the first results so a page whose title is what the user typed comes first, then pages
 * whose title holds every query word; Pagefind alone can rank a long page that repeats the words
 * above the short page that is named by them. Stable within each tier; `titles` maps id → title.
 */
export function boostTitles<T extends { id: string }>(ranked: readonly T[], titles: ReadonlyMap<string, string>, loose: string): T[] {
  const queryWords = loose.split(' ');
  const tier = (r: T) => {
    const title = titles.get(r.id);
    if (title === undefined) return 2;
    const folded = foldPhrase(title);
    if (folded === loose) return 0;
    const titleWords = folded.split(' ');
    return queryWords.every((q) => titleWords.some((w) => w.startsWith(q))) ? 1 : 2;
  };
  const head = ranked.slice(0, TITLE_BOOST_WINDOW).map((r, i) => ({ r, i, t: tier(r) }));
  head.sort((a, b) => a.t - b.t || a.i - b.i);
  return [...head.map((h) => h.r), ...ranked.slice(TITLE_BOOST_WINDOW)];
}
