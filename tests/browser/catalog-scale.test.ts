/**
 * A province-sized catalog (src/lib/procedures/catalog-pages.ts): the tiny fixture site with 400
 * procedures, built for real. The catalog page becomes an overview by field, filter pages are
 * paginated and stay light, every procedure is reachable without JavaScript, and the find box
 * searches the whole catalog from any of its pages.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempSite } from '../support/cli.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { t } from '../../src/i18n/vi.ts';
import { FULL_LIST_MAX } from '../../src/lib/procedures/catalog-pages.ts';
import { PROCEDURES_PER_PAGE } from '../../src/lib/procedures/catalog.ts';

const COPIES = 400;
const HTML_BUDGET = 100 * 1024;
const browser = useBrowser();
const { content, out } = tempSite('catalog-scale', 'site');
let server: Server;
let url: string;
const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const codesIn = (page: string) => [...page.matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]!);

beforeAll(() => {
  const sources = ['1.001193', '2.000815'].map((code) => readFileSync(join(content, 'procedures', `${code}.yaml`), 'utf8'));
  for (let i = 0; i < COPIES; i++) {
    const code = `9.${String(i).padStart(6, '0')}`;
    const text = sources[i % 2]!.replace(/^code: .*$/m, `code: "${code}"`)
      .replace(/^name: "(.*)"$/m, `name: "$1 (bản ${i})"`)
      .replace(/^related:.*\n/m, '');
    writeFileSync(join(content, 'procedures', `${code}.yaml`), text);
  }
  mkdirSync(out, { recursive: true });
  const built = runCli('src/cli/build.ts', content, [], { TRANGTIN_OUT: out });
  expect(built.status, built.output).toBe(0);
}, 240_000);
beforeAll(async () => {
  ({ url, server } = await serveDirectory(out));
});
afterAll(() => server?.close());

describe('a catalog of 400 procedures', () => {
  it('shows an overview by field on the catalog page, with counts and links to every field', () => {
    expect(COPIES).toBeGreaterThan(FULL_LIST_MAX);
    const page = html('thu-tuc-hanh-chinh');
    expect(codesIn(page)).toEqual([]);
    expect(page).toContain(t.procedures.seeField(201, 'Hộ tịch'));
    expect(page).toContain('href="/thu-tuc-hanh-chinh/linh-vuc/ho-tich/"');
    expect(page).toContain('href="/thu-tuc-hanh-chinh/linh-vuc/chung-thuc/"');
  });

  it('pages each filter, every listed procedure once, in pages under 100 KB of HTML', () => {
    const count = Math.ceil(201 / PROCEDURES_PER_PAGE);
    const pages = Array.from({ length: count }, (_, i) => html(`thu-tuc-hanh-chinh/linh-vuc/ho-tich/${i ? `trang/${i + 1}/` : ''}`));
    expect(pages.map((p) => codesIn(p).length)).toEqual([
      ...Array<number>(count - 1).fill(PROCEDURES_PER_PAGE),
      201 - (count - 1) * PROCEDURES_PER_PAGE,
    ]);
    expect(new Set(pages.flatMap(codesIn)).size).toBe(201);
    expect(pages[0]).toContain(`href="/thu-tuc-hanh-chinh/linh-vuc/ho-tich/trang/${count}/"`);
    const catalogDir = join(out, 'thu-tuc-hanh-chinh');
    const listPages = readdirSync(catalogDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('index.html') && !/^\d/.test(f),
    );
    expect(listPages.length).toBeGreaterThan(10);
    for (const file of listPages) expect(statSync(join(catalogDir, file)).size, file).toBeLessThanOrEqual(HTML_BUDGET);
  });

  it('lists the whole catalog for the find box', () => {
    const { items } = JSON.parse(readFileSync(join(out, 'thu-tuc-hanh-chinh/danh-muc.json'), 'utf8')) as { items: string[][] };
    expect(items).toHaveLength(COPIES + 2);
    expect(items).toContainEqual(['9.000399', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản (bản 399)', 'Chứng thực']);
  });

  it('finds a procedure listed on a later page from the catalog page, diacritics ignored', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), url);
    await page.goto(`${url}/thu-tuc-hanh-chinh/`);
    expect(await page.locator('#catalog-query-hint').textContent()).toBe(t.search.catalogHintAll(COPIES + 2));
    await page.getByLabel(t.search.catalogLabel).pressSequentially('chung thuc ban 399');
    const results = page.locator('[data-module="catalog-search"] [data-results] a');
    await expect
      .poll(() => results.allTextContents(), { timeout: 60_000 })
      .toEqual(['Chứng thực bản sao từ bản chính giấy tờ, văn bản (bản 399)']);
    expect(await page.locator('[data-module="catalog-search"] [data-status]').textContent()).toBe(t.search.catalogCount(1));
    await results.first().click();
    await page.waitForURL(/\/thu-tuc-hanh-chinh\/9\.000399\/$/);
    // A broad query: the first matches, and a word to narrow them.
    await page.goto(`${url}/thu-tuc-hanh-chinh/linh-vuc/ho-tich/trang/2/`);
    await page.getByLabel(t.search.catalogLabel).fill('khai sinh');
    await expect
      .poll(() => page.locator('[data-module="catalog-search"] [data-status]').textContent(), { timeout: 60_000 })
      .toBe(`${t.search.catalogCount(201)}. ${t.search.catalogMore(30)}`);
    expect(await results.count()).toBe(30);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
