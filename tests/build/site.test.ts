/** The sample site as built: every content item has its page, and nothing unpublished leaks. */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { vietnamMonth } from '../../src/lib/dates.ts';
import { join } from 'node:path';
import { contentRoot, sampleDocuments, sampleNews, samplePages, sampleProcedures } from '../support/content.ts';
import { parse } from 'yaml';

const dist = inject('distDir');
const html = (path: string) => readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
const news = sampleNews();
const published = news.filter((n) => !n.data.draft);

describe('built sample site', () => {
  it('has a page for every published article and none for drafts', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const n of published) expect(existsSync(join(dist, 'tin-tuc', n.slug, 'index.html')), n.file).toBe(true);
    for (const n of news.filter((n) => n.data.draft)) expect(existsSync(join(dist, 'tin-tuc', n.slug)), n.file).toBe(false);
  });

  it('has a page and a printable checklist for every procedure, with the code kept in the URL', () => {
    for (const p of sampleProcedures()) {
      const page = html(`thu-tuc-hanh-chinh/${p.code}/`);
      expect(page).toContain(`<h1>${p.name}</h1>`);
      expect(existsSync(join(dist, 'thu-tuc-hanh-chinh', p.code, 'ho-so', 'index.html'))).toBe(true);
    }
  });

  it('lists every procedure that is not rescinded in the catalog, with its online level', () => {
    const catalog = html('thu-tuc-hanh-chinh/');
    for (const p of sampleProcedures()) {
      expect(catalog.includes(`href="/thu-tuc-hanh-chinh/${p.code}/"`), p.code).toBe(!p.rescinded);
    }
    for (const level of new Set(sampleProcedures().map((p) => p.online))) {
      expect(catalog.includes(`tt-tag--${level}`), level).toBe(true);
    }
  });

  it('has a page for every published document with its attachment, and nothing of drafts', () => {
    const documents = sampleDocuments();
    expect(documents.filter((d) => !d.data.draft && d.data.file).length).toBeGreaterThanOrEqual(5);
    const list = html('van-ban/');
    for (const d of documents) {
      const attachment = d.data.file ? join(dist, 'van-ban', 'tep', d.year, d.data.file.split('/').pop()!) : undefined;
      if (d.data.draft) {
        expect(existsSync(join(dist, 'van-ban', d.slug)), d.file).toBe(false);
        if (attachment) expect(existsSync(attachment), d.file).toBe(false);
        continue;
      }
      const page = html(`van-ban/${d.slug}/`);
      expect(page, d.file).toContain(d.data.number);
      expect(page).toContain(d.data.title.replace(/"/g, '&quot;'));
      if (attachment) {
        // The very bytes the editor committed, at the URL the page links to.
        expect(readFileSync(attachment).equals(readFileSync(join(contentRoot, 'documents', d.year, d.data.file!))), d.file).toBe(true);
        expect(page).toContain(`href="/van-ban/tep/${d.year}/${d.data.file!.split('/').pop()}"`);
        expect(page).toMatch(/Tải văn bản \((PDF|Word|Excel|ODT), [\d,]+ (KB|MB)\)/);
      }
    }
    // The list's first page shows the newest document first.
    const newest = documents.filter((d) => !d.data.draft).sort((a, b) => String(b.data.issued).localeCompare(String(a.data.issued)))[0]!;
    expect(list.indexOf(`href="/van-ban/${newest.slug}/"`)).toBeGreaterThan(0);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(`/van-ban/${newest.slug}/`);
  });

  it('builds static pages, the 404 page, feeds, sitemap and robots.txt', () => {
    for (const slug of samplePages()) expect(existsSync(join(dist, slug, 'index.html')), slug).toBe(true);
    for (const file of ['404.html', 'rss.xml', 'sitemap.xml', 'robots.txt']) expect(existsSync(join(dist, file)), file).toBe(true);
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)?.length).toBe(Math.min(30, published.length));
    expect(rss).toContain('<content:encoded>');
  });

  it('writes Vietnamese pages with the skip link first and the legally required footer', () => {
    const home = html('');
    expect(home.startsWith('<!DOCTYPE html><html lang="vi"')).toBe(true);
    expect(home.indexOf('class="tt-skip-link')).toBeLessThan(home.indexOf('<header'));
    expect(/<body[^>]*>\s*<a [^>]*href="#main-content"/.test(home)).toBe(true);
    for (const label of ['Cơ quan chủ quản', 'Chịu trách nhiệm nội dung', 'Địa chỉ', 'Điện thoại', 'Thư điện tử'])
      expect(home).toContain(label);
  });

  it('files every article under its month in the news archive, one page per month that has news', () => {
    const monthOf = (n: (typeof published)[number]) => vietnamMonth(new Date(String(n.data.date)));
    for (const n of published) expect(html(`tin-tuc/thang/${monthOf(n)}/`), n.file).toContain(`href="/tin-tuc/${n.slug}/"`);
    expect(readdirSync(join(dist, 'tin-tuc', 'thang')).sort()).toEqual([...new Set(published.map(monthOf))].sort());
    expect(existsSync(join(dist, 'tin-tuc', 'trang'))).toBe(false);
  });
});
