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

  it('pages through the news list with numbered links', async () => {
    const { page, context } = await openPage(browser(), baseUrl);
    await page.goto(baseUrl + '/tin-tuc/');
    const next = page.locator('nav[aria-label="Phân trang"] a[rel="next"]');
    if ((await next.count()) === 0) return context.close();
    const firstOnPage1 = await page.locator('.tt-card__title a').first().textContent();
    await next.click();
    expect(new URL(page.url()).pathname).toBe('/tin-tuc/trang/2/');
    expect(await page.locator('.tt-card__title a').first().textContent()).not.toBe(firstOnPage1);
    expect(await page.locator('[aria-current="page"]', { hasText: '2' }).count()).toBeGreaterThan(0);
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
