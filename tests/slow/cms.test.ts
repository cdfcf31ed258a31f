/**
 * The web editor (/admin/) as an editor uses it: the built site's admin page in Chromium, against
 * decap-server (MODE=fs) on a temporary copy of the district's content — opening it in Vietnamese,
 * writing an article with a photo, being refused a save the build would refuse, and no request to
 * another host on the way.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { serveDirectory } from '../../src/lib/build/static-server.ts';
import { openPage, useBrowser } from '../support/browser.ts';
import { root, runCli, tempSite } from '../support/cli.ts';
import { startDecapServer } from '../support/decap-server.ts';
import { hostHeaders } from '../support/dist.ts';
import { slugify } from '../../src/lib/text.ts';
import { SLUG_LENGTH } from '../../src/lib/new-content.ts';

const distDir = inject('distDir');
const browser = useBrowser();
let site: ReturnType<typeof tempSite>;
let decap: Awaited<ReturnType<typeof startDecapServer>>;
let baseUrl = '';
let server: Server;

beforeAll(async () => {
  site = tempSite('cms', 'district');
  decap = await startDecapServer(site.work);
  ({ url: baseUrl, server } = await serveDirectory(distDir, {}));
});
afterAll(() => {
  decap?.stop();
  server?.close();
});

/** The admin page, logged in to the local backend; every request's host is recorded. */
async function openEditor() {
  // Editors are in Vietnam: Decap writes dates with the browser's offset (+07:00).
  const opened = await openPage(browser(), baseUrl, { viewport: { width: 1280, height: 1000 }, timezoneId: 'Asia/Ho_Chi_Minh' });
  await decap.route(opened.page);
  const hosts = new Set<string>();
  opened.page.on('request', (r) => hosts.add(new URL(r.url()).host));
  await opened.page.goto(`${baseUrl}/admin/`);
  await opened.page.getByRole('button', { name: 'Đăng nhập' }).click();
  await opened.page.getByText('Loại nội dung').waitFor();
  return { ...opened, hosts };
}

/** A new article's form, filled as an editor does. */
async function writeArticle(page: Page, fields: { title: string; summary: string }) {
  await page.getByText('Thêm: Tin tức').click();
  await page.locator('input[id^="title-field"]').waitFor();
  await page.locator('input[id^="title-field"]').fill(fields.title);
  await page.locator('[data-testid^="date-field"]').first().fill('2025-12-09T08:30');
  await page.locator('input[id^="category-field"]').fill('Thông báo');
  await page.keyboard.press('Enter');
  await page.locator('input[id^="author-field"]').fill('Văn phòng HĐND và UBND');
  await page.locator('input[id^="summary-field"]').fill(fields.summary);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type('Sáng 9/12, UBND xã tổ chức họp dân ấp Hòa Bình.');
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Công bố' }).click();
  await page.getByText('Công bố ngay').click();
}

