/** Grouping and filtering the procedure catalog: pure functions over plain records. */
import type { GovernmentLevel, OnlineLevel } from '../schemas/procedure.ts';
import { foldKey, slugify } from '../text.ts';

/**
 * Procedures per page of a catalog filter page (src/lib/procedures/catalog-pages.ts): with the
 * national database's long names, about 60 KB of HTML (measured: 100 a page made 143 KB).
 */
export const PROCEDURES_PER_PAGE = 50;

export interface CatalogItem {
  code: string;
  name: string;
  field: string;
  levels: readonly GovernmentLevel[];
  online: OnlineLevel;
  applicants: readonly string[];
  agency: string;
  rescinded?: unknown;
}

export interface CatalogFilter {
  field?: string;
  level?: GovernmentLevel;
  online?: OnlineLevel;
  /** Slug of who files (applicantSlug). */
  applicant?: string;
  /** Slug of an implementing agency (agenciesOf). */
  agency?: string;
}

/**
 * The implementing agencies of a procedure: the record may name several (";") and add notes in
 * parentheses ("Phòng Tư pháp huyện (nơi lưu sổ hộ tịch)"), which do not make another agency.
 */
export function agenciesOf(p: Pick<CatalogItem, 'agency'>): string[] {
  return p.agency
    .split(';')
    .map((a) =>
      a
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** URL slug of a name (an applicant as the national database writes it, an agency). */
export const facetSlug = (name: string) => slugify(name);

/** Rescinded procedures keep their page but leave every list. */
export function listed<T extends CatalogItem>(items: readonly T[]): T[] {
  return items.filter((p) => !p.rescinded);
}

export function filterCatalog<T extends CatalogItem>(items: readonly T[], filter: CatalogFilter): T[] {
  return items.filter(
    (p) =>
      (!filter.field || p.field === filter.field) &&
      (!filter.level || p.levels.includes(filter.level)) &&
      (!filter.online || p.online === filter.online) &&
      (!filter.applicant || p.applicants.some((a) => facetSlug(a) === filter.applicant)) &&
      (!filter.agency || agenciesOf(p).some((a) => facetSlug(a) === filter.agency)),
  );
}

const byName = (a: CatalogItem, b: CatalogItem) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code);

/** Groups by field in the order of `fieldOrder` (content/fields.yaml), procedures sorted by name. */
export function groupByField<T extends CatalogItem>(items: readonly T[], fieldOrder: readonly string[]): { field: string; items: T[] }[] {
  const groups = new Map<string, T[]>(fieldOrder.map((f) => [f, []]));
  for (const p of items) {
    if (!groups.has(p.field)) groups.set(p.field, []);
    groups.get(p.field)!.push(p);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([field, list]) => ({ field, items: list.sort(byName) }));
}

/** How many procedures each value of a facet has, for filter links with counts. */
export function countBy<T extends CatalogItem, K extends string>(items: readonly T[], key: (p: T) => readonly K[] | K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const p of items) {
    const values = key(p);
    for (const v of Array.isArray(values) ? values : [values as K]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Finds procedures whose code or name contains every word of `query`, diacritics ignored. */
export function matchesQuery(p: Pick<CatalogItem, 'code' | 'name'>, query: string): boolean {
  const haystack = foldKey(`${p.code} ${p.name}`);
  return foldKey(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The URL to file a procedure online, from the configured template. */
export function onlineUrl(template: string, code: string): string {
  return template.replace('{code}', encodeURIComponent(code));
}

/**
 * Where a procedure is filed online: its own portal when the record names one (residence
 * procedures are filed on the Ministry of Public Security's), else the unit's, by the template.
 */
export function onlineFiling(
  p: { code: string; onlineFiling?: { name: string; url: string } },
  unit: { name: string; procedureUrl: string },
): { name: string; url: string } {
  return p.onlineFiling ?? { name: unit.name, url: onlineUrl(unit.procedureUrl, p.code) };
}

/**
 * Related procedures both ways: a record that names another is related to it, and the other to it.
 * Codes that no record has are left out (the checker reports them). Each list in the records' order.
 */
export function relatedBothWays(items: readonly { code: string; related: readonly string[] }[]): Map<string, string[]> {
  const known = new Set(items.map((p) => p.code));
  const links = new Map<string, Set<string>>(items.map((p) => [p.code, new Set()]));
  for (const p of items) {
    for (const other of p.related) {
      if (other === p.code || !known.has(other)) continue;
      links.get(p.code)!.add(other);
      links.get(other)!.add(p.code);
    }
  }
  const order = new Map(items.map((p, i) => [p.code, i]));
  return new Map([...links].map(([code, set]) => [code, [...set].sort((a, b) => order.get(a)! - order.get(b)!)]));
}
