/**
 * The unit's identity is configuration: a missing legally required footer field stops the build
 * with the file, line and field; an archived portal says so on every page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempSite } from '../support/cli.ts';

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

  it('shows the archive notice with links to the successor portals on every page of an archived unit', () => {
    const site = fixtureWithSite((yaml) => yaml.replace('archived: false', 'archived: true'));
    const { status, output } = build(site);
    expect(status, output).toBe(0);
    for (const page of ['index.html', 'thu-tuc-hanh-chinh/1.001193/index.html', 'gioi-thieu/index.html']) {
      const html = readFileSync(join(site.out, page), 'utf8');
      expect(html).toContain('<h2 id="archive-title">Trang lưu trữ</h2>');
      expect(html).toContain('href="https://binhmau.example.gov.vn">Cổng thông tin điện tử tỉnh Bình Mẫu</a>');
    }
  });
});
