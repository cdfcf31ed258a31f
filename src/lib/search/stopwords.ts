/**
 * Words and phrases that carry no meaning for search — "thủ tục", "như thế nào", "ở đâu", "cần
 * gì" — taken out of a query that finds nothing as typed (content/search-stopwords.yaml, which
 * editors extend). Works on folded words, longest phrases first.
 */
import { foldPhrase } from './words.ts';

/** The folded query words without the stop phrases; the words unchanged if nothing would be left. */
export function withoutStopWords(queryWords: readonly string[], stopWords: readonly string[]): string[] {
  const phrases = stopWords
    .map((s) => foldPhrase(s).split(' '))
    .filter((p) => p[0])
    .sort((a, b) => b.length - a.length);
  let kept = [...queryWords];
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= kept.length; i++) {
      if (phrase.every((w, j) => kept[i + j] === w)) {
        kept = [...kept.slice(0, i), ...kept.slice(i + phrase.length)];
        i--;
      }
    }
  }
  return kept.length ? kept : [...queryWords];
}
