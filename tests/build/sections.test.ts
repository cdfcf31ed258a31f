/**
 * The questions-answered, dossier-statistics and public-disclosure sections of the built sample site, checked
 * against the content files they come from: every question and its filters, the asker's privacy,
 * how to ask without a server; charts with words and tables that agree with the YAML, open data
 * that holds the same figures, the headline on the home page; each disclosure section's selection
 * and feed; the menu and the sitemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { listHtmlFiles, urlPathOf } from '../support/dist.ts';
import { contentRoot, sampleDocuments, sampleNews, sampleQuestions, sampleStatistics } from '../support/content.ts';
import { sectionMatcher, type DisclosureSection } from '../../src/lib/disclosure/sections.ts';
import type { TaxonomyItem } from '../../src/lib/schemas/taxonomy.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { count } from '../../src/lib/statistics/figures.ts';
import { initials } from '../../src/lib/questions/asker.ts';
import { slugify } from '../../src/lib/text.ts';
import { paths } from '../../src/lib/routes.ts';
import { t } from '../../src/i18n/vi.ts';

const distDir = inject('distDir');
const read = (path: string) => readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const questions = sampleQuestions().filter((q) => !q.data.draft);
const linksIn = (html: string, prefix: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(prefix));
const questionLinks = (html: string) => [
  ...new Set(
    linksIn(html.split('id="gui-cau-hoi"')[0]!, paths.questions).filter((h) => /^\/hoi-dap\/[^/]+\/$/.test(h) && !h.includes('/trang/')),
  ),
];

describe('questions answered', () => {
  it('has a page per question and lists them all, newest answer first, across the list pages', () => {
    expect(questions.length).toBeGreaterThanOrEqual(12);
    const listed: string[] = [];
    for (let n = 1; ; n++) {
      let html: string;
      try {
        html = read(n === 1 ? paths.questions : `${paths.questions}trang/${n}/`);
      } catch {
        break;
      }
      listed.push(...questionLinks(html));
    }
    const newestFirst = [...questions].sort(
      (a, b) => String(b.data.answered).localeCompare(String(a.data.answered)) || a.data.title.localeCompare(b.data.title, 'vi'),
    );
    expect(listed).toEqual(newestFirst.map((q) => paths.question(q.slug)));
    for (const q of questions)
      expect(read(paths.question(q.slug))).toMatch(new RegExp(`<h1[^>]*>${q.data.title.replace(/[?().]/g, '\\$&')}</h1>`));
  });

  it('filters by field on static pages, with counts that match the files', () => {
    const byField = Map.groupBy(questions, (q) => q.data.field);
    const list = read(paths.questions);
    for (const [field, items] of byField) {
      const href = paths.questionField(slugify(field));
      expect(list).toMatch(new RegExp(`<a href="${href}"[^>]*>${field}</a> <span class="tt-muted"[^>]*>\\(${items.length}\\)</span>`));
      expect(questionLinks(read(href)).sort()).toEqual(items.map((q) => paths.question(q.slug)).sort());
    }
  });

  it('names the asker only as they agreed: initials by default, in full when asked, not at all when hidden', () => {
    for (const q of questions.filter((q) => q.data.asker?.name)) {
      const html = read(paths.question(q.slug));
      const name = q.data.asker!.name!;
      const show = q.data.asker!.show ?? 'viết tắt';
      if (show === 'đầy đủ') expect(html, q.slug).toContain(name);
      else expect(html, q.slug).not.toContain(name);
      if (show === 'viết tắt') expect(html, q.slug).toContain(initials(name));
    }
    expect(questions.some((q) => q.data.asker?.show === 'ẩn')).toBe(true);
  });

  it('marks petitions answered through 1022, and links the related procedures and documents', () => {
    const petitions = questions.filter((q) => q.data.channel === '1022');
    expect(petitions.length).toBeGreaterThanOrEqual(2);
    for (const q of questions) {
      const html = read(paths.question(q.slug));
      expect(html.includes(t.questions.petition), q.slug).toBe(q.data.channel === '1022');
      for (const code of q.data.procedures ?? []) expect(html, q.slug).toContain(`href="${paths.procedure(code)}"`);
      for (const slug of q.data.documents ?? []) expect(html, q.slug).toContain(`href="${paths.document(slug)}"`);
      expect(html, q.slug).toContain(`data-pagefind-filter="kind:${t.search.kinds.question}"`);
      expect(html, q.slug).toContain(`data-pagefind-filter="field:${q.data.field}"`);
    }
  });

  it("explains how to ask through the unit's own channels, with a prefilled e-mail, and posts nothing anywhere", () => {
    const field = questions[0]!.data.field;
    const html = read(paths.questionField(slugify(field)));
    const ask = html.slice(html.indexOf('id="gui-cau-hoi"'));
    expect(ask).toContain('href="tel:1022"');
    expect(ask).toContain('href="https://1022.example.gov.vn"');
    const mailto = /href="(mailto:[^"]+)"/.exec(ask)![1]!.replace(/&amp;/g, '&');
    expect(new URL(mailto).searchParams.get('subject')).toBe(t.questions.emailSubject(field));
    expect(ask).toContain('thị trấn Sông Mẫu');
    expect(html).not.toMatch(/<form(?![^>]*action="\/tim-kiem\/")/);
  });
});

describe('dossier statistics', () => {
  const files = sampleStatistics();
  const html = read(paths.statistics);
  const received = files.map((f) => f.rows.reduce((s, r) => s + r.received.online + r.received.direct + r.received.postal, 0));

  it('draws three charts as inline SVG, each named, described in words and followed by its data table', () => {
    expect(html).not.toContain('<script src');
    const svgs = [...html.matchAll(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(svgs).toHaveLength(3);
    for (const [, ids, body] of svgs) {
      const [titleId, descId] = ids!.split(' ');
      const title = new RegExp(`<title id="${titleId}"[^>]*>([^<]+)</title>`).exec(body!)?.[1];
      const desc = new RegExp(`<desc id="${descId}"[^>]*>([^<]+)</desc>`).exec(body!)?.[1];
      expect(title).toBeTruthy();
      expect(desc).toBeTruthy();
      expect(html).toMatch(new RegExp(`<p[^>]*>${desc!.replace(/[.()]/g, '\\$&')}</p>`)); // the same words, visible under the chart
    }
    expect(svgs[0]![2]!.match(/<rect /g)).toHaveLength(files.length * 2);
  });

  it('shows in its tables the totals of the content files, period by period', () => {
    const table = html.slice(html.indexOf(t.statistics.tableOf(t.statistics.trendTitle)));
    const rows = [
      ...table.slice(0, table.indexOf('</table>')).matchAll(/<tr[^>]*><th scope="row"[^>]*>([^<]+)<\/th><td[^>]*>([^<]+)<\/td>/g),
    ].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(files.map((f, i) => [`Tháng ${Number(f.slug.slice(5))}/${f.slug.slice(0, 4)}`, count(received[i]!)]));
  });

  it('offers the same figures as CSV and JSON open data', () => {
    const csv = parseCsv(read(paths.statisticsCsv));
    expect(csv[0]![0]).toBe('Kỳ');
    const body = csv.slice(1).filter((r) => r.length > 1);
    expect(body).toHaveLength(files.reduce((n, f) => n + f.rows.length, 0));
    const total = (slug: string) => body.filter((r) => r[0] === slug).reduce((s, r) => s + Number(r[7]), 0);
    expect(files.map((f) => total(f.slug))).toEqual(received);
    const json = JSON.parse(read(paths.statisticsJson)) as { periods: { period: string; rows: unknown[] }[] };
    expect(json.periods.map((p) => [p.period, p.rows.length])).toEqual(files.map((f) => [f.slug, f.rows.length]));
    expect(html).toContain(`href="${paths.statisticsCsv}" download`);
  });

  it("puts the latest period's headline on the home page", () => {
    const home = read(paths.home);
    const latest = files.at(-1)!;
    expect(home).toContain(t.statistics.headline(`Tháng ${Number(latest.slug.slice(5))}/${latest.slug.slice(0, 4)}`));
    expect(home).toContain(t.statistics.dossiers(count(received.at(-1)!)));
    expect(home).toContain(`href="${paths.statistics}"`);
  });
});

describe('the new sections in the menu, the sitemap and search', () => {
  it('are in the main menu and the sitemap', () => {
    const nav = /<nav[^>]*class="[^"]*tt-nav[\s\S]*?<\/nav>/.exec(read(paths.home))?.[0] ?? read(paths.home);
    for (const href of [paths.questions, paths.statistics, paths.schedule]) expect(nav).toContain(`href="${href}"`);
    const sitemap = read(paths.sitemap);
    for (const path of [paths.questions, paths.statistics, paths.question(questions[0]!.slug)]) expect(sitemap).toContain(`${path}</loc>`);
  });
  it('index the statistics page under its own kind', () => {
    expect(read(paths.statistics)).toContain(`data-pagefind-filter="kind:${t.search.kinds.statistics}"`);
  });
});

describe('public disclosure', () => {
  // As written: the lists a section leaves out are empty.
  const site = parse(readFileSync(join(contentRoot, 'site.yaml'), 'utf8')) as {
    disclosure: (Pick<DisclosureSection, 'slug' | 'title'> & Partial<DisclosureSection>)[];
  };
  const taxonomies = {
    documentTypes: parse(readFileSync(join(contentRoot, 'document-types.yaml'), 'utf8')) as TaxonomyItem[],
    categories: parse(readFileSync(join(contentRoot, 'categories.yaml'), 'utf8')) as TaxonomyItem[],
  };
  const documents = sampleDocuments().filter((d) => !d.data.draft);
  const news = sampleNews().filter((n) => !n.data.draft && String(n.data.date) <= new Date().toISOString().slice(0, 10)) as unknown as {
    slug: string;
    data: { category: string; tags?: string[] };
  }[];
  const slugOf = (items: TaxonomyItem[], v: string) => items.find((i) => i.slug === v || i.name === v)?.slug ?? v;

  it('lists in each section exactly the documents and news its site.yaml entry selects, at least two each', () => {
    expect(site.disclosure.map((s) => s.slug)).toEqual([
      'chuong-trinh-ke-hoach',
      'dau-tu-dau-thau',
      'cong-khai-ngan-sach',
      'pho-bien-phap-luat',
      'tuyen-dung',
    ]);
    for (const section of site.disclosure) {
      const match = sectionMatcher({ documentTypes: [], documentFields: [], categories: [], tags: [], ...section }, taxonomies);
      const expected = [
        ...documents
          .filter((d) => match.document({ type: slugOf(taxonomies.documentTypes, d.data.type), field: d.data.field }))
          .map((d) => paths.document(d.slug)),
        ...news
          .filter((n) => match.news({ category: slugOf(taxonomies.categories, n.data.category), tags: n.data.tags ?? [] }))
          .map((n) => paths.article(n.slug)),
      ];
      expect(expected.length, section.slug).toBeGreaterThanOrEqual(2);
      const html = read(paths.disclosure(section.slug));
      const list = html.slice(html.indexOf('tt-disclosure-items'));
      const listed = [...new Set([...list.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!))];
      expect(listed.sort(), section.slug).toEqual(expected.sort());
      expect(html).toContain(
        `<link rel="alternate" type="application/rss+xml" title="${t.disclosure.feed(section.title)}" href="${paths.disclosureFeed(section.slug)}"`,
      );
      const feed = read(paths.disclosureFeed(section.slug));
      expect(feed.match(/<item>/g)?.length, section.slug).toBe(expected.length);
    }
  });

  it('offers the budget tables and other attachments for download from the section pages', () => {
    const budget = read(paths.disclosure('cong-khai-ngan-sach'));
    expect(budget).toMatch(/href="\/van-ban\/tep\/2024\/1850-qd-ubnd-du-toan-2025\.xlsx" download[^>]*>Tải tệp/);
    expect(budget).toMatch(/\(PDF, \d+ KB\)/);
    expect(budget).toMatch(/\(Excel, \d+ KB\)/);
  });

  it('gathers every section on the hub, linked from the menu and the sitemap', () => {
    const hub = read(paths.disclosureHub);
    for (const s of site.disclosure) {
      expect(hub).toContain(`href="${paths.disclosure(s.slug)}"`);
      expect(read(paths.sitemap)).toContain(`${paths.disclosure(s.slug)}</loc>`);
    }
    expect(read(paths.home)).toContain(`href="${paths.disclosureHub}"`);
  });
});

describe('English pages', () => {
  // The web editor (admin/) is a tool, not a page of the portal: it has no header.
  const files = listHtmlFiles(distDir).filter((f) => !f.endsWith('404.html') && !f.startsWith('admin/'));
  it('are linked from the header of every page, the link in English and marked as such', () => {
    const missing = files.filter(
      (f) =>
        !urlPathOf(f).startsWith(paths.english) &&
        !readFileSync(join(distDir, f), 'utf8').includes(`<a class="tt-language-link" href="${paths.english}" hreflang="en" lang="en"`),
    );
    expect(missing).toEqual([]);
  });
  it('have their own language, frame and way back to the Vietnamese pages', () => {
    const english = files
      .filter((f) => urlPathOf(f).startsWith(paths.english))
      .map(urlPathOf)
      .sort();
    expect(english).toEqual([paths.english, paths.englishPage('contacts'), paths.englishPage('organisation')]);
    for (const path of english) {
      const html = read(path);
      expect(html.startsWith('<!DOCTYPE html><html lang="en"'), path).toBe(true);
      expect(html).toContain('>Skip to main content</a>');
      expect(html).toContain(`<a class="tt-language-link" href="${paths.home}" hreflang="vi" lang="vi"`);
      expect(html).toMatch(/<dt[^>]*>Managing agency<\/dt><dd[^>]*>People(&#39;|')s Committee of Sông Mẫu District<\/dd>/);
      expect(html).not.toContain('role="search"'); // the search index is Vietnamese
    }
    expect(read(paths.englishPage('contacts'))).toContain('Press spokesperson');
    expect(read(paths.englishPage('organisation'))).toContain('Chairman');
  });
});

describe('photo albums and videos', () => {
  it('show every photo of an album with its description and caption, each with a larger view', () => {
    const albums = readdirSync(join(contentRoot, 'albums'));
    expect(albums.length).toBeGreaterThanOrEqual(2);
    for (const slug of albums) {
      const { photos } = parse(readFileSync(join(contentRoot, 'albums', slug, 'album.yaml'), 'utf8')) as {
        photos: { alt: string; caption: string }[];
      };
      const html = read(paths.album(slug));
      photos.forEach((p, i) => {
        expect(html).toContain(`alt="${p.alt}"`);
        expect(html).toContain(`>${p.caption}</figcaption>`);
        expect(html).toContain(`href="${paths.photo(slug, i + 1)}"`);
        expect(read(paths.photo(slug, i + 1))).toMatch(/<img[^>]+width="\d+"[^>]+height="\d+"/);
      });
      expect(html).toMatch(/loading="lazy"/);
    }
  });
  it('never start a video by itself, and give a hosted one its captions and files', () => {
    for (const file of listHtmlFiles(distDir))
      expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/<(video|audio)[^>]*\sautoplay/);
    const html = read(paths.video('dua-ghe-song-mau-2024'));
    expect(html).toMatch(/<video[^>]*preload="none"/);
    const track = /<track kind="captions" srclang="vi"[^>]*src="([^"]+)"/.exec(html)![1]!;
    expect(readFileSync(join(distDir, track), 'utf8').startsWith('WEBVTT')).toBe(true);
    for (const [, src] of html.matchAll(/<source src="([^"]+)"/g))
      expect(readFileSync(join(distDir, decodeURIComponent(src!))).length).toBeGreaterThan(1000);
  });
  it('puts article photos with a title in a captioned figure', () => {
    expect(read(paths.article('huong-dan-dang-ky-khai-sinh-truc-tuyen-tren-cong-dich-vu-cong-quoc-gia'))).toMatch(
      /<figure class="tt-figure"[^>]*><img[^>]+alt="Bốn quầy[^"]*"[^>]*><figcaption[^>]*>Người dân được công chức[^<]*Ảnh minh họa<\/figcaption><\/figure>/,
    );
  });
});
