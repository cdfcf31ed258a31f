/** Which articles the public site shows, and in what order. */

export interface Dated {
  date: Date;
  draft?: boolean;
}

/**
 * Drafts never reach the public site; an article dated in the future appears from its date on
 * (the date of the build, Vietnam time: bare dates are Vietnam midnight). `preview` shows both.
 */
export function isPublished(item: Dated, now: Date, preview = false): boolean {
  if (preview) return true;
  return !item.draft && item.date.getTime() <= now.getTime();
}

/** Newest first; ties broken by id so the order is stable from build to build. */
export function byNewest<T extends { id: string; data: Dated }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
