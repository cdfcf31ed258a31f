/**
 * The demo province (content/): one repository, one build, one self-contained site per unit —
 * the province, its ward and communes, and the old district as an archive. Built here from a copy
 * of content/ with the build's own command; the rest of the suite tests the live district
 * (tests/fixtures/district).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runCli, tempSite } from '../support/cli.ts';
import { listFiles, listHtmlFiles, siteOriginOf } from '../support/dist.ts';
import { checkLinks, formatBroken } from '../support/links.ts';
import { archiveRedirects, matchesRule } from '../../src/lib/units/redirects.ts';
import { serveWithNginx } from '../support/nginx.ts';
import { createValidator, formatHtmlProblems, validateHtml, type HtmlProblem } from '../support/validate.ts';

const UNITS = ['binh-mau', 'phuong-song-mau', 'song-mau', 'xa-dong-long', 'xa-hoa-phu'];
const LIVE = UNITS.filter((u) => u !== 'song-mau');
// The demo's own "today" (content/shared/demo-today.txt), not the suite's.
const DEMO = { TRANGTIN_NOW: '' };

let site: ReturnType<typeof tempSite>;
const build = (args: string[] = [], content = site.content) =>
  runCli('src/cli/build.ts', content, args, { ...DEMO, TRANGTIN_OUT: site.out });
const page = (unit: string, path: string) => readFileSync(join(site.out, unit, path), 'utf8');

beforeAll(() => {
  site = tempSite('province');
  cpSync(join(root, 'content'), site.content, { recursive: true });
  const { status, output } = build();
  expect(status, output).toBe(0);
});

describe('a province from one repository', () => {
  it('checks clean: every unit with the shared catalog, and the units against each other', () => {
    const { status, lines } = runCli('src/cli/check.ts', site.content, [], DEMO);
    expect(lines, lines.join('\n')).toEqual([expect.stringMatching(/^Nội dung hợp lệ: đã kiểm tra \d+ tệp, không có lỗi\.$/)]);
    expect(status).toBe(0);
  });

  it('builds one self-contained site per unit, each at its own address, and a page listing them', () => {
    expect(readdirSync(site.out).sort()).toEqual(['index.html', ...UNITS].sort());
    const index = readFileSync(join(site.out, 'index.html'), 'utf8');
    for (const unit of UNITS) {
      expect(index).toContain(`href="//${unit}.localhost:4321/"`);
      for (const file of ['index.html', '404.html', 'sitemap.xml', 'rss.xml', 'favicon.svg', 'pagefind/pagefind-entry.json'])
        expect(existsSync(join(site.out, unit, file)), `${unit}/${file}`).toBe(true);
      expect(siteOriginOf(join(site.out, unit))).toMatch(/^https:\/\/[a-z]+\.(binhmau\.)?example\.gov\.vn$/);
    }
    const origins = new Set(UNITS.map((u) => siteOriginOf(join(site.out, u))));
    expect(origins.size).toBe(UNITS.length);
  });

  it('has no broken internal link in any unit; an archive links its old catalog, which redirects', () => {
    for (const unit of UNITS) {
      const dir = join(site.out, unit);
      const rules = unit === 'song-mau' ? archiveRedirects('') : [];
      const report = checkLinks(dir, { siteOrigin: siteOriginOf(dir), redirected: (path) => rules.some((r) => matchesRule(r, path)) });
      expect(report.pages, unit).toBeGreaterThan(20);
      expect(formatBroken(report.broken), unit).toBe('');
    }
  });

  it('finds no html-validate error on any page of any unit', async () => {
    const validator = await createValidator();
    const problems: HtmlProblem[] = [];
    for (const unit of UNITS)
      for (const file of listHtmlFiles(join(site.out, unit)))
        problems.push(...(await validateHtml(validator, page(unit, file), `${unit}/${file}`)));
    expect(formatHtmlProblems(problems)).toBe('');
  });

  it("lists in each unit's sitemap the pages that unit has, and no other", () => {
    for (const unit of UNITS) {
      const dir = join(site.out, unit);
      const origin = siteOriginOf(dir)!;
      const locs = [...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
      expect(locs.length, unit).toBeGreaterThan(10);
      const missing = locs.filter(
        (loc) => !loc.startsWith(`${origin}/`) || !existsSync(join(dir, decodeURI(new URL(loc).pathname), 'index.html')),
      );
      expect(missing, unit).toEqual([]);
    }
  });

  it("lists each unit's level of the shared catalog: the province its own and its communes', a commune the commune level", () => {
    const has = (unit: string, code: string) => existsSync(join(site.out, unit, 'thu-tuc-hanh-chinh', code, 'index.html'));
    expect(has('binh-mau', '2.000488')).toBe(true); // Cấp tỉnh: criminal record certificate
    expect(has('binh-mau', '1.001193')).toBe(true); // Cấp xã: birth registration
    for (const unit of LIVE.filter((u) => u !== 'binh-mau')) {
      expect(has(unit, '1.001193'), unit).toBe(true);
      expect(has(unit, '2.000488'), unit).toBe(false);
    }
    // No procedure of the catalog is "Cấp huyện" any more.
    expect(existsSync(join(site.out, 'binh-mau', 'thu-tuc-hanh-chinh', 'cap', 'huyen'))).toBe(false);
    // Each commune says where its own desks are; an override (content/xa-hoa-phu/overrides/) names one of them.
    expect(page('phuong-song-mau', 'thu-tuc-hanh-chinh/1.012812/index.html')).toContain(
      'Trung tâm Phục vụ hành chính công phường Sông Mẫu',
    );
    const overridden = page('xa-hoa-phu', 'thu-tuc-hanh-chinh/1.012812/index.html');
    expect(overridden).toContain('Trung tâm Phục vụ hành chính công xã Hòa Phú');
    expect(overridden).not.toContain('ấp Phú Lợi');
    expect(page('xa-hoa-phu', 'thu-tuc-hanh-chinh/noi-tiep-nhan-ho-so/index.html')).toContain('Điểm tiếp nhận hồ sơ ấp Phú Lợi');
  });

  it('keeps the old district read-only: its notice and successors on every page, no live section, its redirect map', () => {
    const archive = join(site.out, 'song-mau');
    // (Its English pages say so in English.)
    for (const file of listHtmlFiles(archive).filter((f) => !f.startsWith('en/'))) {
      const html = readFileSync(join(archive, file), 'utf8');
      expect(html, file).toContain('<h2 id="archive-title">Trang lưu trữ</h2>');
      expect(html, file).toContain('href="https://binhmau.example.gov.vn">Trang thông tin điện tử tỉnh Bình Mẫu</a>');
    }
    for (const section of ['thu-tuc-hanh-chinh', 'lich-cong-tac', 'lay-y-kien'])
      expect(existsSync(join(archive, section)), section).toBe(false);
    expect(readFileSync(join(archive, '_redirects'), 'utf8')).toContain(
      '/thu-tuc-hanh-chinh/* https://binhmau.example.gov.vn/thu-tuc-hanh-chinh/:splat 301',
    );
    expect(readFileSync(join(archive, 'redirects.nginx.map'), 'utf8')).toContain(
      '~^/lich-cong-tac/ https://binhmau.example.gov.vn/lich-cong-tac/;',
    );
    // Its news and documents stay where citizens and other sites link them.
    expect(existsSync(join(archive, 'van-ban', 'index.html'))).toBe(true);
  });

  it("lists the province's communes and wards with the units they were formed from, and the archive", () => {
    const html = page('binh-mau', 'xa-phuong/index.html').replace(/ data-astro-cid-\w+/g, '');
    expect(html).toContain('Trước đây thuộc huyện Sông Mẫu');
    for (const [name, url, former] of [
      ['Phường Sông Mẫu', 'https://songmau.binhmau.example.gov.vn/', 'thị trấn Sông Mẫu (huyện Sông Mẫu)'],
      ['Xã Hòa Phú', 'https://hoaphu.binhmau.example.gov.vn/', 'xã Phú Mẫu (huyện Sông Mẫu)'],
      ['Xã Đông Long', 'https://donglong.binhmau.example.gov.vn/', 'xã Đồng Mẫu (huyện Sông Mẫu)'],
    ]) {
      expect(html).toContain(`<a href="${url}">${name}</a>`);
      expect(html).toContain(former);
    }
    expect(html).toContain('<a href="https://songmau.example.gov.vn/">Huyện Sông Mẫu</a>');
    // Only the province has a directory.
    expect(existsSync(join(site.out, 'xa-hoa-phu', 'xa-phuong'))).toBe(false);
  });

  it('rebuilds only the commune whose content changed: the others are left as they were, file for file', () => {
    const before = new Map(
      UNITS.filter((u) => u !== 'xa-hoa-phu').flatMap((u) =>
        listFiles(join(site.out, u)).map((f) => [`${u}/${f}`, statSync(join(site.out, u, f)).mtimeMs] as const),
      ),
    );
    const article = join(site.content, 'xa-hoa-phu', 'news', '2025', 'lich-tiep-cong-dan-thang-12-2025.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('tiếp công dân định kỳ sáng thứ Năm', 'tiếp công dân định kỳ cả ngày thứ Năm'),
    );
    const { status, output } = build();
    expect(status, output).toBe(0);
    expect(output).toContain('[dựng] 1/5 đơn vị có thay đổi: xa-hoa-phu');
    expect(page('xa-hoa-phu', 'tin-tuc/lich-tiep-cong-dan-thang-12-2025/index.html')).toContain('cả ngày thứ Năm');
    const after = new Map(
      UNITS.filter((u) => u !== 'xa-hoa-phu').flatMap((u) =>
        listFiles(join(site.out, u)).map((f) => [`${u}/${f}`, statSync(join(site.out, u, f)).mtimeMs] as const),
      ),
    );
    const changed = [...before].filter(([file, time]) => after.get(file) !== time).map(([file]) => file);
    expect(changed).toEqual([]);
    expect(after.size).toBe(before.size);
    // Nothing changed since: nothing is built; one unit can still be asked for by name.
    expect(build().output).toContain('Không đơn vị nào thay đổi từ lần dựng trước');
    const one = build(['--unit', 'phuong-song-mau']);
    expect(one.status, one.output).toBe(0);
    expect(one.output).toContain('[tìm kiếm] phuong-song-mau:');
    expect(one.output).not.toContain('[tìm kiếm] binh-mau:');
  });

  it('stops with the unit named when asked for one that does not exist, and leaves the published sites alone', () => {
    const stamp = statSync(join(site.out, 'binh-mau', 'index.html')).mtimeMs;
    const { status, output } = build(['--unit', 'xa-khong-co']);
    expect(status).toBe(1);
    expect(output).toContain(
      'không có đơn vị "xa-khong-co" — các đơn vị có trong content/: binh-mau, phuong-song-mau, song-mau, xa-dong-long, xa-hoa-phu',
    );
    expect(statSync(join(site.out, 'binh-mau', 'index.html')).mtimeMs).toBe(stamp);
  });

  it('names the file and field of a parent that is no unit, of two units at one address, of an override the catalog lacks', () => {
    const broken = tempSite('province-broken');
    cpSync(site.content, broken.content, { recursive: true });
    const edit = (unit: string, from: RegExp, to: string) => {
      const file = join(broken.content, unit, 'site.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    edit('xa-hoa-phu', /parentUnit: binh-mau/, 'parentUnit: tinh-cu');
    edit('xa-dong-long', /url: ".*"/, 'url: "https://hoaphu.binhmau.example.gov.vn"');
    // 2.000488 is the province's (Cấp tỉnh): a commune has no such procedure to override.
    writeFileSync(join(broken.content, 'xa-hoa-phu', 'overrides', '2.000488.yaml'), 'desk: xa-hoa-phu\n');
    writeFileSync(join(broken.content, 'xa-hoa-phu', 'overrides', '1.001193.yaml'), 'desk: xa-khac\n');
    const { status, lines } = runCli('src/cli/check.ts', broken.content, [], DEMO);
    expect(status).toBe(1);
    expect(lines).toContain(
      'content/xa-hoa-phu/site.yaml  unit.parentUnit  không có đơn vị "tinh-cu" trong content/ — cần là một trong: binh-mau, phuong-song-mau, song-mau, xa-dong-long, xa-hoa-phu',
    );
    expect(lines).toContain(
      'content/xa-hoa-phu/overrides/2.000488.yaml  tên tệp  thủ tục "2.000488" không có trong danh mục (content/shared/procedures/) hoặc không thuộc cấp của đơn vị — tên tệp phải là mã của một thủ tục đơn vị này thực hiện, ví dụ 1.001193.yaml',
    );
    expect(lines).toContain(
      'content/xa-hoa-phu/overrides/1.001193.yaml:1  desk  nơi tiếp nhận "xa-khac" không có trong content/xa-hoa-phu/desks.yaml — cần là một trong: xa-hoa-phu, tinh, diem-phu-loi',
    );
    expect(lines).toContain(
      'content/xa-hoa-phu/site.yaml  site.url  địa chỉ https://hoaphu.binhmau.example.gov.vn đã là của đơn vị "xa-dong-long" — mỗi đơn vị cần một địa chỉ riêng',
    );
  });
});

describe("each unit's web editor (/admin/)", () => {
  /** The editor's configuration a unit's admin page carries. */
  const editorOf = (unit: string) =>
    JSON.parse(/<script type="application\/json" id="trangtin-cms">([\s\S]*?)<\/script>/.exec(page(unit, 'admin/index.html'))![1]!) as {
      config: { collections: { name: string; folder?: string; files?: { file: string }[] }[] };
    };
  /** Every file or folder a unit's editor may write. */
  const placesOf = (unit: string) => editorOf(unit).config.collections.flatMap((c) => c.files?.map((f) => f.file) ?? [c.folder!]);

  it("gives a commune's editors that commune's folders only, and the province's the shared catalog too; an archive has none", () => {
    const commune = placesOf('xa-hoa-phu');
    expect(commune.filter((f) => !f.startsWith('content/xa-hoa-phu/'))).toEqual([]);
    expect(commune).toContain('content/xa-hoa-phu/overrides');
    // Its identity, leaders and desks: the commune's own files.
    expect(commune).toEqual(expect.arrayContaining(['content/xa-hoa-phu/site.yaml', 'content/xa-hoa-phu/desks.yaml']));
    const province = placesOf('binh-mau');
    expect(province.filter((f) => !f.startsWith('content/binh-mau/'))).toEqual(['content/shared/procedures']);
    expect(existsSync(join(site.out, 'song-mau', 'admin'))).toBe(false);
    for (const unit of LIVE) expect(existsSync(join(site.out, unit, 'admin', 'decap-cms.js')), unit).toBe(true);
  });
});

