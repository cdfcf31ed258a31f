/**
 * Abbreviations and variant spellings citizens type (content/search-synonyms.yaml):
 * a query using `term` is searched as `means`, and a page that writes `term` is also
 * indexed under `means`, so "UBND xã" and "Ủy ban nhân dân xã" find the same pages.
 */
import { foldPhrase, words } from './words.ts';

/** One line of content/search-synonyms.yaml (schema: src/lib/schemas/synonyms.ts). */
export interface Synonym {
  term: string;
  means: string;
  /** For an old or colloquial term: why, shown as a hint when a query uses it. */
  note?: string;
}

/** Finds `phrase` (folded words) as whole words inside `haystack` (folded words); returns start indexes. */
function findPhrase(haystack: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  if (phrase.length === 0) return starts;
  for (let i = 0; i + phrase.length <= haystack.length; i++) {
    if (phrase.every((w, j) => haystack[i + j] === w)) starts.push(i);
  }
  return starts;
}

/**
 * Rewrites a query so every abbreviation or variant in it reads as its full form, keeping the
 * user's other words (and their accents) as typed. Matching ignores case and diacritics.
 * @example expandQuery('ubnd xã', [{ term: 'UBND', means: 'Ủy ban nhân dân' }]) // 'Ủy ban nhân dân xã'
 */
export function expandQuery(query: string, synonyms: readonly Synonym[]): string {
  let tokens = words(query);
  // Longest terms first, so "GCN QSDĐ" wins over "GCN" when both are declared.
  const ordered = [...synonyms].sort((a, b) => words(b.term).length - words(a.term).length);
  for (const s of ordered) {
    const phrase = foldPhrase(s.term).split(' ');
    let start: number | undefined;
    while (
      (start = findPhrase(
        tokens.map((w) => (w.startsWith('\u0000') ? '' : foldPhrase(w))),
        phrase,
      )[0]) !== undefined
    ) {
      tokens = [...tokens.slice(0, start), ...words(s.means).map((w) => `\u0000${w}`), ...tokens.slice(start + phrase.length)];
    }
  }
  // Words produced by an expansion are marked so they are not expanded again ("UBND" inside a means).
  return tokens.map((w) => w.replace(/^\u0000/, '')).join(' ');
}

/** The synonyms whose term a query uses (each once), for the hints shown above the results. */
export function usedSynonyms(query: string, synonyms: readonly Synonym[]): Synonym[] {
  const haystack = foldPhrase(query).split(' ');
  return synonyms.filter((s) => findPhrase(haystack, foldPhrase(s.term).split(' ')).length > 0);
}

/**
 * The folded words of every `means` whose `term` the text contains, for the index: a page that
 * only writes "UBND" is then found by "ủy ban nhân dân" and by "UBND" (which expands to it).
 * `haystack`: the text's folded words, when the caller has them already.
 */
export function expansionWords(text: string, synonyms: readonly Synonym[], haystack = foldPhrase(text).split(' ')): string[] {
  const present = new Set(haystack);
  const found = new Set<string>();
  for (const s of foldedSynonyms(synonyms)) {
    // This runs on every page of the site: a term with a word the page lacks is skipped at once.
    if (!s.term.every((w) => present.has(w))) continue;
    if (s.term.length === 1 || findPhrase(haystack, s.term).length > 0) for (const w of s.means) found.add(w);
  }
  return [...found];
}

const folded = new WeakMap<readonly Synonym[], { term: string[]; means: string[] }[]>();
/** The synonyms' terms and meanings as folded words, computed once per list. */
function foldedSynonyms(synonyms: readonly Synonym[]) {
  let list = folded.get(synonyms);
  if (!list)
    folded.set(synonyms, (list = synonyms.map((s) => ({ term: foldPhrase(s.term).split(' '), means: foldPhrase(s.means).split(' ') }))));
  return list;
}
