/**
 * The checker's rules before the web editor saves (src/lib/cms/entry-check.ts): what the form
 * holds, written as the file would be, is refused with `npm run check`'s own messages, and the
 * sample's own files pass.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryProblems, relativeMediaPaths } from '../../src/lib/cms/entry-check.ts';
import { entryText } from '../../src/lib/cms/formats.ts';
import { contentRoot } from '../support/content.ts';

const config = Object.fromEntries(
  ['site.yaml', 'desks.yaml', 'leaders.yaml', 'categories.yaml', 'fields.yaml', 'document-types.yaml'].map((f) => [
    f,
    readFileSync(join(contentRoot, f), 'utf8'),
  ]),
);
const now = new Date('2025-12-10T02:00:00Z');
const check = (path: string, data: Record<string, unknown>, media = {}) =>
  entryProblems(path, entryText(data, path.endsWith('.md')), config, now, media).map((p) => `${p.field}: ${p.message}`);

/** What the news form holds for an article, with the optional fields it showed left empty. */
const article = {
  title: 'Họp dân bàn kế hoạch làm đường giao thông nông thôn',
  date: '2025-12-09T08:00:00+07:00',
  updated: '',
  category: 'thong-bao',
  author: 'Văn phòng HĐND và UBND',
  summary: 'Ngày 9/12, UBND xã họp dân ấp Hòa Bình bàn kế hoạch làm đường.',
  cover: { src: '', alt: '', caption: '' },
  tags: [],
  body: 'Nội dung bài viết.',
};

describe('the checks before a save in the web editor', () => {
  it('pass what the form holds for a correct article, its empty optional fields left out of the file', () => {
    expect(check('news/2025/hop-dan.md', article)).toEqual([]);
    expect(entryText(article, true)).not.toMatch(/cover|tags|updated/);
  });

  it("refuse an article without a title or with a day that does not exist, in the checker's words", () => {
    expect(check('news/2025/hop-dan.md', { ...article, title: '' })).toEqual(['title: thiếu tiêu đề (title) — cần điền tiêu đề (title)']);
    expect(check('news/2025/hop-dan.md', { ...article, date: '2025-02-30T08:00:00+07:00' })).toEqual([
      expect.stringMatching(/^date: ngày "2025-02-30T08:00:00\+07:00" không có thật/),
    ]);
    expect(check('news/2025/hop-dan.md', { ...article, category: 'khac' })).toEqual([
      expect.stringMatching(/^category: chuyên mục "khac" không có trong .*cần là một trong: /),
    ]);
  });

  it('refuse a photo without its description, and a photo uploaded with the entry that is not an image', () => {
    const cover = { src: './images/hop-dan.jpg', alt: '' };
    expect(check('news/2025/hop-dan.md', { ...article, cover })).toEqual([expect.stringMatching(/^cover\.alt: thiếu mô tả ảnh/)]);
    const notAPhoto = { 'news/2025/images/hop-dan.jpg': new TextEncoder().encode('<html>không phải ảnh</html>') };
    expect(check('news/2025/hop-dan.md', { ...article, cover: { ...cover, alt: 'Người dân dự họp' } }, notAPhoto)).not.toEqual([]);
  });

  it('leave to the full check what needs other files: a photo already in the repository, a related procedure', () => {
    expect(check('news/2025/hop-dan.md', { ...article, cover: { src: './images/da-co.jpg', alt: 'Ảnh đã có' } })).toEqual([]);
  });

  it('write the paths of uploaded files as the schemas expect them, and nothing else', () => {
    const data = { cover: { src: 'images/hop-dan.jpg', alt: 'images/không phải tệp' }, photos: [{ file: 'a.jpg' }], body: 'images/x.jpg' };
    expect(relativeMediaPaths(data, 'images')).toEqual([[['cover', 'src'], './images/hop-dan.jpg']]);
    // An album keeps its photos beside album.yml.
    expect(relativeMediaPaths(data, '')).toEqual([[['photos', 0, 'file'], './a.jpg']]);
    expect(relativeMediaPaths({ file: './images/a.jpg', url: 'https://x.vn/a.jpg', pdf: '/tai-lieu/a.pdf' }, 'images')).toEqual([]);
  });

  it("pass every file of the sample's news, procedures and schedules as they are", () => {
    const files = ['news/2025', 'procedures', 'schedule'].flatMap((folder) =>
      readdirSync(join(contentRoot, folder))
        .filter((f) => /\.(md|ya?ml)$/.test(f))
        .map((f) => `${folder}/${f}`),
    );
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((f) => entryProblems(f, readFileSync(join(contentRoot, f), 'utf8'), config, now));
    expect(problems).toEqual([]);
  });

  it('take a procedure named by its code with a dash, as the editor names a new one, and refuse one named otherwise', () => {
    const record = readFileSync(join(contentRoot, 'procedures', '1.001193.yaml'), 'utf8');
    // Its form, uploaded with it: the record is then whole, and its file name is judged.
    const form = {
      'procedures/mau/to-khai-dang-ky-khai-sinh.docx': readFileSync(join(contentRoot, 'procedures/mau/to-khai-dang-ky-khai-sinh.docx')),
    };
    expect(entryProblems('procedures/1-001193.yaml', record, config, now, form)).toEqual([]);
    expect(entryProblems('procedures/1-001194.yaml', record, config, now, form).map((p) => p.message)).toEqual([
      'tên tệp phải là mã thủ tục — cần đổi tên thành 1.001193.yaml',
    ]);
  });

  it("check the unit's configuration files themselves before they are saved", () => {
    const site = config['site.yaml']!.replace(/email: "ubnd@[^"]*"/, 'email: "không phải thư"');
    expect(entryProblems('site.yaml', site, config, now).map((p) => p.field)).toEqual(['legal.email']);
  });
});