describe("served by nginx with the operator guide's example (docs/deploy/)", () => {
  let nginx: Awaited<ReturnType<typeof serveWithNginx>>;
  const PROVINCE = 'binhmau.example.gov.vn';
  const ARCHIVE = 'songmau.example.gov.vn';
  /** The policy the build wrote for a unit, as nginx must send it. */
  const policyOf = (unit: string) => /Content-Security-Policy "([^"]+)"/.exec(page(unit, 'security-headers.nginx.conf'))![1];
  beforeAll(async () => {
    nginx = await serveWithNginx(site.out, [PROVINCE, 'hoaphu.binhmau.example.gov.vn', ARCHIVE]);
  });
  afterAll(() => nginx?.stop());

  it('is a configuration nginx accepts', () => {
    expect(nginx.test).toContain('syntax is ok');
    expect(nginx.test).toContain('test is successful');
  });

  it('sends plain HTTP to HTTPS, and serves each unit at its domain over HTTP/2, compressed, with its own security headers', async () => {
    const plain = await nginx.getPlain(PROVINCE, '/tin-tuc/');
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toBe(`https://${PROVINCE}/tin-tuc/`);
    for (const [domain, unit, name] of [
      [PROVINCE, 'binh-mau', 'tỉnh Bình Mẫu'],
      ['hoaphu.binhmau.example.gov.vn', 'xa-hoa-phu', 'xã Hòa Phú'],
    ] as const) {
      const home = await nginx.get(domain, '/');
      expect(home.protocol).toBe('h2');
      expect(home.status).toBe(200);
      expect(home.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(home.bytes).toString()).toContain(name);
      expect(home.headers['cache-control']).toBe('no-cache');
      expect(home.headers['content-security-policy']).toBe(policyOf(unit));
      expect(home.headers['x-content-type-options']).toBe('nosniff');
      expect(home.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });

  it("caches hashed assets for a year, keeps the security headers there, answers 404 with the site's page, and hides the host's files", async () => {
    const css = readdirSync(join(site.out, 'binh-mau', '_astro')).find((f) => f.endsWith('.css'))!;
    const asset = await nginx.get(PROVINCE, `/_astro/${css}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('max-age=31536000');
    expect(asset.headers['content-security-policy']).toBe(policyOf('binh-mau'));
    const missing = await nginx.get(PROVINCE, '/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.bytes).toString()).toContain('lang="vi"');
    for (const file of ['/_headers', '/security-headers.nginx.conf', '/_redirects'])
      expect((await nginx.get(ARCHIVE, file)).status, file).toBe(404);
  });

  it("sends the archive's old catalog, schedule and consultations to its successor, and serves the rest of it", async () => {
    const old = await nginx.get(ARCHIVE, '/thu-tuc-hanh-chinh/1.012812/');
    expect(old.status).toBe(301);
    expect(old.headers.location).toBe(`https://${PROVINCE}/thu-tuc-hanh-chinh/1.012812/`);
    expect((await nginx.get(ARCHIVE, '/lich-cong-tac/')).headers.location).toBe(`https://${PROVINCE}/lich-cong-tac/`);
    const news = await nginx.get(ARCHIVE, '/tin-tuc/');
    expect(news.status).toBe(200);
    expect(news.headers['content-security-policy']).toBe(policyOf('song-mau'));
  });
});
