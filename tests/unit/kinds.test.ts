/**
 * The registry of content kinds (src/kinds/): each kind declared once, and the checker, Astro's
 * collections and the file copies all reading the same declaration.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.ts';
import { entryId, entryMatcher, isSearched, kindEditorFields, searchKind } from '../../src/kinds/kind.ts';
import { RULES } from '../../src/lib/check/index.ts';
import { loadConfig } from '../../src/data/config.ts';
import { editorFields, type EditorField } from '../../src/lib/content/editor-fields.ts';
import { email, group, list, optionalText, text } from '../../src/lib/schemas/fields.ts';

// The live district has every kind but a unit's overrides of a shared catalog, which a commune of the demo province has.
const content = join(import.meta.dirname, '..', 'fixtures', 'district');
const commune = join(import.meta.dirname, '..', '..', 'content', 'xa-hoa-phu');
const filesUnder = (folder: string) =>
  readdirSync(join(existsSync(join(content, folder)) ? content : commune, folder), { recursive: true, encoding: 'utf8' }).map((f) =>
    f.split('\\').join('/'),
  );

describe('content kinds', () => {
  it('have one name, one folder and one label each', () => {
    for (const key of ['name', 'folder', 'label'] as const) expect(new Set(KINDS.map((k) => k[key])).size, key).toBe(KINDS.length);
  });

  it("each become one of the checker's rules, in the registry's order, between the configuration and the links and freshness", () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'cấu hình đơn vị và các danh mục',
      'dung lượng ảnh',
      ...KINDS.map((k) => k.label),
      'liên kết trong nội dung',
      'nội dung cần cập nhật',
      // Then the files no kind reads (a kind added is a folder this rule knows).
      'tệp không thuộc mục nào',
    ]);
  });

  it("find each kind's entries as Astro's glob loader does: in the folder, by the glob, parked names left out", () => {
    for (const kind of KINDS) {
      const isEntry = entryMatcher(kind.folder, kind.glob);
      expect(filesUnder(kind.folder).filter((f) => isEntry(`${kind.folder}/${f}`)).length, kind.name).toBeGreaterThan(0);
    }
    const news = entryMatcher('news', '**/[^_]*.md');
    expect(['news/2024/a.md', 'news/a.md', 'news/2024/x/a.md'].every(news)).toBe(true);
    expect(['news/2024/_a.md', 'news/2024/a.yaml', 'pages/a.md', 'newsx/a.md'].some(news)).toBe(false);
    const procedures = entryMatcher('procedures', '[^_]*.{yaml,yml}');
    expect(['procedures/1.001193.yaml', 'procedures/a.yml'].every(procedures)).toBe(true);
    expect(['procedures/mau/a.yaml', 'procedures/_a.yaml', 'procedures/ayaml'].some(procedures)).toBe(false);
    expect(entryMatcher('albums', '*/album.{yaml,yml}')('albums/dua-ghe/album.yaml')).toBe(true);
  });

  it('give entries their ids: the file name with its dots kept, or the folder', () => {
    expect(entryId('name', '1.001193.yaml')).toBe('1.001193');
    expect(entryId('folder', 'dua-ghe-2024/album.yaml')).toBe('dua-ghe-2024');
  });

  it('say which date and draft flag decide publishing', () => {
    const byName = Object.fromEntries(KINDS.map((k) => [k.name, k]));
    const issued = new Date('2025-01-05');
    expect(byName.documents!.publishing({ issued, draft: true } as never)).toEqual({ date: issued, draft: true });
    expect(byName.consultations!.publishing({ draft: false } as never)).toEqual({ draft: false });
    expect(byName.procedures!.publishing({} as never)).toEqual({});
  });
});

