/**
 * The incremental build's key of each page kind that exists by the hundred or thousand (articles,
 * the news archive's months, procedures, their checklists, documents): everything the page shows,
 * hashed (src/lib/build/cache-key.ts). Every other page is rendered on each build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digest } from '../lib/build/cache-key.ts';
import { vietnamYear } from '../lib/dates.ts';
import { buildTime, examples, preview } from './build-env.ts';
import { currentUnit, multiUnit, perUnit, sharedDir, unitDir } from './units.ts';
import { englishPages } from './english.ts';
import { neighbours, relatedNews, type Article } from './news.ts';
import type { Procedure } from './procedures.ts';
import type { LegalDocument } from './documents.ts';
import type { DisclosureList } from './disclosure.ts';
import type { NewsMonth } from '../lib/news/months.ts';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

/**
 * What every page shows besides its own content: the unit's settings files (identity, menu, desks…)
 * and the units' shared ones (categories, fields…), the English pages the header links to, the
 * build's mode and the year (footer).
 */
const siteDigest = perUnit(async () => {
  const unit = currentUnit();
  const settings = [...yamlFiles(unitDir(unit)), ...(multiUnit ? yamlFiles(sharedDir) : [])];
  const english = (await englishPages()).map((p) => [p.id, p.digest]);
  return digest(unit, settings, english, preview, examples, vietnamYear(buildTime));
});

/** An article with its neighbours and related articles, as the page lists them. */
export async function articleKey(article: Article): Promise<string> {
  const { older, newer } = await neighbours(article);
  const shown = (a?: Article) => a && [a.slug, a.digest, a.data];
  return digest(await siteDigest(), article.digest, article.data, shown(older), shown(newer), (await relatedNews(article)).map(shown));
}

/** A month of the news archive: its articles as the list shows them, and the months it links to. */
export async function monthKey(month: NewsMonth<Article>, older?: NewsMonth<Article>, newer?: NewsMonth<Article>): Promise<string> {
  return digest(
    await siteDigest(),
    month.key,
    month.items.map((a) => [a.slug, a.data.title, a.data.date, a.data.category]),
    older?.key,
    newer?.key,
  );
}

/** A procedure (page and checklist), with the procedures it names (`related`). */
export async function procedureKey(p: Procedure, related: readonly Procedure[]): Promise<string> {
  return digest(
    await siteDigest(),
    p,
    related.map((r) => [r.code, r.name, r.url]),
  );
}

/** A document as pages show it: its entry, its file, and whether it has expired by this build. */
const shownDocument = (d: LegalDocument) => [
  d.digest,
  d.data,
  d.attachment,
  d.data.expires !== undefined && d.data.expires.getTime() <= buildTime.getTime(),
];

export async function documentKey(d: LegalDocument): Promise<string> {
  return digest(await siteDigest(), shownDocument(d));
}

// A whole collection's digest, once per build (the array each data module loads is the key).
const collections = new WeakMap<readonly object[], string>();
const collectionDigest = <T extends object>(all: readonly T[], shown: (item: T) => unknown) => {
  let value = collections.get(all);
  if (value === undefined) collections.set(all, (value = digest(all.map(shown))));
  return value;
};

/**
 * A page of the catalog's filter lists (`page`: which list, which page). Each shows the whole
 * catalog's counts beside its own procedures, so any procedure's change renders them all again;
 * an article or a document added does not.
 */
export async function catalogPageKey(catalog: readonly Procedure[], ...page: unknown[]): Promise<string> {
  return digest(
    await siteDigest(),
    collectionDigest(catalog, (p) => p),
    ...page,
  );
}

/** A page of a public disclosure section (`page`: which section, which page), which shows every section's count. */
export async function disclosurePageKey(lists: readonly DisclosureList[], ...page: unknown[]): Promise<string> {
  return digest(
    await siteDigest(),
    collectionDigest(lists, (l) => [l.section, l.items]),
    ...page,
  );
}

/** A page of the document lists (`page`: which list, which page), which show every type and year with counts. */
export async function documentListKey(documents: readonly LegalDocument[], ...page: unknown[]): Promise<string> {
  return digest(await siteDigest(), collectionDigest(documents, shownDocument), ...page);
}
