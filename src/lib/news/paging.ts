/** Splits a list into numbered pages for static routes (/tin-tuc/, /tin-tuc/trang/2/, …). */
export interface ListPage<T> {
  /** Route parameter: undefined for the first page, "trang/N" after it. */
  param: string | undefined;
  items: T[];
  current: number;
  total: number;
}

export function paginateList<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    param: i === 0 ? undefined : `trang/${i + 1}`,
    items: items.slice(i * perPage, (i + 1) * perPage),
    current: i + 1,
    total,
  }));
}
