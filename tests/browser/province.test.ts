/**
 * The demo province in Chromium: each unit's site served on its own, as from its own domain. axe
 * (Noto Sans, 320 px) and no sideways scrolling in both font families on the pages only a province,
 * a commune or an archive has; the directory's finder narrows the list by an old place name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { root, runCli, tempSite } from '../support/cli.ts';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { addAxeToEveryPage, formatViolations, runAxe } from '../support/axe.ts';
import { FONT_FAMILIES, forceFontFamily } from '../support/fonts.ts';
import { horizontalOverflow } from '../support/layout.ts';

const PAGES: [unit: string, path: string][] = [
  ['xa-hoa-phu', '/tim-kiem/'],
  ['binh-mau', '/'],
  ['binh-mau', '/xa-phuong/'],
  ['binh-mau', '/thu-tuc-hanh-chinh/2.000488/'],
  ['xa-hoa-phu', '/'],
  ['xa-hoa-phu', '/thu-tuc-hanh-chinh/1.012812/'],
  ['xa-hoa-phu', '/thu-tuc-hanh-chinh/noi-tiep-nhan-ho-so/'],
  ['song-mau', '/'],
  ['song-mau', '/tin-tuc/'],
];

const urls = new Map<string, string>();
const servers: Server[] = [];
const browser = useBrowser();

beforeAll(async () => {
  const site = tempSite('province-browser');
  cpSync(join(root, 'content'), site.content, { recursive: true });
  const { status, output } = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_NOW: '', TRANGTIN_OUT: site.out });
  expect(status, output).toBe(0);
  for (const unit of new Set(PAGES.map(([u]) => u))) {
    const { url, server } = await serveDirectory(join(site.out, unit));
    urls.set(unit, url);
    servers.push(server);
  }
});
afterAll(() => servers.forEach((s) => s.close()));

describe('the province, a commune and an archive in Chromium', () => {
  it.each(PAGES)('%s %s has no axe violation at 320 px', async (unit, path) => {
    const { page, context, foreignRequests } = await openPage(browser(), urls.get(unit)!, { viewport: { width: 320, height: 800 } });
    await forceFontFamily(context, FONT_FAMILIES[0]);
    await addAxeToEveryPage(context);
    await page.goto(urls.get(unit)! + path, { waitUntil: 'load' });
    expect(formatViolations(await runAxe(page))).toBe('');
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it.each(FONT_FAMILIES.map((f) => [f.name, f] as const))('no page scrolls sideways at 320 px in %s', async (_, family) => {
    const wide: string[] = [];
    for (const [unit, path] of PAGES) {
      // A page of its own site each: another unit's address is another host.
      const { page, context } = await openPage(browser(), urls.get(unit)!, { viewport: { width: 320, height: 800 } });
      await forceFontFamily(context, family);
      await page.goto(urls.get(unit)! + path, { waitUntil: 'load' });
      const overflow = await horizontalOverflow(page);
      if (overflow.scrollsSideways) wide.push(`${unit}${path}: ${overflow.culprits.join(', ')}`);
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it("searches each unit's own site: a commune finds its procedures, not the province's or another unit's news", async () => {
    const base = urls.get('xa-hoa-phu')!;
    const { page, context, foreignRequests } = await openPage(browser(), base);
    const titles = async (query: string) => {
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('[data-status]').first().textContent()).toContain(query);
      return page.locator('[data-results] h3').allTextContents();
    };
    expect(await titles('khai sanh')).toEqual(expect.arrayContaining([expect.stringMatching(/^Đăng ký khai sinh$/)]));
    // Cấp tỉnh: the province's catalog has it, a commune's does not.
    expect((await titles('ly lich tu phap')).filter((t) => /lý lịch tư pháp/i.test(t))).toEqual([]);
    // The province's own news is on the province's site only.
    expect((await titles('so ket 5 thang')).filter((t) => /Sơ kết 5 tháng/.test(t))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('finds the new commune from an old commune name typed without diacritics, and says how many', async () => {
    const { page, context } = await openPage(browser(), urls.get('binh-mau')!);
    await page.goto(urls.get('binh-mau') + '/xa-phuong/', { waitUntil: 'load' });
    const visible = () => page.locator('[data-unit-item]:visible h3').allTextContents();
    expect(await visible()).toEqual(['Phường Sông Mẫu', 'Xã Đông Long', 'Xã Hòa Phú']);
    await page.getByLabel('Tìm xã, phường mới theo tên cũ').fill('phu mau');
    expect(await visible()).toEqual(['Xã Hòa Phú']);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Tìm thấy 1 xã, phường.');
    await page.getByLabel('Tìm xã, phường mới theo tên cũ').fill('xa khong co');
    expect(await visible()).toEqual([]);
    expect(await page.locator('[data-status]').textContent()).toBe('Không tìm thấy xã, phường nào có tên như vậy.');
    await context.close();
  });
});
