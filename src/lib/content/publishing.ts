/**
 * "Is this entry published?", one rule for every kind of content: the pages, feeds, sitemap,
 * search index and file copies all ask it, so an entry and its files appear together or not at all.
 */

export interface Publishable {
  /** The entry's own date (an article's, a document's issue date, an answer's…); none: no date rule. */
  date?: Date;
  draft?: boolean;
}

/**
 * Drafts never reach the public site; an entry dated in the future appears from its date on
 * (the date of the build, Vietnam time: bare dates are Vietnam midnight). `preview` shows both.
 */
export function isPublished(item: Publishable, now: Date, preview = false): boolean {
  if (preview) return true;
  return !item.draft && (item.date === undefined || item.date.getTime() <= now.getTime());
}

/** Newest first; ties broken by id so the order is stable from build to build. */
export function byNewest<T extends { id: string; data: { date: Date } }>(a: T, b: T): number {
  return b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);
}
