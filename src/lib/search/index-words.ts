/**
 * What the indexer adds to a page before Pagefind reads it: the folded đ-words and the full forms
 * of abbreviations the page uses, as one searchable metadata field that never shows in excerpts.
 */
import sanitizeHtml from 'sanitize-html';
import { nfc } from '../text.ts';
import { expansionWords, type Synonym } from './synonyms.ts';
import { foldedDWords } from './words.ts';

/** Metadata key holding the added words (Pagefind searches metadata values). */
export const EXTRA_WORDS_META = 'extra';

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/main>/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** True when the page is marked for the index (BaseLayout's `searchable`). */
export function isSearchable(html: string): boolean {
  return MAIN.test(html);
}

/**
 * The text Pagefind will index from a page: the `data-pagefind-body` element without scripts,
 * styles and `data-pagefind-ignore` parts. Tags become spaces so block boundaries split words.
 */
export function indexedText(html: string): string {
  const inner = MAIN.exec(nfc(html))?.[1] ?? '';
  // Two passes: sanitize-html runs exclusiveFilter only on tags it keeps, so drop ignored parts
  // with every tag allowed first, then strip all tags.
  const kept = sanitizeHtml(inner, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    exclusiveFilter: (frame) => 'data-pagefind-ignore' in frame.attribs,
  });
  const text = sanitizeHtml(kept.replace(/</g, ' <'), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'template'],
  });
  return text
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words to add for a page's text: folded đ-words, then full forms of its abbreviations. */
export function extraWords(text: string, synonyms: readonly Synonym[]): string[] {
  return [...new Set([...foldedDWords(text), ...expansionWords(text, synonyms)])];
}

/**
 * Pagefind runs a term and its description together ("Lĩnh vựcHộ tịch") when nothing separates
 * them in the HTML; a space after each cell and list item keeps them two words.
 */
export function separateCells(html: string): string {
  return html.replace(/<\/(dt|dd|th|td|li|caption|figcaption)>(?!\s)/gi, '$& ');
}

/**
 * The page as handed to Pagefind: NFC, with the extra words as metadata at the end of the indexed
 * element. The file on disk is not changed, so visitors never download these words.
 */
export function prepareForIndex(html: string, synonyms: readonly Synonym[]): string {
  const page = nfc(html);
  const added = extraWords(indexedText(page), synonyms);
  const tag = added.length ? `<span data-pagefind-meta="${EXTRA_WORDS_META}:${added.join(' ')}"></span>` : '';
  return page.replace(MAIN, (main) => separateCells(main).replace(/<\/main>$/i, `${tag}</main>`));
}
