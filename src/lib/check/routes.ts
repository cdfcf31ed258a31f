/**
 * The paths the built site will have, computed from content alone (no build needed), so a
 * Markdown link can be checked before anything is built. Mirrors src/pages/.
 */
import { paginateList } from '../news/paging.ts';
import type { GovernmentLevel, OnlineLevel } from '../schemas/procedure.ts';

export interface RouteInput {
  /** Slugs of the articles the build publishes, with their category. */
  news: { slug: string; category: string }[];
  categories: string[];
  newsPerPage: number;
  procedures: { code: string; field: string; levels: readonly GovernmentLevel[]; online: OnlineLevel; rescinded?: unknown }[];
  /** Field slugs by field name (content/fields.yaml). */
  fieldSlugs: Map<string, string>;
  pages: string[];
  /** Published documents: slug, type slug and year of issue. */
  documents: { slug: string; type: string; year: number; attachment?: string }[];
  publicFiles: readonly string[];
}

const FIXED = ['/', '/tin-tuc/', '/thu-tuc-hanh-chinh/', '/van-ban/', '/tim-kiem/', '/404.html', '/rss.xml', '/sitemap.xml', '/robots.txt'];

/** Every path of the site, with a trailing slash for pages. */
export function sitePaths(input: RouteInput): Set<string> {
  const paths = new Set([...FIXED, ...input.publicFiles]);
  const pageUrls = (base: string, count: number) => {
    for (const page of paginateList(Array.from({ length: count }), input.newsPerPage)) paths.add(page.param ? `${base}${page.param}/` : base);
  };
  pageUrls('/tin-tuc/', input.news.length);
  for (const category of input.categories) {
    pageUrls(`/tin-tuc/chuyen-muc/${category}/`, input.news.filter((n) => n.category === category).length);
    paths.add(`/tin-tuc/chuyen-muc/${category}/rss.xml`);
  }
  for (const { slug } of input.news) paths.add(`/tin-tuc/${slug}/`);
  for (const p of input.procedures) {
    paths.add(`/thu-tuc-hanh-chinh/${p.code}/`);
    paths.add(`/thu-tuc-hanh-chinh/${p.code}/ho-so/`);
    if (p.rescinded) continue; // rescinded ones keep their page but leave the lists
    paths.add(`/thu-tuc-hanh-chinh/linh-vuc/${input.fieldSlugs.get(p.field) ?? p.field}/`);
    for (const level of p.levels) paths.add(`/thu-tuc-hanh-chinh/cap/${level}/`);
    paths.add(`/thu-tuc-hanh-chinh/muc-do/${p.online}/`);
  }
  for (const page of input.pages) paths.add(`/${page}/`);
  const documentPages = paginateList(input.documents, input.newsPerPage);
  for (const page of documentPages.slice(1)) paths.add(`/van-ban/${page.param}/`);
  for (const d of input.documents) {
    paths.add(`/van-ban/${d.slug}/`);
    paths.add(`/van-ban/loai/${d.type}/`);
    paths.add(`/van-ban/nam/${d.year}/`);
    if (d.attachment) paths.add(d.attachment);
  }
  return paths;
}

/**
 * The site path an internal link points at, or undefined for external links and anchors.
 * `siteUrl` makes absolute links to the portal itself count as internal.
 */
export function internalPath(href: string, siteUrl?: string): string | undefined {
  let target = href.trim();
  if (siteUrl && target.startsWith(`${siteUrl}/`)) target = target.slice(siteUrl.length);
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  const path = target.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Whether `path` exists; a page link without its trailing slash still reaches the page. */
export function pathExists(paths: Set<string>, path: string): boolean {
  return paths.has(path) || (!path.endsWith('/') && paths.has(`${path}/`));
}
