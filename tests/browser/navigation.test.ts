/** What a citizen does: read news, browse a category, find a procedure — on desktop and on a phone. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('navigation', () => {
  it('goes home → article → its category → back to the news list', async () => {
    const { page, context, foreignRequests } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    const firstArticle = page.locator('#latest-title ~ article h3 a').first();
    const title = (await firstArticle.textContent())!.trim();
    await firstArticle.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    const category = page.locator('.tt-article-meta a');
    const categoryName = (await category.textContent())!.trim();
    await category.click();
    expect((await page.locator('h1').textContent())!.trim()).toBe(categoryName);
    expect(await page.locator(`.tt-card__title a:text-is("${title}")`).count()).toBe(1);
    await page.locator('nav[aria-label="Đường dẫn"] a', { hasText: 'Tin tức' }).click();
    expect(new URL(page.url()).pathname).toBe('/tin-tuc/');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('goes catalog → field → procedure and offers online filing for an online procedure', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/thu-tuc-hanh-chinh/');
    const field = page.locator('#filter-field ~ ul a').first();
    const fieldName = (await field.textContent())!.trim();
    await field.click();
    expect(await page.locator('h1').textContent()).toContain(fieldName);
    const procedure = page.locator('[data-catalog-item] a').first();
    const name = (await procedure.textContent())!.trim();
    await procedure.click();
    expect((await page.locator('h1').textContent())!.trim()).toBe(name);
    expect(await page.locator('.tt-steps li').count()).toBeGreaterThan(1);
    expect(await page.locator('.tt-facts').textContent()).toContain(fieldName);

    await page.goto(baseUrl + '/thu-tuc-hanh-chinh/muc-do/toan-trinh/');
    await page.locator('[data-catalog-item] a').first().click();
    const file = page.locator('a', { hasText: 'Nộp hồ sơ trực tuyến' });
    expect(await file.getAttribute('href')).toMatch(/^https:\/\/.+\d\.\d{6}/);
    await page.locator('a', { hasText: 'Xem và in danh mục hồ sơ' }).click();
    expect(await page.locator('h1').textContent()).toBe('Danh mục hồ sơ cần chuẩn bị');
    await context.close();
  });

  it('browses the news archive by month: from the news page to a month, to the month before, back to all months', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tin-tuc/');
    const months = page.locator('#theo-thang ~ div a');
    expect(await months.count()).toBeGreaterThan(1);
    // The newest month is listed first; its page lists its articles, newest first, with dates.
    await months.first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/tin-tuc\/thang\/\d{4}-\d{2}\/$/);
    const heading = await page.locator('h1').textContent();
    expect(heading).toMatch(/^Tin tức tháng \d{1,2}\/\d{4}$/);
    const dates = await page.locator('.tt-month-news time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    // No newer month than the newest; an older one, whose page has another title.
    expect(await page.getByRole('link', { name: /^Tháng sau/ }).count()).toBe(0);
    await page.getByRole('link', { name: /^Tháng trước/ }).click();
    expect(await page.locator('h1').textContent()).not.toBe(heading);
    await page.getByRole('link', { name: 'Tất cả các tháng' }).click();
    expect(new URL(page.url()).pathname).toBe('/tin-tuc/');
    expect(new URL(page.url()).hash).toBe('#theo-thang');
    await context.close();
  });
});

describe('display settings', () => {
  it('switches to high contrast and larger text, and remembers it on the next page', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/');
    await page.getByRole('button', { name: 'Tương phản cao' }).click();
    await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
    await page.goto(baseUrl + '/tin-tuc/');
    const { contrast, textSize } = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect({ contrast, textSize }).toEqual({ contrast: 'high', textSize: '1' });
    expect(await page.getByRole('button', { name: 'Tương phản cao' }).getAttribute('aria-pressed')).toBe('true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(0, 0, 0)');
    await context.close();
  });
});