describe("a kind's pages in the sitemap and the search", () => {
  const byName = Object.fromEntries(KINDS.map((k) => [k.name, k]));
  const settings = {
    categories: [],
    fields: [{ slug: 'ho-tich', name: 'Hộ tịch' }],
    documentTypes: [
      { slug: 'quyet-dinh', name: 'Quyết định' },
      { slug: 'ke-hoach', name: 'Kế hoạch' },
    ],
    leaders: [],
  };

  it("lists a kind's section, its list pages and each entry's page with its last change", () => {
    const issued = new Date('2024-12-31T17:30:00Z'); // 1 January 2025 in Vietnam
    const documents = [{ id: '2025/12-qd', data: { type: 'quyet-dinh', issued } }];
    expect(byName.documents!.sitemap(documents as never, settings)).toEqual([
      { path: '/van-ban/' },
      { path: '/van-ban/loai/quyet-dinh/' },
      { path: '/van-ban/nam/2025/' },
      { path: '/van-ban/12-qd/', lastmod: issued },
    ]);
    const procedures = [
      { id: '1.001193', data: { code: '1.001193', field: 'Hộ tịch' } },
      { id: '2.000815', data: { code: '2.000815', field: 'Chứng thực', rescinded: { decision: 'QĐ 1' } } },
    ];
    // The rescinded procedure keeps its page; its field has no listed procedure, so no field page.
    expect(byName.procedures!.sitemap(procedures as never, settings).map((e) => e.path)).toEqual([
      '/thu-tuc-hanh-chinh/',
      '/thu-tuc-hanh-chinh/linh-vuc/ho-tich/',
      '/thu-tuc-hanh-chinh/1.001193/',
      '/thu-tuc-hanh-chinh/2.000815/',
    ]);
  });

  it('says which kinds are searched, under the filter labels the search page shows', () => {
    expect(KINDS.filter(isSearched).map((k) => [k.name, searchKind(k)[0]])).toEqual([
      ['news', 'Tin tức'],
      ['pages', 'Trang thông tin'],
      ['procedures', 'Thủ tục hành chính'],
      ['documents', 'Văn bản'],
      ['schedule', 'Lịch công tác'],
      ['questions', 'Hỏi đáp'],
      ['statistics', 'Thống kê hồ sơ'],
      ['consultations', 'Lấy ý kiến dự thảo'],
    ]);
  });
});

describe("a kind's form for web editors, read from its schema", () => {
  const { categories, fields, documentTypes, leaders } = loadConfig();
  const settings = { categories, fields, documentTypes, leaders };
  const form = Object.fromEntries(KINDS.map((k) => [k.name, kindEditorFields(k, settings)]));
  const all = (list: EditorField[]): EditorField[] => list.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.field ? all([f.field]) : [])]);
  const byName = (list: EditorField[], name: string) => list.find((f) => f.name === name)!;

  it('labels every field of every kind in Vietnamese, as its messages name it', () => {
    const unlabelled = KINDS.flatMap((k) =>
      all(form[k.name]!)
        .filter((f) => f.label.toLowerCase() === f.name.toLowerCase())
        .map((f) => `${k.name}.${f.name}`),
    );
    expect(unlabelled).toEqual([]);
    expect(byName(form.news!, 'title')).toMatchObject({ label: 'Tiêu đề', widget: 'string', required: true });
    expect(byName(form.news!, 'body')).toMatchObject({ widget: 'markdown' });
  });

  it('offers the allowed values of a choice, the settings files included', () => {
    expect(byName(form.procedures!, 'online').options?.map((o) => o.value)).toEqual(['toan-trinh', 'mot-phan', 'khong']);
    expect(byName(form.news!, 'category').options?.map((o) => o.value)).toEqual(categories.map((c) => c.slug));
    expect(byName(form.documents!, 'type')).toMatchObject({ widget: 'select' });
  });

  it('gives dates, flags, files, images and formatted fields their widgets and patterns', () => {
    expect(byName(form.news!, 'date')).toMatchObject({ widget: 'datetime', required: true });
    expect(byName(form.news!, 'draft')).toMatchObject({ widget: 'boolean', required: false });
    expect(byName(form.documents!, 'file')).toMatchObject({ widget: 'file', required: false });
    expect(byName(byName(form.albums!, 'photos').fields!, 'file')).toMatchObject({ widget: 'image' });
    const reply = byName(form.consultations!, 'reply').fields!;
    expect(byName(reply, 'email').pattern?.[1]).toBe(
      'thư điện tử nhận góp ý (reply.email) không đúng dạng thư điện tử, ví dụ ubnd@tenmien.gov.vn',
    );
  });

  it('follows the schema: a field added to a schema is in the form', () => {
    const before = group('tệp', { title: text('tiêu đề (title)') });
    const after = group('tệp', {
      title: text('tiêu đề (title)'),
      contact: email('thư điện tử (contact)'),
      lines: list(optionalText('dòng'), 'các dòng (lines)', 0),
    });
    expect(editorFields(before).map((f) => f.name)).toEqual(['title']);
    expect(editorFields(after).map((f) => [f.name, f.label, f.widget, f.required])).toEqual([
      ['title', 'Tiêu đề', 'string', true],
      ['contact', 'Thư điện tử', 'string', true],
      ['lines', 'Các dòng', 'list', true],
    ]);
  });
});
