import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { docxToArticle } from '../../src/lib/import/docx.ts';

const docx = readFileSync(new URL('../fixtures/import/bai-viet.docx', import.meta.url));
const options = {
  now: new Date('2025-06-01T03:00:00Z'),
  taken: new Set<string>(),
  categories: [{ slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' }],
  author: 'UBND huyện',
};

describe('Word import', () => {
  it('takes the title from the first heading and converts paragraphs, lists, tables and images', async () => {
    const article = await docxToArticle(docx, options);
    const slug = 'ubnd-huyen-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh';
    expect(article.path).toBe(`news/2025/${slug}.md`);
    expect(article.text).toContain('title: "UBND huyện triển khai dịch vụ công trực tuyến toàn trình"\n');
    const body = article.text.slice(article.text.indexOf('\n---\n') + 5);
    expect(body).not.toContain('# UBND huyện'); // the title is not repeated as a heading
    expect(body).toContain('**hoàn toàn qua mạng.**');
    expect(body).toContain('## Các bước thực hiện');
    expect(body).toMatch(/^- +Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID\.$/m);
    expect(body).toContain('| Phạm vi | Toàn trình | Một phần |\n| --- | --- | --- |\n| Cấp huyện | 84 | 121 |');
    expect(body).toContain(`![Người dân nộp hồ sơ tại Bộ phận Một cửa](./images/${slug}-1.png)`);
    expect(article.text).toContain('summary: "Từ tháng 3/2024, người dân có thể nộp hồ sơ, nộp phí và nhận kết quả hoàn toàn qua mạng."');
    expect([...article.images.keys()]).toEqual([`news/2025/images/${slug}-1.png`]);
    expect(
      Buffer.from(article.images.get(`news/2025/images/${slug}-1.png`)!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
