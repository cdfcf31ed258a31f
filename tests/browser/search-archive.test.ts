/**
 * A large site's index in parts (src/lib/search/parts.ts): the sample indexed again with parts one
 * page smaller than the site, so its news goes to a recent part, merged into every search, and
 * its oldest year becomes an archive part. A citizen still finds recent news and procedures at
 * once, and old news at once when no recent page has every word, or with one click otherwise. A
 * second build reuses the unchanged parts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex, type IndexReport } from '../../src/lib/build/search-index.ts';
import type { ArchiveManifest } from '../../src/lib/search/parts.ts';
import { loadSynonyms } from '../../src/data/synonyms.ts';
import { t } from '../../src/i18n/vi.ts';
import { paths } from '../../src/lib/routes.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { find, prepareSearch } from '../support/search.ts';
import { CITIZEN_QUERIES } from './search-queries.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';

const browser = useBrowser();
const OLD_ARTICLE = '/tin-tuc/buoi-da-xanh-hoa-mau-dat-chuan-ocop-4-sao/';
const RECENT_ARTICLE = '/tin-tuc/hoi-cho-nong-san-va-san-pham-ocop-huyen-song-mau-nam-2025/';
/** The only page saying "khoác … áo lính" (2023). */
const ENLISTMENT_2023 = '/tin-tuc/le-giao-nhan-quan-nam-2023-156-thanh-nien-song-mau-len-duong-nhap-ngu/';
const work = mkdtempSync(join(tmpdir(), 'trangtin-archive-'));
const site = join(work, 'site');
let report: IndexReport;
let server: Server;
let url: string;

const indexOptions = (partPages: number, previous?: string) => ({
  synonyms: loadSynonyms(),
  partPages,
  newsKind: t.search.kinds.news,
  ...(previous && { previous }),
});

beforeAll(async () => {
  const distDir = inject('distDir');
  cpSync(distDir, site, { recursive: true });
  const total = JSON.parse(readFileSync(join(distDir, 'pagefind', 'trangtin-part.json'), 'utf8')).pages as number;
  report = await buildSearchIndex(site, indexOptions(total - 1));
  ({ url, server } = await serveDirectory(site));
});
afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The archive parts the indexer wrote into the search page. */
function listedParts(dir: string): ArchiveManifest {
  const attribute = /data-search-archive="([^"]*)"/.exec(readFileSync(join(dir, 'tim-kiem', 'index.html'), 'utf8'))![1]!;
  return JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as ArchiveManifest;
}
const status = (page: Page) => page.locator('[data-status]');
const resultUrls = (page: Page) => page.locator('[data-results] h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
async function searchFor(page: Page, query: string) {
  await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/kết quả/);
}

