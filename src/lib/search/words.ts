/**
 * Vietnamese word handling shared by the indexer and the search page.
 *
 * Pagefind folds tones and vowel marks on both sides but keeps đ/Đ as its own letter, so a
 * citizen typing "dang ky" never reaches "Đăng ký". We fix it by indexing, per page, the folded
 * form of every word that contains đ/Đ (as searchable metadata, so it never shows in excerpts)
 * and by folding the query the same way.
 */
import { foldKey, nfc } from '../text.ts';

const HAS_D_STROKE = /[đĐ]/;
/** Letters and digits (any script); everything else separates words. */
const WORD_PART = /[\p{L}\p{N}]+/gu;

/** Splits text into words the way a person reads them: NFC, on whitespace and punctuation. */
export function words(text: string): string[] {
  return nfc(text).match(WORD_PART) ?? [];
}

/** Lower-case, diacritic-free, space-separated form of a phrase, punctuation dropped. */
export function foldPhrase(text: string): string {
  return words(foldKey(text)).join(' ');
}

/**
 * The folded forms of the words of `text` that contain đ/Đ, each once, in order of first use.
 * A token joined by punctuation ("NĐ-CP", "QSDĐ") gives its folded parts and the joined form,
 * as Pagefind indexes both.
 * @example foldedDWords('Đăng ký đất đai theo NĐ-CP') // ['dang', 'dat', 'dai', 'nd', 'ndcp']
 */
export function foldedDWords(text: string): string[] {
  const found = new Set<string>();
  for (const token of nfc(text).split(/\s+/)) {
    if (!HAS_D_STROKE.test(token)) continue;
    const parts = words(token);
    for (const part of parts) if (HAS_D_STROKE.test(part)) found.add(foldKey(part));
    if (parts.length > 1) found.add(foldKey(parts.join('')));
  }
  return [...found];
}

/** True when the text has any Vietnamese diacritic or đ/Đ, i.e. folding changes it. */
export function hasDiacritics(text: string): boolean {
  return foldKey(text) !== nfc(text).toLowerCase();
}
