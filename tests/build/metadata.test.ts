/**
 * Feeds, sitemap and page metadata: well-formed feeds with absolute links, a sitemap listing every
 * content page, and a unique <title> and a meta description on every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileOfUrlPath, listFiles, listHtmlFiles, siteOriginOf, urlPathOf } from '../support/dist.ts';
import { checkFeed, sitemapLocations } from '../support/feeds.ts';
import { scanHtml } from '../support/html.ts';
import { pagesByTemplate } from '../support/templates.ts';

const distDir = inject('distDir');
const origin = siteOriginOf(distDir)!;
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
/** The dist file an absolute URL of the site is served from. */
const fileOfSiteUrl = (url: string) => (new URL(url).origin === origin ? fileOfUrlPath(distDir, new URL(url).pathname) : undefined);

/** Pages with content of their own; list pages are reached from them and need not be listed. */
const CONTENT_TEMPLATES = ['home', 'article', 'procedure', 'page'];

describe('RSS feeds', () => {
  const feeds = listFiles(distDir).filter((f) => f.endsWith('rss.xml'));

  it('has the site feed and one feed per category page', () => {
    expect(feeds).toContain('rss.xml');
    const categories = (pagesByTemplate(distDir).get('category') ?? []).filter((p) => !p.includes('/trang/'));
    expect(categories.length).toBeGreaterThan(0);
    for (const path of categories) expect(existsSync(join(distDir, path, 'rss.xml')), `${path}rss.xml`).toBe(true);
  });

  it('are well-formed XML with absolute links that lead to built pages', () => {
    expect(origin).toMatch(/^https?:\/\//);
    for (const feed of feeds) {
      const { problems, itemLinks } = checkFeed(read(feed));
      expect(problems, feed).toEqual([]);
      expect(
        itemLinks.filter((link) => !fileOfSiteUrl(link)),
        `${feed}: item links without a page`,
      ).toEqual([]);
    }
  });

  it("carry each article's body as its page shows it: every link and image of the site's resolves to a built file", () => {
    const { contentUrls } = checkFeed(read('rss.xml'));
    const own = contentUrls.filter((url) => url.startsWith(`${origin}/`));
    // The sample's articles link to procedures and show photos in their bodies.
    expect(own.filter((url) => url.includes('/_astro/')).length).toBeGreaterThan(0);
    expect(
      own.filter((url) => !fileOfSiteUrl(url)),
      'rss.xml: links and images without a file',
    ).toEqual([]);
  });
});

describe('sitemap', () => {
  const { problems, locations } = sitemapLocations(read('sitemap.xml'));

  it('is well-formed, with absolute URLs of built pages only', () => {
    expect(problems).toEqual([]);
    expect(locations.filter((loc) => !fileOfSiteUrl(loc))).toEqual([]);
    expect(new Set(locations).size).toBe(locations.length);
  });

  it('lists every content page: home, articles, procedures and static pages', () => {
    const listed = new Set(locations.map((loc) => new URL(loc).pathname));
    const groups = pagesByTemplate(distDir);
    const content = CONTENT_TEMPLATES.flatMap((name) => groups.get(name) ?? []);
    expect(content.length).toBeGreaterThan(5);
    expect(content.filter((path) => !listed.has(path))).toEqual([]);
    expect(listed.has('/404.html')).toBe(false);
  });
});

describe('page metadata', () => {
  const pages = listHtmlFiles(distDir).map((file) => ({ path: urlPathOf(file), ...scanHtml(read(file)) }));

  it('gives every page exactly one non-empty <title>, unique across the site', () => {
    expect(pages.filter((p) => p.titles.length !== 1 || !p.titles[0]).map((p) => p.path)).toEqual([]);
    const byTitle = new Map<string, typeof pages>();
    for (const p of pages) byTitle.set(p.titles[0] ?? '', [...(byTitle.get(p.titles[0] ?? '') ?? []), p]);
    const duplicates = [...byTitle]
      .filter(([, group]) => group.length > 1)
      .map(([title, group]) => `${title}: ${group.map((p) => p.path).join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  it('gives every page exactly one non-empty meta description', () => {
    expect(pages.filter((p) => p.descriptions.length !== 1 || !p.descriptions[0]?.trim()).map((p) => p.path)).toEqual([]);
  });
});