const newsFiles = () =>
  readdirSync(join(site.content, 'news'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();

describe('the web editor', () => {
  it('opens in Vietnamese from the site itself, with no request to another host', async () => {
    const { page, context, hosts, foreignRequests } = await openEditor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('Tin tức');
    expect(text).not.toMatch(/\b(Collections|Search all|Sort by|New|Media|Quick add|Log ?out|Loading)\b/);
    // The site and decap-server on this machine, nothing else.
    expect([...hosts].filter((h) => !/^(127\.0\.0\.1|localhost):\d+$/.test(h))).toEqual([]);
    expect(foreignRequests.filter((u) => !u.startsWith('http://localhost:8081/'))).toEqual([]);
    await context.close();
  });

  it('writes a news article with a photo into the content folder, as the build reads it', async () => {
    const { page, context } = await openEditor();
    const before = newsFiles();
    // A title longer than a file name may be: cut where `npm run new` cuts it.
    const title = 'Họp dân bàn làm đường giao thông ấp Hòa Bình và nạo vét kênh thủy lợi nội đồng năm 2026';
    await writeArticle(page, { title, summary: 'UBND xã họp dân bàn kế hoạch làm đường.' });
    await page.getByText('Chọn ảnh').first().click();
    const photo = join(root, 'tests/fixtures/district/news/2025/images/mot-cua-huong-dan-nop-truc-tuyen.jpg');
    await page.locator('input[type="file"][accept="image/*"]').setInputFiles(photo);
    await page.getByText('Dùng các tệp đã chọn').click();
    await page.locator('input[id^="alt-field"]').fill('Người dân dự họp tại nhà văn hóa ấp');
    await publish(page);
    await page.getByText('Mục đã được lưu').waitFor();
    const added = newsFiles().filter((f) => !before.includes(f));
    expect(added).toEqual([`2025/${slugify(title, SLUG_LENGTH)}.md`]);
    expect(added[0]).toBe('2025/hop-dan-ban-lam-duong-giao-thong-ap-hoa-binh-va-nao-vet-kenh.md');
    const text = readFileSync(join(site.content, 'news', added[0]!), 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      title,
      category: 'thong-bao',
      author: 'Văn phòng HĐND và UBND',
      cover: { alt: 'Người dân dự họp tại nhà văn hóa ấp' },
    });
    expect((front.cover as { src: string }).src).toBe('./images/mot-cua-huong-dan-nop-truc-tuyen.jpg');
    expect(String(front.date)).toMatch(/^2025-12-09T08:30:00\+07:00$/);
    expect(text).toContain('Sáng 9/12, UBND xã tổ chức họp dân ấp Hòa Bình.');
    expect(existsSync(join(site.content, 'news/2025/images/mot-cua-huong-dan-nop-truc-tuyen.jpg'))).toBe(true);
    // What the editor wrote passes the checker the build runs.
    const check = runCli('src/cli/check.ts', site.content, [], { TRANGTIN_NOW: '' });
    expect(check.status, check.output).toBe(0);
    await context.close();
  });

  it("refuses an article without a title, and one the checker would refuse, with the checker's words, writing nothing", async () => {
    const { page, context } = await openEditor();
    const before = newsFiles();
    await writeArticle(page, { title: '', summary: 'Tóm tắt.' });
    await publish(page);
    await page.getByText('Tiêu đề bắt buộc nhập.').waitFor();
    await page.locator('input[id^="title-field"]').fill('Thông báo lịch tiếp công dân');
    await page.locator('input[id^="summary-field"]').fill('Rất dài. '.repeat(60));
    await publish(page);
    await page.getByText(/Chưa lưu: bài chưa đúng yêu cầu — tóm tắt dài quá 400 ký tự/).waitFor();
    expect(newsFiles()).toEqual(before);
    await context.close();
  });
});

describe('a procedure edited in the web editor', () => {
  it('shows the change on its page after a build', async () => {
    const { page, context } = await openEditor();
    await page.goto(`${baseUrl}/admin/#/collections/procedures/entries/1.001193`);
    const summary = page.locator('input[id^="summary-field"], textarea[id^="summary-field"]').first();
    // The form is filled once the entry has loaded.
    await page.waitForFunction(() => (document.querySelector('[id^="summary-field"]') as HTMLInputElement | null)?.value);
    const changed = 'Cha, mẹ đăng ký khai sinh cho con tại Trung tâm Phục vụ hành chính công hoặc trên VNeID (đã sửa trên trang biên tập).';
    await summary.fill(changed);
    await publish(page);
    await page.getByText('Mục đã được lưu').waitFor();
    expect(parse(readFileSync(join(site.content, 'procedures', '1.001193.yaml'), 'utf8'))).toMatchObject({
      code: '1.001193',
      summary: changed,
    });
    const build = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_OUT: site.out, TRANGTIN_NOW: '' });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(site.out, 'thu-tuc-hanh-chinh', '1.001193', 'index.html'), 'utf8')).toContain(changed);
    await context.close();
  });
});

