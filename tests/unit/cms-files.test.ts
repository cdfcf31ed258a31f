/**
 * The web editor reads and writes files as the project does (src/lib/cms/formats.ts) and names a
 * new entry's file as `npm run new` and the checker name it (src/lib/cms/file-name.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromFrontMatter, fromYaml, toFrontMatter, toYaml } from '../../src/lib/cms/formats.ts';
import { BY_TITLE, namingOf, newEntryFile } from '../../src/lib/cms/file-name.ts';
import { KINDS } from '../../src/kinds/index.ts';
import { slugify } from '../../src/lib/text.ts';
import { newArticle } from '../../src/lib/new-content.ts';
import { contentRoot } from '../support/content.ts';

const kind = (name: string) => KINDS.find((k) => k.name === name)!;
const now = new Date('2026-01-02T03:00:00Z');

describe('files as the web editor writes them', () => {
  it('reads and writes front matter and body, leaving out empty optional fields and the form’s own keys', () => {
    const text = toFrontMatter(
      {
        title: 'Họp dân',
        cover: { src: '', alt: '' },
        tags: [],
        updated: '',
        draft: false,
        _fileName: 'hop-dan',
        _folder: '2025',
        body: 'Nội dung.',
      },
      ['title', 'draft', 'body'],
    );
    expect(text).toBe('---\ntitle: Họp dân\ndraft: false\n---\nNội dung.\n');
    expect(fromFrontMatter(text)).toEqual({ title: 'Họp dân', draft: false, body: 'Nội dung.\n' });
    expect(fromFrontMatter('---\n---\nChỉ có nội dung.')).toEqual({ body: 'Chỉ có nội dung.' });
  });

  it('writes a new file’s fields in the form’s order', () => {
    const text = toYaml({ site: { url: 'https://x.gov.vn', title: 'Trang' }, unit: { level: 'xa' } }, [
      'unit',
      'unit.level',
      'site',
      'site.title',
      'site.url',
    ]);
    expect(text).toBe('unit:\n  level: xa\nsite:\n  title: Trang\n  url: https://x.gov.vn\n');
  });

  it('puts the form’s values into an edited file, keeping its comments, order and quotes; fields emptied go, new ones are added', () => {
    const raw =
      '# Thông tin của đơn vị.\nunit:\n  name: "UBND xã A"   # (bắt buộc) tên đầy đủ\n  level: xa  # tinh | xa\n# kênh phản ánh\nfeedback:\n  - name: "1022"\n    phone: "1022"\nperPage: 12\n';
    const text = toYaml({
      _raw: raw,
      unit: { level: 'xa', name: 'UBND xã Đông Long' },
      feedback: [{ name: '1022' }],
      perPage: 20,
      links: [{ name: 'Chính phủ' }],
    });
    expect(text).toBe(
      '# Thông tin của đơn vị.\nunit:\n  name: "UBND xã Đông Long" # (bắt buộc) tên đầy đủ\n  level: xa # tinh | xa\n# kênh phản ánh\nfeedback:\n  - name: "1022"\nperPage: 20\nlinks:\n  - name: Chính phủ\n',
    );
    // An article's notes, written by npm run new, stay in its front matter.
    const article = '---\ntitle: "Họp dân"\ndate: 2025-12-09  # ngày đăng\n---\nNội dung.\n';
    expect(toFrontMatter({ ...fromFrontMatter(article), title: 'Họp dân ấp Hòa Bình', _raw: article })).toBe(
      '---\ntitle: "Họp dân ấp Hòa Bình"\ndate: 2025-12-09 # ngày đăng\n---\nNội dung.\n',
    );
  });

  it('edits a file that is a list at its root (leaders.yaml) as one list, and writes it back as a list with its comments', () => {
    const file = readFileSync(join(contentRoot, 'leaders.yaml'), 'utf8');
    const form = fromYaml(file);
    expect(Object.keys(form)).toEqual(['items']);
    expect(toYaml({ ...form, _raw: file })).toBe(file);
    expect(parse(toYaml(form))).toEqual(parse(file));
  });
});

describe('a new entry’s file name in the web editor', () => {
  const file = (name: string, data: Record<string, unknown>, dateField?: string) =>
    newEntryFile(namingOf(kind(name), ['title'])!, kind(name).glob.startsWith('**/'), data, dateField, now);

  it('names an article by its title as npm run new does, cut at the same length, in the folder of its date’s year in Vietnam', () => {
    const title =
      'Ủy ban nhân dân xã Đông Long tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2026 và tổng kết công tác cải cách hành chính';
    const made = newArticle(title, now, new Set(), [], 'Văn phòng').path;
    // 31/12/2025 18:00 UTC is already 2026 in Vietnam.
    expect(file('news', { title, date: '2025-12-31T18:00:00Z' }, 'date')).toEqual({
      name: made.split('/').pop()!.replace(/\.md$/, ''),
      folder: '2026',
    });
    expect(made).toMatch(/^news\/2026\//);
    expect(file('news', { title }, 'date')!.name.length).toBeLessThan(slugify(title).length);
    expect(file('news', { title: '' })).toBeUndefined();
    expect(namingOf(kind('news'), ['title'])).toBe(BY_TITLE);
  });

  it('names a procedure and an override by the code (a dash for its dot: Decap cannot write one), a week by its first day, statistics by the period typed', () => {
    expect(file('procedures', { code: '1.001193', name: 'Đăng ký khai sinh' })).toEqual({ name: '1-001193', folder: '' });
    expect(file('procedures', { code: '1001193' })).toBeUndefined();
    expect(file('overrides', { _fileName: ' 1.012812 ', desk: 'xa-hoa-phu' })).toEqual({ name: '1-012812', folder: '' });
    expect(file('schedule', { days: [{ date: '2025-12-15T00:00:00+07:00' }, { date: '2025-12-17T00:00:00+07:00' }] })?.name).toBe(
      '2025-tuan-51',
    );
    expect(file('schedule', { days: [] })).toBeUndefined();
    expect(file('statistics', { _fileName: '2025-Q4' })?.name).toBe('2025-q4');
    expect(file('statistics', { _fileName: '2025-13' })).toBeUndefined();
  });
});
