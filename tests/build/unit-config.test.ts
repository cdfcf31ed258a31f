/**
 * The unit's identity is configuration: a missing legally required footer field stops the build
 * with the file, line and field; an archived portal says so on every page.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempSite } from '../support/cli.ts';
import { contentRoot } from '../support/content.ts';

function fixtureWithSite(edit: (siteYaml: string) => string) {
  const site = tempSite('config', 'site');
  const file = join(site.content, 'site.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return site;
}

const build = ({ content, out }: { content: string; out: string }) => runCli('src/cli/build.ts', content, [], { TRANGTIN_OUT: out });

describe('unit configuration', () => {
  it('refuses to build without the e-mail the law requires in the footer, naming file, line and field', () => {
    const site = fixtureWithSite((yaml) => yaml.replace(/^  email: .*$/m, ''));
    const { status, output } = build(site);
    expect(status).toBe(1);
    expect(output).toContain(
      'content/site.yaml:18  legal.email  thiếu thư điện tử (bắt buộc theo Nghị định 42/2022/NĐ-CP) — cần điền thư điện tử (bắt buộc theo Nghị định 42/2022/NĐ-CP)',
    );
  });

  it('builds an archived unit read-only: the notice with its successors on every page, no live section, a redirect map', () => {
    // The menu of an archive links only what it still has (the checker holds it to that).
    const site = fixtureWithSite((yaml) =>
      yaml.replace('archived: false', 'archived: true').replace(/  - label: "(Thủ tục hành chính|Lịch công tác)"\n    href: ".*"\n/g, ''),
    );
    const { status, output } = build(site);
    expect(status, output).toBe(0);
    for (const page of ['index.html', 'tin-tuc/index.html', 'gioi-thieu/index.html', 'hoi-dap/index.html']) {
      const html = readFileSync(join(site.out, page), 'utf8');
      expect(html).toContain('<h2 id="archive-title">Trang lưu trữ</h2>');
      expect(html).toContain('href="https://binhmau.example.gov.vn">Cổng thông tin điện tử tỉnh Bình Mẫu</a>');
      expect(html, page).not.toMatch(/href="\/(thu-tuc-hanh-chinh|lich-cong-tac|lay-y-kien)\//);
    }
    for (const section of ['thu-tuc-hanh-chinh', 'lich-cong-tac', 'lay-y-kien'])
      expect(existsSync(join(site.out, section)), section).toBe(false);
    expect(readFileSync(join(site.out, '_redirects'), 'utf8')).toContain(
      '/thu-tuc-hanh-chinh/* https://binhmau.example.gov.vn/thu-tuc-hanh-chinh/:splat 301',
    );
    expect(readFileSync(join(site.out, 'redirects.nginx.map'), 'utf8')).toContain(
      '~^/thu-tuc-hanh-chinh/(.*)$ https://binhmau.example.gov.vn/thu-tuc-hanh-chinh/$1;',
    );
  });

  it("renders a disclosure section's later pages as the unit's (a route with two rest parameters)", () => {
    // The district, one item a page: its sections have a page 2 at /<section>/trang/2/, which Astro's
    // own params would read as the unit "<section>" (src/middleware.ts).
    const site = tempSite('config-pages');
    cpSync(contentRoot, site.content, { recursive: true });
    const file = join(site.content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^perPage: .*$/m, 'perPage: 1'));
    // Built today, as the sample site of the suite is.
    const { status, output } = runCli('src/cli/build.ts', site.content, [], { TRANGTIN_OUT: site.out, TRANGTIN_NOW: '' });
    expect(status, output).toBe(0);
    expect(readFileSync(join(site.out, 'tuyen-dung', 'trang', '2', 'index.html'), 'utf8')).toContain(
      'Trang thông tin điện tử huyện Sông Mẫu',
    );
  });
});
