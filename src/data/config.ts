/**
 * Loads the unit's configuration and taxonomies from `content/` once per build.
 * Imported by astro.config.mjs, src/content.config.ts and components alike.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../lib/schemas/site.ts';
import { taxonomySchema, type TaxonomyItem } from '../lib/schemas/taxonomy.ts';
import { desksSchema, type Desk } from '../lib/schemas/desk.ts';
import { leadersSchema, type Leader } from '../lib/schemas/schedule.ts';
import { ContentError, validateYaml } from '../lib/validation.ts';

/** Folder of editors' content; TRANGTIN_CONTENT lets tests build a fixture site. */
export const contentDir = process.env.TRANGTIN_CONTENT ?? join(process.cwd(), 'content');

const load = <T>(name: string, read: (file: string, source: string) => T): T => {
  const file = `content/${name}`;
  let source: string;
  try {
    source = readFileSync(join(contentDir, name), 'utf8');
  } catch {
    throw new ContentError([
      { file, field: '', message: 'không tìm thấy tệp — tệp này là bắt buộc, xem hướng dẫn trong docs/operator-guide.md' },
    ]);
  }
  return read(file, source);
};

let cache:
  | {
      site: SiteConfig;
      categories: TaxonomyItem[];
      fields: TaxonomyItem[];
      documentTypes: TaxonomyItem[];
      desks: Desk[];
      leaders: Leader[];
    }
  | undefined;

/** Optional files: a site without a documents section has no document-types.yaml; one without desks.yaml shows no receiving addresses. */
const optional = (name: string) => existsSync(join(contentDir, name));

export function loadConfig() {
  cache ??= {
    site: load('site.yaml', (f, s) => validateYaml(f, s, siteSchema)),
    categories: load('categories.yaml', (f, s) => validateYaml(f, s, taxonomySchema)),
    fields: load('fields.yaml', (f, s) => validateYaml(f, s, taxonomySchema)),
    documentTypes: optional('document-types.yaml') ? load('document-types.yaml', (f, s) => validateYaml(f, s, taxonomySchema)) : [],
    desks: optional('desks.yaml') ? load('desks.yaml', (f, s) => validateYaml(f, s, desksSchema)) : [],
    leaders: optional('leaders.yaml') ? load('leaders.yaml', (f, s) => validateYaml(f, s, leadersSchema)) : [],
  };
  return cache;
}

/**
 * A digest of the settings the content schemas read (categories, fields, document types, leaders:
 * they turn what editors write into the settings' names). astro.config.mjs puts it in Astro's
 * config, so that Astro syncs every entry again when one of them changes: it keeps an entry it
 * synced until the entry's own file changes.
 */
export function schemaSettingsDigest(): string {
  const hash = createHash('sha256');
  for (const name of ['categories.yaml', 'fields.yaml', 'document-types.yaml', 'leaders.yaml'])
    hash.update(name).update(optional(name) ? readFileSync(join(contentDir, name)) : '');
  return hash.digest('hex').slice(0, 16);
}
