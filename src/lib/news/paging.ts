/** Splits a list into numbered pages for static routes (first page, then PAGE_SEGMENT/N: see routes.ts). */
import { pageCount, pageParam } from '../routes.ts';

export interface ListPage<T> {
  /** Route parameter: undefined for the first page, then pageParam(N). */
  param: string | undefined;
  items: T[];
  current: number;
  total: number;
}

export function paginateList<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  const total = pageCount(items.length, perPage);
  return Array.from({ length: total }, (_, i) => ({
    param: pageParam(i + 1),
    items: items.slice(i * perPage, (i + 1) * perPage),
    current: i + 1,
    total,
  }));
}
