/** What a citizen does in the documents section: list → type filter → document → download. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('documents section', () => {
  it('goes list → type filter → document and downloads its PDF', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    await page.locator('nav a', { hasText: 'Văn bản' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/van-ban/');
    const rows = page.locator('.tt-doc-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);

    // Filter by type: a static page whose rows are all of that type, its link marked current.
    const filter = page.locator('#filter-doctype ~ ul a', { hasText: 'Quyết định' });
    const count = Number(/\((\d+)\)/.exec((await filter.locator('xpath=..').textContent())!)![1]);
    await filter.click();
    expect(new URL(page.url()).pathname).toBe('/van-ban/loai/quyet-dinh/');
    expect(await page.locator('h1').textContent()).toBe('Văn bản: Quyết định');
    expect(await page.locator('#filter-doctype ~ ul a[aria-current="page"]').textContent()).toBe('Quyết định');
    expect(await rows.count()).toBe(count);
    for (const type of await rows.locator('td:nth-child(4)').allTextContents()) expect(type).toBe('Quyết định');

    // The document: metadata and the download link with kind and size.
    const row = rows.filter({ hasText: '125/QĐ-UBND' });
    const title = (await row.locator('a').textContent())!.trim();
    await row.locator('a').click();
    expect(new URL(page.url()).pathname).toBe('/van-ban/125-qd-ubnd-cong-bo-thu-tuc-toan-trinh/');
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    const facts = Object.fromEntries(
      await page
        .locator('.tt-facts > div')
        .evaluateAll((divs) => divs.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])),
    );
    expect(facts).toMatchObject({
      'Số/ký hiệu': '125/QĐ-UBND',
      'Ngày ban hành': '12/03/2024',
      'Cơ quan ban hành': 'Ủy ban nhân dân huyện Sông Mẫu',
      'Loại văn bản': 'Quyết định',
    });
    const download = page.locator('a[download]');
    expect(await download.textContent()).toMatch(/^Tải văn bản \(PDF, \d+ KB\)$/);
    const response = await page.request.get(new URL((await download.getAttribute('href'))!, baseUrl).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
