/** Sitemap of every content page: home, articles, procedures, static pages, schedule, questions, statistics, documents and list pages' first pages. */
import type { APIRoute } from 'astro';
import { allPages } from '../data/pages.ts';
import { allWeeks } from '../data/schedule.ts';
import { allQuestions, questionsByField } from '../data/questions.ts';
import { disclosureSections } from '../data/disclosure.ts';
import { allConsultations } from '../data/consultations.ts';
import { englishPages } from '../data/english.ts';
import { allAlbums, allVideos } from '../data/media.ts';
import { allNews } from '../data/news.ts';
import { allProcedures, fieldUrl, listedProcedures } from '../data/procedures.ts';
import { allDocuments, documentsByType, documentsByYear } from '../data/documents.ts';
import { loadConfig } from '../data/config.ts';
import { escapeXml } from '../lib/feed.ts';
import { isoVietnam } from '../lib/dates.ts';
import { paths } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const { site, categories } = loadConfig();
  const procedures = await allProcedures();
  const entries: { path: string; lastmod?: Date }[] = [
    { path: paths.home },
    { path: paths.news },
    { path: paths.catalog },
    ...categories.map((c) => ({ path: paths.category(c.slug) })),
    // Field pages exist for fields with listed procedures only (rescinded ones leave the lists).
    ...[...new Set((await listedProcedures()).map((p) => p.field))].map((f) => ({ path: fieldUrl(f) })),
    ...(await allNews()).map((a) => ({ path: a.url, lastmod: a.data.updated ?? a.data.date })),
    ...procedures.map((p) => ({ path: p.url, lastmod: p.updated })),
    ...(await allPages()).map((p) => ({ path: paths.page(p.id) })),
    ...(await englishPages()).map((p) => ({ path: paths.englishPage(p.id) })),
    { path: paths.albums },
    ...(await allAlbums()).map((a) => ({ path: a.url, lastmod: a.data.date })),
    { path: paths.videos },
    ...(await allVideos()).map((v) => ({ path: v.url, lastmod: v.data.date })),
    { path: paths.schedule },
    ...(await allWeeks()).map((w) => ({ path: paths.scheduleWeek(w.slug) })),
    { path: paths.questions },
    ...(await questionsByField()).map(({ field }) => ({ path: paths.questionField(field.slug) })),
    ...(await allQuestions()).map((q) => ({ path: q.url, lastmod: q.data.answered })),
    { path: paths.statistics },
    { path: paths.disclosureHub },
    { path: paths.accessToInformation },
    { path: paths.consultations },
    ...(await allConsultations()).map((c) => ({ path: c.url, lastmod: c.data.resultDate ?? c.opens })),
    ...disclosureSections().map((s) => ({ path: paths.disclosure(s.slug) })),
    { path: paths.documents },
    ...(await documentsByType()).map(({ type }) => ({ path: paths.documentType(type.slug) })),
    ...(await documentsByYear()).map(({ year }) => ({ path: paths.documentYear(year) })),
    ...(await allDocuments()).map((d) => ({ path: d.url, lastmod: d.data.issued })),
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
