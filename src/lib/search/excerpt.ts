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

const strip = (w: string) => foldKey(w).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Picks the `length`-word window of `content` holding the most distinct query words (earliest
 * on ties) and marks the words that start with a query word, as Pagefind matches prefixes.
 * @example excerpt('Đăng ký khai sinh tại xã', ['dang', 'ky'], 3)
 *   // [{text:'Đăng ký', mark:true}, …] — words joined by spaces, runs of the same kind merged
 */
export function excerpt(content: string, queryWords: readonly string[], length = 30): Segment[] {
  const all = content.split(/\s+/).filter(Boolean);
  const terms = [...new Set(queryWords.map(strip).filter(Boolean))];
  const hit = all.map((w) => {
    const key = strip(w);
    return key ? terms.findIndex((t) => key.startsWith(t)) : -1;
  });
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, all.length - length + 1); start++) {
    const score = new Set(hit.slice(start, start + length).filter((h) => h >= 0)).size;
    if (score > bestScore) [best, bestScore] = [start, score];
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
