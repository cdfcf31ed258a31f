/**
 * What the indexer adds to a page before Pagefind reads it: the folded đ-words, the full forms of
 * abbreviations the page uses and the i-spellings of its y-words, as one searchable metadata field
 * that never shows in excerpts.
 */
import { Parser } from 'htmlparser2';
import { foldKey, nfc } from '../text.ts';
import { expansionWords, type Synonym } from './synonyms.ts';
import { foldedDWords, words } from './words.ts';
import { iSpellings } from './tolerance.ts';

/** Metadata key holding the added words (Pagefind searches metadata values). */
export const EXTRA_WORDS_META = 'extra';

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/main>/i;

/** True when the page is marked for the index (BaseLayout's `searchable`). */
export function isSearchable(html: string): boolean {
  return MAIN.test(html);
}

/** The indexed element of a page, as written (undefined when the page is not searchable). */
export function searchableSection(html: string): string | undefined {
  return MAIN.exec(html)?.[0];
}

/** Elements whose content is never page text. */
const NON_TEXT = new Set(['script', 'style', 'textarea', 'noscript', 'template']);

/**
 * The text Pagefind will index from a page: the `data-pagefind-body` element without scripts,
 * styles and `data-pagefind-ignore` parts, entities decoded. Tags become spaces so block
 * boundaries split words. One streaming htmlparser2 pass: this runs on every page of the site.
 */
export function indexedText(html: string): string {
  const inner = MAIN.exec(nfc(html))?.[1] ?? '';
  const parts: string[] = [];
  const hides: boolean[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const hide = NON_TEXT.has(name) || 'data-pagefind-ignore' in attribs;
        hides.push(hide);
        if (hide) hidden++;
        parts.push(' ');
      },
      onclosetag() {
        if (hides.pop()) hidden--;
        parts.push(' ');
      },
      ontext(text) {
        if (hidden === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.end(inner);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * One whitespace-separated token's folded words and folded đ-words. Folding runs word by word
 * the same as over the whole text (whitespace never folds), and tokens recur page after page:
 * each is folded once a run (over 14,000 pages, 1.6 s instead of 2.85 s).
 */
const tokens = new Map<string, { folded: string[]; dWords: string[] }>();
function tokenWords(token: string) {
  let found = tokens.get(token);
  if (!found) {
    if (tokens.size >= 500_000) tokens.clear(); // a bound on memory, for the largest archives
    found = { folded: words(foldKey(token)), dWords: foldedDWords(token) };
    tokens.set(token, found);
  }
  return found;
}

/** The words to add for a page's text: folded đ-words, full forms of its abbreviations, i-spellings of its y-words ("ky" → "ki"). */
export function extraWords(text: string, synonyms: readonly Synonym[]): string[] {
  const folded: string[] = [];
  const dWords = new Set<string>();
  for (const token of nfc(text).split(/\s+/)) {
    const found = tokenWords(token);
    folded.push(...found.folded);
    for (const word of found.dWords) dWords.add(word);
  }
  const expansions = expansionWords(text, synonyms, folded);
  return [...new Set([...dWords, ...expansions, ...iSpellings([...folded, ...expansions])])];
}

/**
 * Pagefind runs a term and its description together ("Lĩnh vựcHộ tịch") when nothing separates
 * them in the HTML; a space after each cell and list item keeps them two words.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(dt|dd|th|td|li|caption|figcaption)>(?!\s)/gi, '$& ');
}

/**
 * What Pagefind would copy into each result's data for things the search page does not show:
 * every element id (as anchors for sub-results: 0.4 KB a procedure page) and the first image
 * (its address and alt text). Images carry no page text, so none is lost to search.
 */
export function withoutUnshownData(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, '').replace(/(<[a-z][^>]*?)\s+id="[^"]*"/gi, '$1');
}

/**
 * The page as handed to Pagefind: its searchable section in NFC, without what results do not
 * show, with the extra words as metadata at the end. The file on disk is not changed, so visitors
 * never download these words.
 */
export function prepareForIndex(html: string, synonyms: readonly Synonym[]): string {
  const page = nfc(html);
  const added = extraWords(indexedText(page), synonyms);
  const tag = added.length ? `<span data-pagefind-meta="${EXTRA_WORDS_META}:${added.join(' ')}"></span>` : '';
  const main = searchableSection(page) ?? '';
  // Only the searchable section: Pagefind reads nothing else of the page (its title is the first
  // h1, its language is forced), and half the HTML to parse makes indexing faster.
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${withoutUnshownData(separateCells(main)).replace(/<\/main>$/i, `${tag}</main>`)}</body></html>`;
}
