/**
 * Search quality over the built sample site, with the search page's own engine over Pagefind:
 * every procedure is found by its title typed plainly, accented and plain queries agree,
 * abbreviations find what their full form finds.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { sampleProcedures } from '../support/content.ts';
import { find, prepareSearch, synonyms } from '../support/search.ts';
import { foldKey } from '../../src/lib/text.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  ({ page } = await openPage(browser(), baseUrl));
  await page.goto(baseUrl + '/tim-kiem/');
  await prepareSearch(page);
});

const sorted = (ids: string[]) => [...ids].sort();

describe('search matching', () => {
  it('finds every procedure in the top 3 by its title in lower case, without diacritics, đ typed as d', async () => {
    const procedures = sampleProcedures().filter((p) => !p.rescinded);
    expect(procedures.length).toBeGreaterThan(50);
    const missed: string[] = [];
    for (const p of procedures) {
      const query = foldKey(p.name);
      expect(query).toBe(query.toLowerCase());
      expect(query).not.toMatch(/[đ\p{M}]/u);
      const { urls } = await find(page, query, 3);
      if (!urls.includes(`/thu-tuc-hanh-chinh/${p.code}/`)) missed.push(`${p.code} "${query}" → ${urls.join(', ')}`);
    }
    expect(missed).toEqual([]);
  });

  const queries = [
    'Đăng ký khai sinh',
    'đăng ký kết hôn',
    'đất đai',
    'Cấp đổi giấy phép lái xe',
    'giấy chứng nhận quyền sử dụng đất',
    'Đoàn thanh niên',
    'điện',
    'hộ kinh doanh',
    'Ủy ban nhân dân',
    'hòa giải',
    'xây dựng nông thôn mới',
    'chứng thực bản sao',
  ];

  it('returns the same results for a query typed with accents, without them, in any case, NFC or NFD', async () => {
    for (const q of queries) {
      const accented = await find(page, q);
      expect(accented.ids.length, q).toBeGreaterThan(0);
      for (const variant of [foldKey(q), q.toUpperCase(), foldKey(q).toUpperCase(), q.normalize('NFD')]) {
        expect(sorted((await find(page, variant)).ids), `${q} / ${variant}`).toEqual(sorted(accented.ids));
      }
    }
  });

  it('finds a document by its number, typed as printed or plainly', async () => {
    const url = '/van-ban/125-qd-ubnd-cong-bo-thu-tuc-toan-trinh/';
    for (const q of ['125/QĐ-UBND', '125 qd ubnd', '125/qd-ubnd', 'quyết định 125']) {
      expect((await find(page, q, 3)).urls, q).toContain(url);
    }
    // The type facet narrows to that type; another type leaves it out.
    expect((await find(page, '125 qd ubnd', 3, { doctype: ['Quyết định'] })).urls).toContain(url);
    expect((await find(page, '125 qd ubnd', 10, { doctype: ['Kế hoạch'] })).urls).not.toContain(url);
  });

  it('matches old and new tone placement alike', async () => {
    for (const [a, b] of [
      ['hoà giải', 'hòa giải'],
      ['uỷ ban', 'ủy ban'],
      ['thuỷ lợi', 'thủy lợi'],
    ] as const) {
      const found = await find(page, a);
      expect(found.ids.length, a).toBeGreaterThan(0);
      expect(sorted(found.ids)).toEqual(sorted((await find(page, b)).ids));
    }
  });

  it('lists pages with the exact đ-word first, then pages that only match the folded form', async () => {
    const accented = await find(page, 'đại', 5);
    const plain = await find(page, 'dai', 5);
    expect(sorted(accented.ids)).toEqual(sorted(plain.ids));
    // "dai" also means "dài", "dải"… (no đ): those pages come after every page with "đại".
    expect(accented.exactIds.length).toBeGreaterThan(0);
    expect(accented.exactIds.length).toBeLessThan(accented.ids.length);
    const exact = new Set(accented.exactIds);
    const firstLoose = accented.ids.findIndex((id) => !exact.has(id));
    expect(accented.ids.slice(0, firstLoose).every((id) => exact.has(id))).toBe(true);
    expect(accented.ids.slice(firstLoose).some((id) => exact.has(id))).toBe(false);
  });

  it('finds with an abbreviation what the full form finds, and pages that only write the abbreviation', async () => {
    const required = ['UBND', 'HĐND', 'TTHC', 'CCCD', 'GPLX', 'QSDĐ', 'GCN', 'khai sanh'];
    for (const s of synonyms) {
      const short = await find(page, s.term);
      const long = await find(page, s.means);
      expect(sorted(short.ids), s.term).toEqual(sorted(long.ids));
      expect(sorted((await find(page, foldKey(s.term))).ids), foldKey(s.term)).toEqual(sorted(long.ids));
      if (required.includes(s.term)) expect(short.ids.length, s.term).toBeGreaterThan(0);
    }
    expect(synonyms.map((s) => s.term)).toEqual(expect.arrayContaining(required));
  });
});
