/**
 * Our own result excerpt: a window of the page text around the words that match the query,
 * compared folded (so "dang" marks "Đăng"). Returned as plain segments for textContent, so no
 * HTML from the index is ever injected into the page.
 */
import { foldKey } from '../text.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const strip = (key: string) => key.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Each word of `all` folded for comparison. The text is folded once, not word by word: on a phone,
 * folding a long page's words one by one took most of the time of showing ten results. Folding
 * keeps whitespace, so the folded text splits into the same words, unless a stray combining mark
 * stands between spaces; then each word is folded on its own.
 */
function foldedWords(content: string, all: readonly string[]): string[] {
  const folded = foldKey(content).split(/\s+/).filter(Boolean);
  return folded.length === all.length ? folded.map(strip) : all.map((w) => strip(foldKey(w)));
}

/**
 * Picks the `length`-word window of `content` holding the most distinct query words (earliest
 * on ties) and marks the words that start with a query word, as Pagefind matches prefixes.
 * @example excerpt('Đăng ký khai sinh tại xã', ['dang', 'ky'], 3)
 *   // [{text:'Đăng ký', mark:true}, …] — words joined by spaces, runs of the same kind merged
 */
export function excerpt(content: string, queryWords: readonly string[], length = 30): Segment[] {
  const all = content.split(/\s+/).filter(Boolean);
  const terms = [...new Set(queryWords.map((w) => strip(foldKey(w))).filter(Boolean))];
  const hit = foldedWords(content, all).map((key) => (key ? terms.findIndex((t) => key.startsWith(t)) : -1));
  // The window slides one word at a time, counting how often each query word is inside it.
  const inWindow = new Array<number>(terms.length).fill(0);
  let distinct = 0;
  const enter = (h: number) => h >= 0 && inWindow[h]!++ === 0 && distinct++;
  const leave = (h: number) => h >= 0 && --inWindow[h]! === 0 && distinct--;
  hit.slice(0, length).forEach(enter);
  let best = 0;
  let bestScore = distinct;
  for (let start = 1; start < all.length - length + 1; start++) {
    leave(hit[start - 1]!);
    enter(hit[start + length - 1]!);
    if (distinct > bestScore) [best, bestScore] = [start, distinct];
  }
  // Start the window a little before the first hit, so the reader gets context.
  const firstHit = hit.slice(best, best + length).findIndex((h) => h >= 0);
  const start = firstHit > 3 ? Math.max(0, Math.min(best + firstHit - 3, all.length - length)) : best;
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  const shown = all.slice(start, start + length);
  let joinable = false;
  shown.forEach((word, i) => {
    const mark = hit[start + i]! >= 0;
    if (i > 0) push(' ', mark && joinable);
    // Mark the word itself, not the quote or comma stuck to it.
    const [, lead = '', core = word, trail = ''] = mark ? (/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? []) : [];
    if (lead) push(lead, false);
    push(core, mark);
    if (trail) push(trail, false);
    joinable = mark && !trail;
  });
  if (start + length < all.length) push(' …', false);
  return segments;
}
