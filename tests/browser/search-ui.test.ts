/** The search page and the catalog box as a citizen uses them: typing, filters, URL, keyboard, no JS. */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from '../support/browser.ts';
import { foldKey } from '../../src/lib/text.ts';
import { t } from '../../src/i18n/vi.ts';
import { loadConfig } from '../../src/data/config.ts';
import { onlineUrl } from '../../src/lib/procedures/catalog.ts';

const baseUrl = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const browser = useBrowser();

const status = (page: Page) => page.locator('[data-status]').first();
/** Waits for the status line to report a finished search and returns the count it announces. */
async function resultCount(page: Page): Promise<number> {
  await poll(() => status(page).textContent()).toMatch(/kết quả/);
  const text = (await status(page).textContent())!;
  return /^Không có/.test(text) ? 0 : Number(/^(\d+) kết quả/.exec(text)![1]);
}
/** expect.poll with room for a busy two-core machine (the first search loads Pagefind's wasm). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 60_000 });
const params = (page: Page) => new URL(page.url()).searchParams;

describe('search page', () => {
  it('searches as you type without diacritics, mirrors the query in the URL and shows clean excerpts', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tim-kiem/');
    await page.locator('#search-query').pressSequentially('dat dai', { delay: 20 });
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(params(page).get('q')).toBe('dat dai');
    expect(await page.locator('[data-results] li').count()).toBe(Math.min(count, 10));
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^\/(tin-tuc|thu-tuc-hanh-chinh)\//);
    expect(await first.locator('.tt-search__meta').textContent()).toMatch(new RegExp(Object.values(t.search.kinds).join('|')));
    // Marks sit on the page's own words ("Đất đai"), never on folded copies of them.
    const marks = await page.locator('[data-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(foldKey(mark)).toMatch(/\b(dat|dai)/);
    expect(marks.some((m) => /[đĐ]/.test(m))).toBe(true);
    const excerpts = (await page.locator('.tt-search__excerpt').allTextContents()).join(' ');
    expect(excerpts).not.toMatch(/\bdat dai\b/);
    // Ten results first (each one's data is a download); the button shows ten more, focusing the first new one.
    expect(count).toBeGreaterThan(10);
    await page.getByRole('button', { name: t.search.more }).click();
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(Math.min(count, 20));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] li')[10]))
      .toBe(true);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('round-trips ?q= from the header search box, and the back button restores the previous search', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    await page.locator('#site-search').fill('GPLX');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=GPLX$/);
    const gplx = await resultCount(page);
    expect(gplx).toBeGreaterThan(0);
    expect(await page.locator('#search-query').inputValue()).toBe('GPLX');
    // "GPLX" is searched as "giấy phép lái xe": the excerpts mark those words.
    expect((await page.locator('[data-results] mark').allTextContents()).map(foldKey)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^giay phep lai xe/)]),
    );

    await page.locator('#search-query').fill('khai sanh');
    await page.locator('#search-query').press('Enter');
    await poll(() => params(page).get('q')).toBe('khai sanh');
    await poll(() => status(page).textContent()).toContain('khai sanh');
    expect(await page.locator('[data-results] h3').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/khai sinh/i)]),
    );

    await page.goBack();
    await poll(() => page.locator('#search-query').inputValue()).toBe('GPLX');
    await poll(() => status(page).textContent()).toContain('GPLX');
    expect(await resultCount(page)).toBe(gplx);

    await page.reload();
    expect(await page.locator('#search-query').inputValue()).toBe('GPLX');
    expect(await resultCount(page)).toBe(gplx);
    await context.close();
  });

  it('filters by kind and field with counts that match the results, and keeps filters in the URL', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tim-kiem/?q=' + encodeURIComponent('đăng ký'));
    const total = await resultCount(page);
    const kinds = page.locator('fieldset', { has: page.locator('legend', { hasText: t.search.facets.kind }) });
    const labels = await kinds.locator('label').allTextContents();
    const counts = labels.map((l) => Number(/\((\d+)\)$/.exec(l)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);

    const procedureLabel = labels.find((l) => l.startsWith(t.search.kinds.procedure))!;
    const procedures = Number(/\((\d+)\)$/.exec(procedureLabel)![1]);
    await kinds.getByLabel(procedureLabel).check();
    await poll(() => params(page).getAll('kind')).toEqual([t.search.kinds.procedure]);
    await poll(() => resultCount(page)).toBe(procedures);
    for (const meta of await page.locator('.tt-search__meta').allTextContents())
      expect(meta.startsWith(t.search.kinds.procedure)).toBe(true);
    // Within the chosen facet, the other kinds still show their counts, so they can be added.
    expect(await kinds.locator('label').allTextContents()).toEqual(labels);

    const fields = page.locator('fieldset', { has: page.locator('legend', { hasText: t.search.facets.field }) });
    const fieldLabels = await fields.locator('label').allTextContents();
    const fieldCounts = fieldLabels.map((l) => Number(/\((\d+)\)$/.exec(l)![1]));
    expect(fieldCounts.reduce((a, b) => a + b, 0)).toBe(procedures);
    await fields.getByLabel(fieldLabels[0]!).check();
    await poll(() => resultCount(page)).toBe(fieldCounts[0]);
    expect(params(page).getAll('field')).toHaveLength(1);

    await page.goBack();
    await poll(() => resultCount(page)).toBe(procedures);
    await page.locator('[data-clear]').click();
    await poll(() => resultCount(page)).toBe(total);
    expect(params(page).getAll('kind')).toEqual([]);

    await page.locator('#search-sort').selectOption('date');
    await poll(() => params(page).get('sort')).toBe('date');
    await context.close();
  });

  it('keeps the filters closed on a phone and fetches their data only when the reader opens them', async () => {
    const { page, context } = await openPage(browser(), baseUrl, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const filterFiles: string[] = [];
    page.on('request', (r) => void (/\.pf_filter$/.test(new URL(r.url()).pathname) && filterFiles.push(r.url())));
    await page.goto(baseUrl + '/tim-kiem/?q=' + encodeURIComponent('đăng ký'));
    const total = await resultCount(page);
    const panel = page.locator('[data-filters]');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(filterFiles).toEqual([]);
    await panel.locator('summary').click();
    const kinds = page.locator('fieldset', { has: page.locator('legend', { hasText: t.search.facets.kind }) });
    await poll(() => kinds.locator('label').count()).toBeGreaterThan(1);
    const counts = (await kinds.locator('label').allTextContents()).map((l) => Number(/\((\d+)\)$/.exec(l)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(filterFiles.length).toBeGreaterThan(0);
    // A link with a filter chosen opens the panel, so the choice is in view.
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('đăng ký')}&kind=${encodeURIComponent(t.search.kinds.procedure)}`);
    await resultCount(page);
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await poll(() => kinds.getByLabel(new RegExp(`^${t.search.kinds.procedure}`)).isChecked()).toBe(true);
    await context.close();
  });

  it('sorts news newest first', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/tim-kiem/?q=huyen&kind=${encodeURIComponent(t.search.kinds.news)}&sort=date`);
    expect(await resultCount(page)).toBeGreaterThan(3);
    const dates = (await page.locator('.tt-search__meta').allTextContents()).map((m) => {
      const [d, mo, y] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(m)!.slice(1);
      return `${y}-${mo}-${d}`;
    });
    expect(dates).toEqual([...dates].sort().reverse());
    await context.close();
  });

  it('is usable with the keyboard alone: type, submit, tick a filter, open a result', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tim-kiem/');
    await page.keyboard.press('Tab'); // skip link
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'search-query' && tabs++ < 30) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('chung thuc');
    await page.keyboard.press('Enter');
    expect(await resultCount(page)).toBeGreaterThan(0);
    tabs = 0;
    while ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)) !== 'checkbox' && tabs++ < 30)
      await page.keyboard.press('Tab');
    const box = await page.evaluate(() => ({
      name: (document.activeElement as HTMLInputElement).name,
      value: (document.activeElement as HTMLInputElement).value,
    }));
    await page.keyboard.press('Space');
    await poll(() => params(page).getAll(box.name)).toEqual([box.value]);
    await poll(() => status(page).textContent()).toMatch(/kết quả/);
    // Focus stays on the ticked box although the filter list was redrawn.
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    tabs = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('[data-results]'))) && tabs++ < 60)
      await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(baseUrl + href);
    await context.close();
  });

  it('has no axe violations with results and filters shown', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tim-kiem/?q=giay+phep');
    await resultCount(page);
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (ctx: object, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe;
      // The display-settings buttons (A−/A+) belong to the header component and are checked with it.
      const result = await axe.run(
        { exclude: [['.tt-display__button']] },
        { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      );
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('without JavaScript explains why and links to the catalog and the news', async () => {
    const { page, context } = await openPage(browser(), baseUrl, { javaScriptEnabled: false });
    await page.goto(baseUrl + '/tim-kiem/?q=dat+dai');
    expect(await page.locator('main').textContent()).toContain(t.search.noScript);
    expect(await page.locator('main a[href="/thu-tuc-hanh-chinh/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/tin-tuc/"]').count()).toBe(1);
    await context.close();
  });

  it('says so when the index cannot be loaded instead of breaking', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(baseUrl + '/tim-kiem/?q=dat+dai');
    await poll(() => status(page).textContent()).toBe(t.search.failed);
    await context.close();
  });
});

describe('catalog find-a-procedure box', () => {
  it('narrows the catalog as you type, diacritics and đ ignored, and announces the count', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/thu-tuc-hanh-chinh/');
    const rows = page.locator('[data-catalog-item]');
    const all = await rows.count();
    await page.getByLabel(t.search.catalogLabel).pressSequentially('dang ky ket hon');
    const visible = page.locator('[data-catalog-item]:visible');
    await poll(() => visible.count()).toBeLessThan(all);
    const names = await visible.locator('a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(foldKey(name)).toMatch(/dang ky.*ket hon|ket hon.*dang ky/);
    expect(await page.locator('[data-module="catalog-search"] [data-status]').textContent()).toBe(t.search.catalogCount(names.length));
    // Groups with no match disappear with their heading.
    for (const group of await page.locator('[data-catalog-group]:visible').all())
      expect(await group.locator('[data-catalog-item]:visible').count()).toBeGreaterThan(0);
    await page.getByLabel(t.search.catalogLabel).fill('');
    await poll(() => visible.count()).toBe(all);
    await context.close();
  });

  it('leaves the full catalog and no dead box without JavaScript', async () => {
    const { page, context } = await openPage(browser(), baseUrl, { javaScriptEnabled: false });
    await page.goto(baseUrl + '/thu-tuc-hanh-chinh/');
    expect(await page.locator('[data-module="catalog-search"]').isVisible()).toBe(false);
    expect(await page.locator('[data-catalog-item]:visible').count()).toBe(await page.locator('[data-catalog-item]').count());
    await context.close();
  });
});

describe('search page answers', () => {
  it('shows the procedure that answers a question as a card, explains an old term, and says when no page has every word', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    try {
      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('thủ tục đăng ký khai sinh như thế nào')}`);
      await resultCount(page);
      const card = page.locator('.tt-search__best');
      await poll(() => card.locator('h3 a').getAttribute('href')).toBe('/thu-tuc-hanh-chinh/1.001193/');
      expect(await card.locator('dt').allTextContents()).toEqual([t.search.facets.online, t.search.bestTime, t.search.bestFee]);
      // Filed on the unit's portal (its template with the code); a record naming its own portal goes there.
      expect(await card.getByRole('link', { name: t.search.bestFile }).getAttribute('href')).toBe(
        onlineUrl(loadConfig().site.onlineServices.procedureUrl, '1.001193'),
      );
      expect(await card.getByRole('link', { name: t.search.bestChecklist }).getAttribute('href')).toBe(
        '/thu-tuc-hanh-chinh/1.001193/ho-so/',
      );
      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('tach ho')}`);
      await resultCount(page);
      await poll(() => card.locator('h3 a').getAttribute('href')).toBe('/thu-tuc-hanh-chinh/1.010038/');
      expect(await card.getByRole('link', { name: t.search.bestFile }).getAttribute('href')).toBe('https://dichvucong.bocongan.gov.vn/');

      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('tách hộ khẩu')}`);
      await resultCount(page);
      await poll(() => page.locator('[data-notices]').textContent()).toContain('Sổ hộ khẩu giấy hết giá trị từ 01/01/2023');

      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('OCOP giám hộ')}`);
      expect(await resultCount(page)).toBeGreaterThan(0);
      await poll(() => page.locator('[data-notices]').textContent()).toContain(t.search.partial);
      expect(await page.locator('.tt-search__best').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
