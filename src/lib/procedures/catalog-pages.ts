/**
 * How the catalog is laid out in pages. A commune's catalog (a few hundred procedures at most) is
 * one list grouped by field; a province's (about 2,000) would be a page of over a megabyte, too
 * heavy for a cheap phone, so it becomes an overview by field with counts and a few procedures
 * each, and every filter page (field, level, online level, applicant, agency) is paginated.
 */
import { paginateList, type ListPage } from '../news/paging.ts';
import type { GovernmentLevel, OnlineLevel } from '../schemas/procedure.ts';
import { agenciesOf, facetSlug, groupByField, PROCEDURES_PER_PAGE, type CatalogItem } from './catalog.ts';

/** Up to this many procedures, the catalog page lists them all. */
export const FULL_LIST_MAX = 150;
/** Procedures named under each field in the overview. */
export const OVERVIEW_SAMPLE = 3;

/** True when the catalog page shows an overview by field instead of every procedure. */
export const needsOverview = (count: number): boolean => count > FULL_LIST_MAX;

/** Pages of a filter's procedures, in the catalog's order (field, then name), so pages group well. */
export function catalogPages<T extends CatalogItem>(items: readonly T[], fieldOrder: readonly string[]): ListPage<T>[] {
  return paginateList(
    groupByField(items, fieldOrder).flatMap((g) => g.items),
    PROCEDURES_PER_PAGE,
  );
}

export interface FieldOverview<T> {
  field: string;
  count: number;
  /** A few of its procedures, fully online ones first: what most citizens come for. */
  sample: T[];
}

export function fieldOverview<T extends CatalogItem>(
  items: readonly T[],
  fieldOrder: readonly string[],
  size = OVERVIEW_SAMPLE,
): FieldOverview<T>[] {
  return groupByField(items, fieldOrder).map(({ field, items: list }) => ({
    field,
    count: list.length,
    sample: [...list.filter((p) => p.online === 'toan-trinh'), ...list.filter((p) => p.online !== 'toan-trinh')].slice(0, size),
  }));
}

export interface FilterScope<T> {
  /** URL slug of the value (a level or online level as is, others slugified). */
  slug: string;
  /** The value as shown (a field's name, an applicant as written…). */
  name: string;
  items: T[];
}

export interface FilterScopes<T> {
  field: FilterScope<T>[];
  level: FilterScope<T>[];
  online: FilterScope<T>[];
  applicant: FilterScope<T>[];
  agency: FilterScope<T>[];
}

/**
 * Every filter page's procedures, in one pass over the catalog (once per build, not once per page).
 * Fields follow `fields` (content/fields.yaml); levels and online levels their fixed order.
 */
export function filterScopes<T extends CatalogItem>(
  items: readonly T[],
  fields: readonly { name: string; slug: string }[],
  levels: readonly GovernmentLevel[],
  onlineLevels: readonly OnlineLevel[],
): FilterScopes<T> {
  const maps = {
    field: new Map<string, FilterScope<T>>(),
    level: new Map<string, FilterScope<T>>(),
    online: new Map<string, FilterScope<T>>(),
    applicant: new Map<string, FilterScope<T>>(),
    agency: new Map<string, FilterScope<T>>(),
  };
  const put = (kind: keyof FilterScopes<T>, slug: string, name: string, p: T) => {
    const map = maps[kind];
    if (!map.has(slug)) map.set(slug, { slug, name, items: [] });
    map.get(slug)!.items.push(p);
  };
  const fieldSlugs = new Map(fields.map((f) => [f.name, f.slug]));
  for (const p of items) {
    put('field', fieldSlugs.get(p.field) ?? facetSlug(p.field), p.field, p);
    for (const level of p.levels) put('level', level, level, p);
    put('online', p.online, p.online, p);
    for (const applicant of new Set(p.applicants)) put('applicant', facetSlug(applicant), applicant, p);
    for (const agency of new Set(agenciesOf(p))) put('agency', facetSlug(agency), agency, p);
  }
  const ordered = (map: Map<string, FilterScope<T>>, order: readonly string[]) =>
    [...map.values()].sort((a, b) => (order.indexOf(a.slug) + 1 || order.length + 1) - (order.indexOf(b.slug) + 1 || order.length + 1));
  return {
    field: ordered(
      maps.field,
      fields.map((f) => f.slug),
    ),
    level: ordered(maps.level, levels),
    online: ordered(maps.online, onlineLevels),
    applicant: [...maps.applicant.values()],
    agency: [...maps.agency.values()],
  };
}
