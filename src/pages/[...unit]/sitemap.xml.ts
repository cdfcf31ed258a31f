/**
 * Sitemap of every content page: the home page, each kind's section and entry pages as its
 * declaration lists them (src/kinds/<kind>/index.ts, `sitemap`), from its published entries, and
 * the pages that belong to no kind (public disclosure, access to information).
 */
import { onePerUnit } from '../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { unitCollection } from '../../data/collections.ts';
import { disclosureSections } from '../../data/disclosure.ts';
import { isPublishedNow } from '../../data/build-env.ts';
import { loadConfig } from '../../data/config.ts';
import { KINDS } from '../../kinds/index.ts';
import type { ContentKind, SitemapEntry } from '../../kinds/kind.ts';
import { escapeXml } from '../../lib/feed.ts';
import { isoVietnam } from '../../lib/dates.ts';
import { paths } from '../../lib/routes.ts';
import { LIVE_SECTIONS } from '../../lib/units/scope.ts';
import { hasChildUnits } from '../../data/unit-directory.ts';

export const GET: APIRoute = async () => {
  const { site, categories, fields, documentTypes, leaders } = loadConfig();
  const settings = { categories, fields, documentTypes, leaders };
  const ofKind = async (kind: ContentKind): Promise<SitemapEntry[]> => {
    // An archive has no pages of the live sections (src/lib/units/scope.ts).
    if (site.archive.archived && (LIVE_SECTIONS as readonly string[]).includes(kind.name)) return [];
    const entries = (await unitCollection(kind.name as (typeof KINDS)[number]['name'])).filter((e) => isPublishedNow(kind, e.data));
    return kind.sitemap(entries, settings);
  };
  const entries: SitemapEntry[] = [
    { path: paths.home },
    ...(await Promise.all(KINDS.map((kind) => ofKind(kind as ContentKind)))).flat(),
    { path: paths.disclosureHub },
    { path: paths.accessToInformation },
    ...(hasChildUnits() ? [{ path: paths.unitDirectory }] : []),
    ...disclosureSections().map((s) => ({ path: paths.disclosure(s.slug) })),
  ];
  const urls = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(new URL(e.path, site.site.url).href)}</loc>${e.lastmod ? `<lastmod>${isoVietnam(e.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};

export const getStaticPaths = onePerUnit;
