/** Sitemap of every content page: home, articles, procedures, static pages, documents and list pages' first pages. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allNews, categoryUrl } from '../data/news.ts';
import { allProcedures, fieldUrl } from '../data/procedures.ts';
import { allDocuments, documentTypeUrl, documentYearUrl, documentsByType, documentsByYear } from '../data/documents.ts';
import { loadConfig } from '../data/config.ts';
import { escapeXml } from '../lib/feed.ts';
import { isoVietnam } from '../lib/dates.ts';

export const GET: APIRoute = async () => {
  const { site, categories } = loadConfig();
  const procedures = await allProcedures();
  const entries: { path: string; lastmod?: Date }[] = [
    { path: '/' },
    { path: '/tin-tuc/' },
    { path: '/thu-tuc-hanh-chinh/' },
    ...categories.map((c) => ({ path: categoryUrl(c.slug) })),
    ...[...new Set(procedures.map((p) => p.field))].map((f) => ({ path: fieldUrl(f) })),
    ...(await allNews()).map((a) => ({ path: a.url, lastmod: a.data.updated ?? a.data.date })),
    ...procedures.map((p) => ({ path: p.url, lastmod: p.updated })),
    ...(await getCollection('pages')).map((p) => ({ path: `/${p.id}/` })),
    { path: '/van-ban/' },
    ...(await documentsByType()).map(({ type }) => ({ path: documentTypeUrl(type.slug) })),
    ...(await documentsByYear()).map(({ year }) => ({ path: documentYearUrl(year) })),
    ...(await allDocuments()).map((d) => ({ path: d.url, lastmod: d.data.issued })),
  ];
  const urls = entries
    .map((e) => `<url><loc>${escapeXml(new URL(e.path, site.site.url).href)}</loc>${e.lastmod ? `<lastmod>${isoVietnam(e.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
