/** `npm run import:docx` on the sample Word file: article and image written, and the result passes the check. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempSite } from '../support/cli.ts';

// The importer dates the article today, Vietnam time.
const run = (script: string, content: string, args: string[] = []) => {
  const { status, lines } = runCli(script, content, args, { TRANGTIN_NOW: '2025-06-01T10:00:00+07:00' });
  return { status, lines };
};

describe('npm run import:docx', () => {
  it('writes the article and its image, never overwrites, and the draft passes npm run check', () => {
    const { content } = tempSite('docx', 'site');
    const slug = 'ubnd-huyen-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh';
    const first = run('src/cli/import-docx.ts', content, ['tests/fixtures/import/bai-viet.docx']);
    expect(first.lines).toEqual([
      `Đã tạo content/news/2025/${slug}.md (bản nháp) — tiêu đề: UBND huyện triển khai dịch vụ công trực tuyến toàn trình`,
      `  ảnh: content/news/2025/images/${slug}-1.png`,
      'Cần hoàn thiện:',
      '  - chuyên mục (category), tác giả (author) và tóm tắt (summary) trong phần đầu tệp',
      'Khi xong: đổi draft: true thành false và chạy npm run check.',
    ]);
    expect(first.status).toBe(0);
    expect(readFileSync(join(content, `news/2025/${slug}.md`), 'utf8')).toContain(
      `![Người dân nộp hồ sơ tại Bộ phận Một cửa](./images/${slug}-1.png)`,
    );
    expect(existsSync(join(content, `news/2025/images/${slug}-1.png`))).toBe(true);
    // A second import of the same file gets its own slug instead of overwriting the first.
    expect(run('src/cli/import-docx.ts', content, ['tests/fixtures/import/bai-viet.docx']).lines[0]).toContain(`${slug}-2.md`);
    expect(run('src/cli/check.ts', content)).toEqual({ status: 0, lines: ['Nội dung hợp lệ: đã kiểm tra 18 tệp, không có lỗi.'] }); // the fixture's 14 files + the two imports' articles and images
  });
});
