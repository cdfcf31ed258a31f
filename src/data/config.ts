/**
 * Loads a unit's configuration and taxonomies from content/ once per build and unit (src/data/units.ts
 * says which unit: the one whose page is being made). Imported by astro.config.mjs,
 * src/content.config.ts and components alike.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteSchema, type SiteConfig } from '../lib/schemas/site.ts';
import { taxonomySchema, type TaxonomyItem } from '../lib/schemas/taxonomy.ts';
import { desksSchema, type Desk } from '../lib/schemas/desk.ts';
import { leadersSchema, type Leader } from '../lib/schemas/schedule.ts';
import { ContentError, validateYaml } from '../lib/validation.ts';
import { successorLinks, type SuccessorLink } from '../lib/units/units.ts';
import { allUnitIds, contentDir, currentUnit, sharedDir, unitDir } from './units.ts';

export { contentDir } from './units.ts';

/** How problems name a file: its path from the repository's root, as editors see it. */
const label = (path: string) => join('content', relative(contentDir, path)).split('\\').join('/');

const load = <T>(path: string, read: (file: string, source: string) => T): T => {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError([
      { file: label(path), field: '', message: 'không tìm thấy tệp — tệp này là bắt buộc, xem hướng dẫn trong docs/operator-guide.md' },
    ]);
  }
  return read(label(path), source);
};

/** The taxonomies are the units' common lists (content/shared/ when there are many): one collection per kind reads them. */
const taxonomyFile = (name: string) => join(sharedDir, name);
const taxonomy = (path: string) => load(path, (f, s) => validateYaml(f, s, taxonomySchema));
const optionalList = <T>(path: string, read: (path: string) => T[]): T[] => (existsSync(path) ? read(path) : []);

export interface UnitConfig {
  /** site.yaml, with the successors that are units of the repository given their names and addresses. */
  site: SiteConfig & { archive: { successors: SuccessorLink[] } };
  categories: TaxonomyItem[];
  fields: TaxonomyItem[];
  documentTypes: TaxonomyItem[];
  desks: Desk[];
  leaders: Leader[];
}

const cache = new Map<string, UnitConfig>();
const sites = new Map<string, SiteConfig>();

/** A unit's site.yaml as written (its successors as ids, unresolved). */
export const loadSite = (unit: string) => {
  let site = sites.get(unit);
  if (!site) sites.set(unit, (site = load(join(unitDir(unit), 'site.yaml'), (f, s) => validateYaml(f, s, siteSchema))));
  return site;
};

/**
 * The unit a unit's site.yaml names as its parent (unit.parentUnit); undefined for none, for the
 * one unit of a one-unit repository, and for a site.yaml that cannot be read (the check says why).
 */
export function parentUnitOf(unit: string): string | undefined {
  if (!unit) return undefined;
  try {
    return loadSite(unit).unit.parentUnit;
  } catch {
    return undefined;
  }
}

/** The units that name `unit` as their parent (a province's communes and wards). */
export const childUnitIds = (unit: string): string[] => allUnitIds.filter((id) => id !== unit && parentUnitOf(id) === unit);

/** Another unit's name and address, for links to it (an unknown id is the checker's to report). */
const identity = (unit: string) => {
  if (!allUnitIds.includes(unit))
    throw new ContentError([{ file: 'content/', field: 'archive.successors', message: `không có đơn vị "${unit}"` }]);
  return { title: loadSite(unit).site.title, url: loadSite(unit).site.url };
};

/** A unit's configuration: the current unit's (src/data/units.ts) unless one is named. */
export function loadConfig(unit: string = currentUnit()): UnitConfig {
  let config = cache.get(unit);
  if (!config) {
    const dir = unitDir(unit);
    const site = loadSite(unit);
    const successors = successorLinks(
      site.archive.successors,
      new Map(site.archive.successors.flatMap((s) => (s.unit ? [[s.unit, identity(s.unit)]] : []))),
    );
    config = {
      site: { ...site, archive: { ...site.archive, successors } },
      categories: taxonomy(taxonomyFile('categories.yaml')),
      fields: taxonomy(taxonomyFile('fields.yaml')),
      // Optional files: a site without a documents section has no document-types.yaml; one without desks.yaml shows no receiving addresses.
      documentTypes: optionalList(taxonomyFile('document-types.yaml'), taxonomy),
      desks: optionalList(join(dir, 'desks.yaml'), (p) => load(p, (f, s) => validateYaml(f, s, desksSchema))),
      leaders: optionalList(join(dir, 'leaders.yaml'), (p) => load(p, (f, s) => validateYaml(f, s, leadersSchema))),
    };
    cache.set(unit, config);
  }
  return config;
}

/**
 * What the content schemas read, for every unit at once (Astro has one collection per kind): the
 * taxonomies the units share, and all units' leaders. Each unit's own checker run (src/cli/check.ts)
 * holds its entries to its own lists.
 */
export function schemaSettings() {
  const units = allUnitIds.map((u) => loadConfig(u));
  const first = units[0]!;
  const leaders = [...new Map(units.flatMap((u) => u.leaders).map((l) => [l.slug, l])).values()];
  return { categories: first.categories, fields: first.fields, documentTypes: first.documentTypes, leaders };
}

/**
 * A digest of the settings the content schemas read (categories, fields, document types, leaders:
 * they turn what editors write into the settings' names). astro.config.mjs puts it in Astro's
 * config, so that Astro syncs every entry again when one of them changes: it keeps an entry it
 * synced until the entry's own file changes.
 */
export function schemaSettingsDigest(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(schemaSettings()));
  return hash.digest('hex').slice(0, 16);
}

/** Whether the current unit is an archive (site.yaml: archive.archived): read-only, without its live sections (src/lib/units/scope.ts). */
export const isArchived = (): boolean => loadConfig().site.archive.archived;