describe('a week of the schedule written in the web editor', () => {
  it('is named by its week, passes the check and has its page after a build', async () => {
    const { page, context } = await openEditor();
    await page.goto(`${baseUrl}/admin/#/collections/schedule/new`);
    await page.getByRole('button', { name: 'Thêm các ngày' }).click();
    // A day of a week that has its file already: refused, nothing written.
    const weeks = readdirSync(join(site.content, 'schedule'));
    await page.locator('input[id^="date-field"]').fill('2025-06-10');
    await page.getByRole('button', { name: 'Thêm các mục của ngày' }).click();
    await page.locator('input[id^="time-field"]').fill('07:30');
    await page.locator('input[id^="leaders-field"]').fill('Trương');
    await page.keyboard.press('Enter');
    await page.locator('input[id^="title-field"]').fill('Giao ban lãnh đạo UBND đầu tuần');
    await page.locator('input[id^="place-field"]').fill('Phòng họp số 1');
    await publish(page);
    await page.getByText(/Chưa lưu: đã có mục 2025-tuan-24/).waitFor();
    expect(readdirSync(join(site.content, 'schedule'))).toEqual(weeks);
    // A day of a new week (a day: the form asks for no time).
    await page.locator('input[id^="date-field"]').fill('2025-12-15');
    await publish(page);
    await page.getByText('Mục đã được lưu').waitFor();
    // 15/12/2025 is a Monday of ISO week 51: the file is that week's, as the checker wants it.
    const week = parse(readFileSync(join(site.content, 'schedule', '2025-tuan-51.yaml'), 'utf8')) as { days: { entries: unknown[] }[] };
    expect(readFileSync(join(site.content, 'schedule', '2025-tuan-51.yaml'), 'utf8')).toContain('- date: 2025-12-15\n');
    expect(week.days[0]!.entries[0]).toEqual({
      time: '07:30',
      leaders: ['chu-tich'],
      title: 'Giao ban lãnh đạo UBND đầu tuần',
      place: 'Phòng họp số 1',
    });
    const build = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_OUT: site.out, TRANGTIN_NOW: '' });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(join(site.out, 'lich-cong-tac', '2025-tuan-51', 'index.html'), 'utf8')).toContain(
      'Giao ban lãnh đạo UBND đầu tuần',
    );
    await context.close();
  });
});

