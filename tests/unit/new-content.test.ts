import { describe, expect, it } from 'vitest';
import { newArticle, newDocument, newPage, newQuestion, parseKind, uniqueSlug } from '../../src/lib/new-content.ts';
import { documentSchema } from '../../src/lib/schemas/document.ts';
import { questionSchema } from '../../src/lib/schemas/question.ts';
import { splitFrontmatter } from '../../src/lib/content/text-file.ts';
import { parse } from 'yaml';

const categories = [
  { slug: 'thong-bao', name: 'Thông báo' },
  { slug: 'kinh-te', name: 'Kinh tế' },
];
const now = new Date('2024-12-31T18:30:00Z'); // 01:30 on 1 January 2025 in Vietnam

describe('npm run new', () => {
  it('folds the title to an ASCII slug, unique and short', () => {
    expect(uniqueSlug('UBND huyện triển khai dịch vụ công trực tuyến toàn trình', new Set())).toBe(
      'ubnd-huyen-trien-khai-dich-vu-cong-truc-tuyen-toan-trinh',
    );
    expect(uniqueSlug('Đường Đồng Khởi', new Set(['duong-dong-khoi', 'duong-dong-khoi-2']))).toBe('duong-dong-khoi-3');
    expect(uniqueSlug('Hội nghị '.repeat(20), new Set()).length).toBeLessThanOrEqual(60);
  });
  it('reads the kind in Vietnamese or English', () => {
    expect([parseKind('tin'), parseKind('Bài'), parseKind('trang'), parseKind('page'), parseKind('ảnh')]).toEqual([
      'news',
      'news',
      'page',
      'page',
      undefined,
    ]);
    expect([parseKind('van-ban'), parseKind('văn bản'), parseKind('document')]).toEqual(['document', 'document', 'document']);
  });
  it('dates a new article in Vietnam time, files it under that year, as a draft', () => {
    const { path, text } = newArticle('Thông báo nghỉ Tết', now, new Set(), categories, 'UBND huyện');
    expect(path).toBe('news/2025/thong-bao-nghi-tet.md');
    expect(text).toMatch(/^---\ntitle: "Thông báo nghỉ Tết"\ndate: 2025-01-01 /);
    expect(text).toContain('category: thong-bao  # một trong: thong-bao, kinh-te');
    expect(text).toContain('draft: true');
  });
  it('creates a page', () => {
    expect(newPage('Giới thiệu', new Set(['gioi-thieu'])).path).toBe('pages/gioi-thieu-2.md');
  });
  it('creates a document skeleton that the schema accepts as a draft', () => {
    const types = [
      { slug: 'quyet-dinh', name: 'Quyết định' },
      { slug: 'ke-hoach', name: 'Kế hoạch' },
    ];
    const { path, text } = newDocument('Kế hoạch chuyển đổi số năm 2025', now, new Set(['ke-hoach-chuyen-doi-so-nam-2025']), types);
    expect(path).toBe('documents/2025/ke-hoach-chuyen-doi-so-nam-2025-2.md');
    const split = splitFrontmatter(text);
    if (typeof split === 'string') expect.unreachable();
    const data = documentSchema({ types }).parse(parse(split.frontmatter));
    expect(data).toMatchObject({ type: 'quyet-dinh', title: 'Kế hoạch chuyển đổi số năm 2025', draft: true });
    expect(data.file).toBeUndefined();
    expect(data.issued.toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(text).toContain('# file: ./tep/ke-hoach-chuyen-doi-so-nam-2025-2.pdf');
  });
  it('starts a question answered as a draft that passes the schema, received and answered today', () => {
    expect(parseKind('hỏi đáp')).toBe('question');
    const fields = [{ slug: 'ho-tich', name: 'Hộ tịch' }];
    const { path, text } = newQuestion('Đăng ký khai sinh ở đâu?', now, new Set(), fields);
    expect(path).toBe('questions/2025/dang-ky-khai-sinh-o-dau.md');
    const split = splitFrontmatter(text);
    if (typeof split === 'string') expect.unreachable();
    const data = questionSchema({ fields }).parse(parse(split.frontmatter));
    expect(data).toMatchObject({
      title: 'Đăng ký khai sinh ở đâu?',
      field: 'Hộ tịch',
      channel: 'trang-thong-tin',
      asker: { show: 'viet-tat' },
      draft: true,
    });
    expect(split.body.trim()).not.toBe('');
  });
});
