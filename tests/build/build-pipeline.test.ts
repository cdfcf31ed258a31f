/**
 * `npm run build` (src/cli/build.ts): content checks first, then astro into a temporary folder
 * swapped into place only on success. A failed build leaves the previous site untouched.
 * Uses copies of the tiny fixture site, built into a temporary TRANGTIN_OUT.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempSite, TEST_NOW } from '../support/cli.ts';
import { NO_DRIFT, schemeDrift } from '../support/routes.ts';

const build = (content: string, out: string, args: string[] = []) => runCli('src/cli/build.ts', content, args, { TRANGTIN_OUT: out });

describe('npm run build', () => {
  let work: string, content: string, out: string;
  beforeEach(() => {
    ({ work, content, out } = tempSite('build', 'site'));
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'bản đang chạy');
  });
  const untouched = () => {
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('bản đang chạy');
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']); // no temporary folder left behind
  };

  it('stops at the content checks with the list of problems, and only those, publishing nothing', () => {
    writeFileSync(
      join(content, 'news/2025/ngay-sai.md'),
      '---\ntitle: "A"\ndate: 2025-02-30\ncategory: kinh-te\nauthor: "B"\nsummary: "C"\n---\n',
    );
    const { status, output } = build(content, out);
    expect(status).toBe(1);
    expect(output).toContain(
      'content/news/2025/ngay-sai.md:3  date  ngày "2025-02-30" không có thật (tháng 2/2025 chỉ có 28 ngày, không có ngày 30)',
    );
    expect(output).toContain(`Chưa dựng trang: cần sửa các lỗi trên trước. Bản đang có ở ${out} giữ nguyên.`);
    // Astro started beside the check and was stopped: nothing of its log reaches the editor.
    expect(output).not.toMatch(/\[(build|content)\]/);
    untouched();
  });

  it('keeps the previous site when astro fails after the checks passed (an image corrupt past its first bytes)', () => {
    mkdirSync(join(content, 'news/2024/images'));
    writeFileSync(join(content, 'news/2024/images/cau.png'), Buffer.from('89504e470d0a1a0a0000000d494844520000', 'hex'));
    const article = join(content, 'news/2024/le-khanh-thanh-cau-dong-mau.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('tags:', 'cover:\n  src: ./images/cau.png\n  alt: "Cầu mới"\ntags:'));
    const { status, output } = build(content, out);
    expect(output).toContain('NoImageMetadata');
    expect(output).toContain(`Dựng trang thất bại: bản đang có ở ${out} giữ nguyên.`);
    expect(status).toBe(1);
    untouched();
  });

  it('swaps the new site in on success; --preview includes drafts; the URL scheme lists exactly what was built', () => {
    // A field whose only procedure is rescinded: the procedure keeps its page, the field gets none.
    writeFileSync(
      join(content, 'fields.yaml'),
      `${readFileSync(join(content, 'fields.yaml'), 'utf8')}- name: "Nuôi con nuôi"\n  slug: nuoi-con-nuoi\n`,
    );
    const procedure = readFileSync(join(content, 'procedures/2.000815.yaml'), 'utf8');
    writeFileSync(
      join(content, 'procedures/2.001263.yaml'),
      procedure.replace('code: "2.000815"', 'code: "2.001263"').replace('field: "Chứng thực"', 'field: "Nuôi con nuôi"') +
        'rescinded:\n  decision: "Quyết định 12/QĐ-UBND"\n',
    );
    const { status, output } = build(content, out, ['--preview']);
    expect(status, output).toBe(0);
    expect(output).toContain(`Đã dựng xong (bản xem trước, gồm bản nháp và bài hẹn ngày): ${out}`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(out, 'tin-tuc/ban-nhap/index.html'))).toBe(true);
    // The fixture's document and its attachment, copied byte for byte by the pipeline (src/cli/content-files.ts).
    expect(readFileSync(join(out, 'van-ban/12-qd-ubnd-khai-sinh-truc-tuyen/index.html'), 'utf8')).toContain(
      'href="/van-ban/tep/2025/12-qd-ubnd.pdf"',
    );
    expect(
      readFileSync(join(out, 'van-ban/tep/2025/12-qd-ubnd.pdf')).equals(readFileSync(join(content, 'documents/2025/tep/12-qd-ubnd.pdf'))),
    ).toBe(true);
    // The site it replaced stays aside: the next build starts from it (src/lib/build/seed.ts).
    expect(readdirSync(work).sort()).toEqual(['.dist-old-dist', 'content', 'dist']);
    expect(readFileSync(join(work, '.dist-old-dist/index.html'), 'utf8')).toBe('bản đang chạy');
    expect(existsSync(join(out, 'thu-tuc-hanh-chinh/2.001263/index.html'))).toBe(true);
    expect(existsSync(join(out, 'thu-tuc-hanh-chinh/linh-vuc/nuoi-con-nuoi/index.html'))).toBe(false);
    const { pages, ...drift } = schemeDrift(content, join(content, '..', 'public'), out, new Date(TEST_NOW), true);
    expect(pages).toBeGreaterThan(10);
    expect(drift).toEqual(NO_DRIFT);
  });
});