describe("the unit's identity, leaders and desks in the web editor", () => {
  it('keeps a list file a list, and each file its comments and the IT officer’s settings', async () => {
    // A setting editors do not see (the IT officer's): the save must keep it.
    writeFileSync(join(site.content, 'site.yaml'), `${readFileSync(join(site.content, 'site.yaml'), 'utf8')}\nsearchIndexPartPages: 400\n`);
    const { page, context } = await openEditor();
    await page.getByText('Thông tin đơn vị', { exact: true }).first().click();
    await page.getByText('Lãnh đạo (lịch công tác)').click();
    await page.getByText('Trương Minh Khoa — Chủ tịch UBND huyện').waitFor();
    await page.getByRole('button', { name: 'Mở rộng' }).click();
    await page.locator('input[id^="position-field"]:visible').first().fill('Chủ tịch UBND huyện Sông Mẫu');
    await publish(page);
    await page.getByText('Mục đã được lưu').waitFor();
    const leadersFile = readFileSync(join(site.content, 'leaders.yaml'), 'utf8');
    expect(leadersFile).toMatch(/^# Lãnh đạo có trong lịch công tác/);
    expect(parse(leadersFile)).toEqual([
      { slug: 'chu-tich', name: 'Trương Minh Khoa', position: 'Chủ tịch UBND huyện Sông Mẫu' },
      { slug: 'pct-ha', name: 'Phan Thị Thu Hà', position: 'Phó Chủ tịch UBND huyện' },
      { slug: 'pct-vinh', name: 'Đỗ Quang Vinh', position: 'Phó Chủ tịch UBND huyện' },
    ]);

    // Back to the unit's files (Decap shows another file of them, opened by its address, empty).
    await page.locator('a[href="#/collections/unit"]').first().click();
    await page.getByText('Thông tin đơn vị và trang').click();
    await page.waitForFunction(() => (document.querySelector('[id^="demoNotice-field"]') as HTMLInputElement | null)?.value);
    await page.locator('[id^="demoNotice-field"]').fill('Trang minh họa của một đơn vị hư cấu.');
    await publish(page);
    // (The first save's notice may still be on screen: the file tells.)
    await expect.poll(() => readFileSync(join(site.content, 'site.yaml'), 'utf8')).toContain('Trang minh họa của một đơn vị hư cấu.');
    const siteFile = readFileSync(join(site.content, 'site.yaml'), 'utf8');
    expect(parse(siteFile)).toMatchObject({ site: { demoNotice: 'Trang minh họa của một đơn vị hư cấu.' }, searchIndexPartPages: 400 });
    // The file's own documentation, as it was.
    expect(siteFile).toContain('  name: "Ủy ban nhân dân huyện Sông Mẫu" # (bắt buộc) tên đầy đủ của đơn vị');
    expect(siteFile).toContain('# (bắt buộc) thông tin chân trang theo Nghị định 42/2022/NĐ-CP\nlegal:');
    const check = runCli('src/cli/check.ts', site.content, [], { TRANGTIN_NOW: '' });
    expect(check.status, check.output).toBe(0);
    await context.close();
  });
});

describe("the web editor's editorial workflow (decap-server MODE=git)", () => {
  let repository: ReturnType<typeof tempSite>;
  let gitServer: Awaited<ReturnType<typeof startDecapServer>>;
  const git = (...args: string[]) => execFileSync('git', ['-C', repository.work, ...args], { encoding: 'utf8' }).trim();
  beforeAll(async () => {
    repository = tempSite('cms-git', 'district');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=Biên tập', '-c', 'user.email=bientap@example.gov.vn', 'commit', '-qm', 'Nội dung ban đầu');
    gitServer = await startDecapServer(repository.work, 'git');
  });
  afterAll(() => gitServer?.stop());

  it('keeps a draft on its own branch through review, and publishes it into main with a Vietnamese commit message', async () => {
    const { page, context } = await openPage(browser(), baseUrl, {
      viewport: { width: 1280, height: 1000 },
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await gitServer.route(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${baseUrl}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await writeArticle(page, { title: 'Lịch tiếp dân tháng 12', summary: 'Lịch tiếp công dân của lãnh đạo UBND.' });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Mục đã được lưu').waitFor();
    const branch = 'cms/news/2025/lich-tiep-dan-thang-12';
    expect(git('branch', '--list', 'cms/*')).toContain(branch);
    expect(git('ls-tree', '-r', '--name-only', 'main')).not.toContain('content/news/2025/lich-tiep-dan-thang-12.md');
    for (const status of ['Đang xét duyệt', 'Sẵn sàng']) {
      await page.getByText(/^Trạng thái: /).click();
      await page.getByText(status, { exact: true }).click();
      await page.getByText('Trạng thái của mục đã được cập nhật').first().waitFor();
    }
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').click();
    await page.getByText('Mục đã được công bố').first().waitFor();
    expect(git('ls-tree', '-r', '--name-only', 'main')).toContain('content/news/2025/lich-tiep-dan-thang-12.md');
    expect(git('branch', '--list', 'cms/*')).not.toContain(branch);
    expect(git('log', '-1', '--format=%s', 'main')).toBe('Thêm Tin tức: “2025/lich-tiep-dan-thang-12”');
    await context.close();
  });
});

describe("the web editor's own Content-Security-Policy", () => {
  it('lets the editor run, log in and list content without a violation', async () => {
    // The "/admin/*" block of _headers, as a host sends it for the editor's pages.
    const headers = hostHeaders(distDir, '/admin/*');
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self' http://localhost:8081");
    const admin = await serveDirectory(distDir, { headers });
    const { page, context } = await openPage(browser(), admin.url, { viewport: { width: 1280, height: 900 } });
    await decap.route(page);
    const violations: string[] = [];
    await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${admin.url}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Loại nội dung').waitFor();
    await page.getByText('Thêm: Tin tức').click();
    await page.locator('input[id^="title-field"]').waitFor();
    expect(violations).toEqual([]);
    await context.close();
    admin.server.close();
  });
});

describe('what the web editor needs of the site', () => {
  it('is a tool, not a public page: no index, not in the sitemap, not in the search', () => {
    const admin = readFileSync(join(distDir, 'admin', 'index.html'), 'utf8');
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(admin).not.toContain('data-pagefind-body');
    expect(readFileSync(join(distDir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    for (const file of ['decap-cms.js', 'trangtin-cms.js']) expect(existsSync(join(distDir, 'admin', file)), file).toBe(true);
  });
});
