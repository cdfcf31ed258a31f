/**
 * Search as citizens type (tests/browser/search-queries.ts: questions, old and colloquial terms,
 * slips), over the built sample site with the search page's own engine: a right procedure in the
 * top 3 for at least 95 % of the queries, never an empty page when some word matches, and the
 * plain birth registration first however it is typed.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { find, prepareSearch } from '../support/search.ts';
import { paths } from '../../src/lib/routes.ts';
import { CITIZEN_QUERIES } from './search-queries.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  ({ page } = await openPage(browser(), baseUrl));
  await page.goto(baseUrl + paths.search);
  await prepareSearch(page);
});

describe('search as citizens type', () => {
  it('puts a right procedure in the top 3 for at least 95 % of the queries, and never shows an empty page', async () => {
    expect(CITIZEN_QUERIES.length).toBeGreaterThanOrEqual(40);
    const missed: string[] = [];
    for (const { q, right } of CITIZEN_QUERIES) {
      const { urls, ids } = await find(page, q, 3);
      expect(ids.length, q).toBeGreaterThan(0);
      if (!right.some((code) => urls.includes(paths.procedure(code)))) missed.push(`${q} → ${urls.join(', ')}`);
    }
    const rate = (CITIZEN_QUERIES.length - missed.length) / CITIZEN_QUERIES.length;
    console.log(
      `search as citizens type: ${CITIZEN_QUERIES.length - missed.length}/${CITIZEN_QUERIES.length} (${(rate * 100).toFixed(1)} %) with a right procedure in the top 3${missed.length ? `; missed:\n  ${missed.join('\n  ')}` : ''}`,
    );
    expect(rate, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('lists the plain birth registration (1.001193) first however "đăng ký khai sinh" is typed', async () => {
    for (const q of [
      'đăng ký khai sinh',
      'dang ky khai sinh',
      'Đăng Ký Khai Sinh',
      'dang ki khai sinh',
      'đăng kí khai sinh',
      'DANG KY KHAI SINH',
      'dk khai sinh',
      'đk khai sinh',
      'dang ky khai sinh'.normalize('NFD'),
    ]) {
      expect((await find(page, q, 1)).urls, q).toEqual([paths.procedure('1.001193')]);
    }
  });
  it('shows an empty page only when no word matches anything', async () => {
    expect((await find(page, 'zxqv wvvk')).ids).toEqual([]);
    expect((await find(page, 'khai sinh zxqv')).ids.length).toBeGreaterThan(0); // Pagefind drops a word no page has
    expect((await find(page, 'OCOP giám hộ')).ids.length).toBeGreaterThan(0); // no page has both: pages with either
  });
});
