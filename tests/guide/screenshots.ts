/**
 * npm run guide:screenshots — the pictures of docs/huong-dan-bien-tap.md, taken from the real web
 * editor: a copy of the demo content (one commune, xã Hòa Phú) built, served, and edited in
 * Chromium against decap-server in MODE=git (so that the editorial workflow shows), at 1280×800 in
 * Vietnamese. Writes docs/images/bien-tap-*.png; run it when the editor's look changes. Not part of
 * `npm test`: tests must not change tracked files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { CHROMIUM_FLAGS } from '../support/browser.ts';
import { startDecapServer } from '../support/decap-server.ts';

const root = join(import.meta.dirname, '..', '..');
const UNIT = 'xa-hoa-phu';
const images = join(root, 'docs', 'images');
const work = mkdtempSync(join(tmpdir(), 'trangtin-guide-'));
// The repository holds content/ only: decap-server commits with `git add .`, which must not meet the build.
const repository = join(work, 'repository');
const content = join(repository, 'content');
cpSync(join(root, 'content'), content, { recursive: true });
const git = (...args: string[]) => execFileSync('git', ['-C', repository, ...args], { encoding: 'utf8' });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('-c', 'user.name=Biên tập', '-c', 'user.email=bientap@example.gov.vn', 'commit', '-qm', 'Nội dung ban đầu');

const out = join(work, 'dist');
const build = spawnSync('npm', ['run', 'build', '--silent', '--', '--unit', UNIT], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TRANGTIN_CONTENT: content, TRANGTIN_OUT: out, TRANGTIN_CACHE: join(work, 'cache') },
});
if (build.status !== 0) throw new Error('build failed');

const decap = await startDecapServer(repository, 'git');
const { url, server } = await serveDirectory(join(out, UNIT), {});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_FLAGS, '--lang=vi-VN'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
await decap.route(page);
page.on('dialog', (dialog) => void dialog.accept());
const shot = (name: string) => page.screenshot({ path: join(images, `bien-tap-${name}.png`) });

async function fillArticle(p: Page, summary: string) {
  await p.getByText('Thêm: Tin tức').click();
  await p.locator('input[id^="title-field"]').fill('Họp dân bàn kế hoạch làm đường giao thông ấp Hòa Bình');
  await p.locator('[data-testid^="date-field"]').first().fill('2025-12-09T08:30');
  await p.locator('input[id^="category-field"]').fill('Thông báo');
  await p.keyboard.press('Enter');
  await p.locator('input[id^="author-field"]').fill('Văn phòng HĐND và UBND xã');
  await p.locator('input[id^="summary-field"]').fill(summary);
  await p.locator('[data-slate-editor="true"]').click();
  await p.keyboard.type('Sáng 9/12, UBND xã Hòa Phú tổ chức họp dân ấp Hòa Bình bàn kế hoạch làm đường.');
}

try {
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await shot('1-dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Loại nội dung').waitFor();
  await shot('2-danh-sach');

  await fillArticle(page, 'UBND xã họp dân bàn kế hoạch làm đường giao thông nông thôn năm 2026.');
  await page.locator('input[id^="title-field"]').scrollIntoViewIfNeeded();
  await shot('3-viet-tin');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Mục đã được lưu').waitFor();
  await page.getByText(/^Trạng thái: /).click();
  await page.getByText('Đang xét duyệt', { exact: true }).click();
  await page.getByText('Trạng thái của mục đã được cập nhật').first().waitFor();
  await page.goto(`${url}/admin/#/workflow`);
  await page.getByText('Quy trình biên tập').waitFor();
  await page.getByText('Họp dân bàn kế hoạch làm đường giao thông ấp Hòa Bình').waitFor();
  await shot('4-quy-trinh');

  // A fresh page: the earlier notices gone.
  await page.goto(`${url}/admin/#/collections/news`);
  await page.reload();
  await fillArticle(page, 'Tóm tắt quá dài. '.repeat(30));
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText(/bài chưa đúng yêu cầu/).waitFor();
  // The notice slides in.
  await page.waitForTimeout(1000);
  await shot('5-loi');

  // The unit's own files: its identity, leaders and desks.
  await page.goto(`${url}/admin/#/collections/unit`);
  await page.reload();
  await page.getByText('Thông tin đơn vị và trang').click();
  await page.waitForFunction(() => (document.querySelector('[id^="name-field"]') as HTMLInputElement | null)?.value);
  await shot('6-don-vi');
  console.log(`Đã chụp 6 hình vào ${images}`);
} catch (error) {
  await page.screenshot({ path: join(work, '..', 'trangtin-guide-failed.png') });
  console.error(decap.errors());
  throw error;
} finally {
  await browser.close();
  server.close();
  decap.stop();
  rmSync(work, { recursive: true, force: true });
}