describe('search index in parts', () => {
  it('puts the newest years of news in a part of their own and the oldest year in an archive part, listed in the search page', () => {
    const manifest = listedParts(site);
    expect(manifest.recent).toBe('/pagefind/tin-gan-day/');
    expect(manifest.parts).toEqual([{ path: '/pagefind/luu-tru/2023/', from: 2023, to: 2023, pages: expect.any(Number) }]);
    expect(report.parts.map((p) => p.name)).toEqual(['chính', 'tin gần đây', '2023']);
    expect(report.parts.reduce((n, p) => n + p.pages, 0)).toBe(report.pages);
    for (const part of ['tin-gan-day', 'luu-tru/2023'])
      expect(readFileSync(join(site, 'pagefind', part, 'pagefind-entry.json'), 'utf8')).toContain('"vi"');
  });

  it('ranks procedures over the main and recent parts as well as over one index', async () => {
    const { page, context } = await openPage(browser(), url);
    await page.goto(`${url}/tim-kiem/`);
    await prepareSearch(page, listedParts(site).recent);
    const missed: string[] = [];
    for (const { q, right } of CITIZEN_QUERIES) {
      const { urls } = await find(page, q, 3);
      if (!right.some((code) => urls.includes(paths.procedure(code)))) missed.push(`${q} → ${urls.join(', ')}`);
    }
    // The bar tests/browser/search-questions.test.ts sets over the sample's single index.
    expect(missed.length / CITIZEN_QUERIES.length, missed.join('\n')).toBeLessThanOrEqual(0.05);
    // Recent news is found with them.
    expect((await find(page, 'hoi cho nong san OCOP 2025', 3)).urls).toContain(RECENT_ARTICLE);
    await context.close();
  });

  it('offers the archive when recent pages match, and finds the old article after one click', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), url);
    await searchFor(page, 'OCOP');
    expect(await resultUrls(page)).not.toContain(OLD_ARTICLE);
    const offer = page.locator('[data-archive] button');
    await expect.poll(() => offer.textContent()).toBe(t.search.archiveSearch(2023, 2023));
    await offer.click();
    await expect.poll(() => resultUrls(page), { timeout: 60_000 }).toContain(OLD_ARTICLE);
    expect(new URL(page.url()).searchParams.get('luu-tru')).toBe('1');
    expect(await page.locator('[data-archive]').textContent()).toContain(t.search.archiveIncluded(2023, 2023));
    // Back to recent news only: a plain link, the old article gone again.
    await page.locator('[data-archive] a').click();
    await page.waitForURL((u) => !u.searchParams.has('luu-tru'));
    await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/kết quả/);
    expect(await resultUrls(page)).not.toContain(OLD_ARTICLE);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('searches the archive at once when no recent page has every word', async () => {
    const { page, context } = await openPage(browser(), url);
    await searchFor(page, 'thanh nien khoac ao linh');
    expect((await resultUrls(page))[0]).toBe(ENLISTMENT_2023);
    expect(new URL(page.url()).searchParams.get('luu-tru')).toBe('1');
    await context.close();
  });

  it('sorts newest first across the parts, by date and not by rank within each part', async () => {
    const { page, context } = await openPage(browser(), url);
    await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent('huyện')}&sort=date&luu-tru=1`);
    await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/kết quả/);
    const more = page.locator('[data-more]');
    const shown = page.locator('[data-results] > li');
    while (await more.isVisible()) {
      const before = await shown.count();
      await more.click();
      await expect.poll(() => shown.count()).toBeGreaterThan(before);
    }
    // The date shown on news and documents (dd/mm/yyyy), as yyyy-mm-dd; other pages show none.
    const dates = await page
      .locator('.tt-search__meta')
      .evaluateAll((lines) =>
        lines.map((line) => {
          const found = [...(line.textContent ?? '').matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)].at(-1);
          return found ? `${found[3]}-${found[2]}-${found[1]}` : '';
        }),
      )
      .then((all) => all.filter(Boolean));
    expect(dates.filter((d) => d.startsWith('2023')).length).toBeGreaterThan(0);
    expect(dates.filter((d) => d > '2023-12-31').length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    await context.close();
  });

  it('reuses every part on a rebuild with nothing changed, and indexes again a part whose page changed', async () => {
    const next = join(work, 'next');
    cpSync(inject('distDir'), next, { recursive: true });
    const total = report.pages;
    const same = await buildSearchIndex(next, indexOptions(total - 1, site));
    expect(same.parts.map((p) => p.reused)).toEqual([true, true, true]);
    expect(listedParts(next)).toEqual(listedParts(site));
    // One recent article edited: its part is indexed again, the main part and the archive are not.
    const article = join(next, 'tin-tuc', 'hoi-cho-nong-san-va-san-pham-ocop-huyen-song-mau-nam-2025', 'index.html');
    writeFileSync(article, readFileSync(article, 'utf8').replace('</h1>', ' (cập nhật)</h1>'));
    const changed = await buildSearchIndex(next, indexOptions(total - 1, site));
    expect(changed.parts.map((p) => p.reused)).toEqual([true, false, true]);
  });
});
