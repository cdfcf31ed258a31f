/** Pure helpers for the documents section: number matching, grouping. */
import { foldKey } from '../text.ts';

/**
 * The comparable form of a số/ký hiệu: "125/QĐ-UBND", "125/qđ-ubnd" and "125 / QD-UBND" are the
 * same number, so duplicates are found however an editor typed them.
 */
export function numberKey(number: string): string {
  return foldKey(number).replace(/\s+/g, '');
}

/** How many items fall under each key, in first-seen order. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
