import { describe, expect, it } from 'vitest';
import { compareConsultations, consultationStatus } from '../../src/lib/consultations/status.ts';
import { consultationFilesToCopy } from '../../src/lib/consultations/files.ts';
import { DEFAULT_CATEGORIES, linkPath, resolveCategories } from '../../src/lib/disclosure/access.ts';
import { DEFAULT_SECTIONS, sectionCounts, sectionMatcher, taxonomySlug } from '../../src/lib/disclosure/sections.ts';

const vn = (iso: string) => new Date(`${iso}+07:00`);
const day = (date: string) => vn(`${date}T00:00:00`);

describe("consultation status on the build's day, in Vietnam time", () => {
  it('counts the closing day as a day left, and closes the day after', () => {
    const opens = day('2025-05-20');
    const closes = day('2025-06-20');
    expect(consultationStatus(opens, closes, vn('2025-06-01T08:00:00'))).toEqual({ kind: 'open', daysLeft: 20 });
    expect(consultationStatus(opens, closes, vn('2025-06-20T23:30:00'))).toEqual({ kind: 'open', daysLeft: 1 });
    expect(consultationStatus(opens, closes, vn('2025-06-21T00:10:00'))).toEqual({ kind: 'closed' });
    expect(consultationStatus(opens, closes, vn('2025-05-18T12:00:00'))).toEqual({ kind: 'upcoming', daysToOpen: 2 });
    // 17:30 UTC on 19/05 is already 20/05 in Vietnam: open on its first day.
    expect(consultationStatus(opens, closes, new Date('2025-05-19T17:30:00Z'))).toEqual({ kind: 'open', daysLeft: 32 });
  });
  it('lists open ones first (soonest to close first), then upcoming, then closed (latest closed first)', () => {
    const now = vn('2025-06-01T08:00:00');
    const items = [
      ['a', '2024-10-01', '2024-11-01'],
      ['b', '2025-05-20', '2025-06-30'],
      ['c', '2025-06-10', '2025-07-10'],
      ['d', '2025-05-01', '2025-06-05'],
      ['e', '2025-01-01', '2025-02-01'],
    ].map(([id, o, c]) => {
      const opens = day(o!);
      const closes = day(c!);
      return { id, opens, closes, status: consultationStatus(opens, closes, now) };
    });
    expect(items.sort(compareConsultations).map((i) => i.id)).toEqual(['d', 'b', 'c', 'e', 'a']);
  });
  it('publishes the files of consultations that are not drafts, at /lay-y-kien/tep/<file>', () => {
    const md = (files: string, extra = '') => `---\ntitle: "A"\nfiles:\n${files}${extra}---\nMô tả.\n`;
    const copies = consultationFilesToCopy(
      [
        { path: 'quy-che.md', text: md('  - title: "Dự thảo"\n    file: ./tep/dự thảo.pdf\n') },
        { path: 'nhap.md', text: md('  - title: "B"\n    file: ./tep/b.pdf\n', 'draft: true\n') },
        { path: '_cat.md', text: md('  - title: "C"\n    file: ./tep/c.pdf\n') },
      ],
      new Date(),
      false,
    );
    expect(copies).toEqual([
      {
        document: 'quy-che.md',
        written: './tep/dự thảo.pdf',
        source: 'tep/dự thảo.pdf',
        url: '/lay-y-kien/tep/d%E1%BB%B1%20th%E1%BA%A3o.pdf',
      },
    ]);
  });
});

describe('public disclosure', () => {
  const documentTypes = [
    { slug: 'ke-hoach', name: 'Kế hoạch' },
    { slug: 'quyet-dinh', name: 'Quyết định' },
  ];
  const categories = [{ slug: 'thong-bao', name: 'Thông báo' }];
  it('selects documents by type or field and news by category or tag, however they are spelled', () => {
    const match = sectionMatcher(
      {
        slug: 's',
        title: 'S',
        documentTypes: ['Kế hoạch'],
        documentFields: ['Tài chính – ngân sách'],
        categories: ['thông báo'],
        tags: ['Tuyển dụng'],
      },
      { documentTypes, categories },
    );
    expect([
      match.document({ type: 'ke-hoach' }),
      match.document({ type: 'quyet-dinh', field: 'tài chính – Ngân Sách' }),
      match.document({ type: 'quyet-dinh', field: 'Đất đai' }),
    ]).toEqual([true, true, false]);
    expect([
      match.news({ category: 'thong-bao', tags: [] }),
      match.news({ category: 'kinh-te', tags: ['tuyen dung'] }),
      match.news({ category: 'kinh-te', tags: ['việc làm'] }),
    ]).toEqual([true, true, false]);
    expect([
      taxonomySlug(documentTypes, 'QUYẾT ĐỊNH'),
      taxonomySlug(documentTypes, 'ke-hoach'),
      taxonomySlug(documentTypes, 'Tờ trình'),
    ]).toEqual(['quyet-dinh', 'ke-hoach', undefined]);
  });
  it("counts each section's items for its pages, with the five sections of Decree 42 as defaults", () => {
    expect(DEFAULT_SECTIONS.map((s) => s.slug)).toEqual([
      'chuong-trinh-ke-hoach',
      'dau-tu-dau-thau',
      'cong-khai-ngan-sach',
      'pho-bien-phap-luat',
      'tuyen-dung',
    ]);
    const counts = sectionCounts(
      DEFAULT_SECTIONS,
      { documentTypes, categories },
      {
        documents: [
          { type: 'ke-hoach', field: 'Phổ biến, giáo dục pháp luật' },
          { type: 'quyet-dinh', field: 'Tài chính – ngân sách' },
        ],
        news: [{ category: 'thong-bao', tags: ['tuyển dụng', 'đấu giá'] }],
      },
    );
    expect(counts.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
  });
  it('links each category of information to a page the site has, or says it has none', () => {
    expect([linkPath('/van-ban'), linkPath('/van-ban/?loai=1'), linkPath('/tai-lieu/a.pdf'), linkPath('/hoi-dap/#gui-cau-hoi')]).toEqual([
      '/van-ban/',
      '/van-ban/',
      '/tai-lieu/a.pdf',
      '/hoi-dap/',
    ]);
    const resolved = resolveCategories(
      DEFAULT_CATEGORIES.slice(0, 4),
      new Map([
        ['/van-ban/', 'Văn bản'],
        ['/thu-tuc-hanh-chinh/', 'Thủ tục hành chính'],
      ]),
    );
    expect(resolved.map((c) => c.page)).toEqual(['Văn bản', 'Thủ tục hành chính', undefined, undefined]);
  });
});
