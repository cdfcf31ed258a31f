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
import { expandQuery, usedSynonyms, type Synonym } from './synonyms.ts';
import { withoutStopWords } from './stopwords.ts';
import { tolerant } from './tolerance.ts';
import { foldPhrase, hasDiacritics, words } from './words.ts';

export interface SearchPlan {
  /** The query as shown back to the user (NFC, spaces collapsed). */
  display: string;
  /** Folded, expanded query: decides which pages match. */
  loose: string;
  /** Expanded query with the user's accents, when it has any: decides which pages come first. */
  exact?: string;
  /** The loose query without words that carry no meaning for search, when that differs: tried when the full query finds nothing. */
  core?: string;
  /** Old or colloquial terms the query used, with why: shown above the results. */
  hints: Synonym[];
}

/** Longest query we pass on; a pasted paragraph would only slow the phone down. */
export const MAX_QUERY_LENGTH = 200;

/** Folded words as search matches them: i/y and doubled letters forgiven (tolerance.ts). */
const looseWords = (text: string) => foldPhrase(text).split(' ').filter(Boolean).map(tolerant);

/** Builds the queries for `raw`; `undefined` when nothing searchable was typed. */
export function planSearch(raw: string, synonyms: readonly Synonym[], stopWords: readonly string[] = []): SearchPlan | undefined {
  const display = nfc(raw).replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  if (words(display).length === 0) return undefined;
  const expanded = expandQuery(display, synonyms);
  const all = looseWords(expanded);
  const loose = all.join(' ');
  const core = withoutStopWords(
    all,
    stopWords.map((s) => looseWords(s).join(' ')),
  ).join(' ');
  const exact = hasDiacritics(expanded) ? words(expanded).join(' ').toLowerCase() : undefined;
  const hints = usedSynonyms(display, synonyms).filter((s) => s.note);
  return { display, loose, ...(exact && exact !== loose && { exact }), ...(core !== loose && { core }), hints };
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
 * Reorders the first results by their titles: the page named exactly what the user typed first;
 * then titles that start with the query; then titles holding every query word; then the rest.
 * Within a tier, `preferred` pages (procedures: what a citizen searching means to do) come first,
 * then shorter titles (the plain "Đăng ký khai sinh" before its foreign-element and lưu động
 * variants). Pagefind alone can rank a long page that repeats the words above the short page
 * named by them. Stable otherwise; `titles` maps id → title.
 */
export function boostTitles<T extends { id: string }>(
  ranked: readonly T[],
  titles: ReadonlyMap<string, string>,
  loose: string,
  preferred: ReadonlySet<string> = new Set(),
): T[] {
  const queryWords = loose.split(' ');
  const rank = (r: T): [tier: number, preferred: number, length: number] => {
    const title = titles.get(r.id);
    if (title === undefined) return [4, 1, 0];
    const titleWords = looseWords(title);
    const other = preferred.has(r.id) ? 0 : 1;
    if (titleWords.join(' ') === loose) return [0, other, 0];
    if (queryWords.every((q, i) => titleWords[i]?.startsWith(q))) return [1, other, titleWords.length];
    if (queryWords.every((q) => titleWords.some((w) => w.startsWith(q)))) return [2, other, titleWords.length];
    return [3, other, 0];
  };
  const head = ranked.slice(0, TITLE_BOOST_WINDOW).map((r, i) => ({ r, i, k: rank(r) }));
  head.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i);
  return [...head.map((h) => h.r), ...ranked.slice(TITLE_BOOST_WINDOW)];
}

/** Whether a result's title answers the query outright (named by it, or starting with it): the "best answer" card's test. */
export function answersOutright(title: string, loose: string): boolean {
  const titleWords = looseWords(title);
  const queryWords = loose.split(' ');
  return titleWords.join(' ') === loose || queryWords.every((q, i) => titleWords[i]?.startsWith(q));
}

/**
 * Pages ranked by how many of the query's words they match (then by Pagefind's score), when no
 * page has them all: `hits` lists, per word, the ids that word found with their scores.
 */
export function rankByWordsMatched<T extends { id: string; score: number }>(hits: readonly (readonly T[])[]): T[] {
  const found = new Map<string, { r: T; words: number; score: number }>();
  for (const results of hits) {
    for (const r of results) {
      const seen = found.get(r.id);
      if (seen) {
        seen.words++;
        seen.score += r.score;
      } else found.set(r.id, { r, words: 1, score: r.score });
    }
  }
  return [...found.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((f) => f.r);
}
