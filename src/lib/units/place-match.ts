/**
 * The directory finder's matching, run in the browser (src/scripts/unit-finder.ts). It imports
 * nothing: a shared module would become a chunk of its own that every other page's script then
 * loads too. `foldPlace` is therefore src/lib/text.ts's foldKey written again; a unit test holds
 * the two to the same results.
 */

/** Lower case, without tones and vowel marks, đ → d. */
export const foldPlace = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase();

/**
 * Whether one of a unit's names (its finder text, src/lib/units/directory.ts: names folded and
 * separated by "|") has every word a citizen typed, in any order: whole words, but the last, which
 * may be the start of one as it is being typed ("phu" is not "phuong"; "phu m" finds "phu mau").
 */
export function matchesPlace(finderText: string, query: string): boolean {
  const words = foldPlace(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  return finderText.split('|').some((name) => {
    const own = name.split(/[^a-z0-9]+/);
    return words.every((w, i) => own.some((o) => (i === words.length - 1 ? o.startsWith(w) : o === w)));
  });
}
