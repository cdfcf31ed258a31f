/**
 * The common slips of Vietnamese typing, forgiven on the folded (diacritic-free) side of search:
 * "ki"/"ky" and the other i/y spellings after a consonant ("li"/"ly", "mi"/"my", "qui"/"quy"),
 * and letters typed twice ("khaii sinh"). The index carries the i-spelling of every such word a
 * page has (index-words.ts), and the query is written the same way, so either spelling finds both.
 * Other slips ("dk" for "đăng ký") are vocabulary: content/search-synonyms.yaml.
 */

/** A syllable that is a consonant (cluster) and a final y: where y and i are spelled either way. */
const CONSONANT_Y = /^(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;

/** The i-spelling of a folded word ("ky" → "ki"), or the word itself. */
export const iSpelling = (word: string) => (CONSONANT_Y.test(word) ? `${word.slice(0, -1)}i` : word);

/** Vowels that are doubled in real folded words: "oo" ("xoong", "boong"), "uu" (lưu, hưu, cứu). */
const DOUBLED_IN_WORDS = new Set(['o', 'u']);

/** Letters typed twice become one; "oo" and "uu" stay (see above), three of them become two. */
export const undouble = (word: string) =>
  word.replace(/([a-z])\1+/g, (run, letter: string) => (DOUBLED_IN_WORDS.has(letter) ? run.slice(0, 2) : letter));

/** A folded query word as search matches it. */
export const tolerant = (word: string) => iSpelling(undouble(word));

/** The i-spellings a page's folded words need in the index (only those that differ). */
export function iSpellings(foldedWords: readonly string[]): string[] {
  return [...new Set(foldedWords.filter((w) => CONSONANT_Y.test(w)).map(iSpelling))];
}
