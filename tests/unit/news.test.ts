import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, type RelatedInput } from '../../src/lib/news/related.ts';
import { isPublished, byNewest } from '../../src/lib/content/publishing.ts';
import { pageWindow } from '../../src/lib/news/pagination.ts';
import { pagePath } from '../../src/lib/routes.ts';
import { paginateList } from '../../src/lib/news/paging.ts';
import { archiveLinks, byMonth, monthLink } from '../../src/lib/news/months.ts';
import { vietnamMonth } from '../../src/lib/dates.ts';

const day = (n: number) => new Date(Date.UTC(2024, 0, n));

describe('publishing rules', () => {
  const now = day(10);
  it('hides drafts and future articles, shows both in preview', () => {
    expect(isPublished({ date: day(5) }, now)).toBe(true);
    expect(isPublished({ date: day(5), draft: true }, now)).toBe(false);
    expect(isPublished({ date: day(11) }, now)).toBe(false);
    expect(isPublished({ date: day(11), draft: true }, now, true)).toBe(true);
  });
  it('sorts newest first with a stable tie-break', () => {
    const list = [
      { id: 'b', data: { date: day(1) } },
      { id: 'a', data: { date: day(1) } },
      { id: 'c', data: { date: day(3) } },
    ].sort(byNewest);
    expect(list.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('related news index', () => {
  const items: RelatedInput[] = [
    { id: 'a', date: day(9), category: 'kinh-te', tags: ['ocop'] },
    { id: 'b', date: day(8), category: 'thong-bao', tags: ['ocop', 'nong nghiep'] },
    { id: 'c', date: day(7), category: 'kinh-te', tags: [] },
    { id: 'd', date: day(6), category: 'chinh-tri', tags: [] },
    { id: 'e', date: day(1), category: 'kinh-te', tags: ['OCOP'] },
  ];
  it('ranks shared tags above category, then nearer dates; never the article itself or unrelated ones', () => {
    const related = buildRelatedIndex(items, 3);
    expect(related.get('a')).toEqual(['e', 'b', 'c']);
    expect(related.get('d')).toEqual([]);
  });
  it('scales to a large archive by scoring only nearby candidates', () => {
    const many: RelatedInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: String(i),
      date: new Date(Date.UTC(2020, 0, 1) + (20_000 - i) * 3_600_000),
      category: `c${i % 6}`,
      tags: [`t${i % 50}`],
    }));
    const related = buildRelatedIndex(many, 4);
    expect(related.size).toBe(20_000);
    expect(related.get('100')).toHaveLength(4);
    expect(related.get('100')!.every((id) => Number(id) % 50 === 0)).toBe(true);
  });
});

describe('pagination', () => {
  it('shows first, last and a window around the current page', () => {
    expect(pageWindow(5, 10).map((l) => ('gap' in l ? '…' : l.page))).toEqual([1, '…', 3, 4, 5, 6, 7, '…', 10]);
    expect(pageWindow(1, 1)).toEqual([{ page: 1, current: true }]);
  });
  it('builds page URLs under /trang/', () => {
    expect(pagePath('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pagePath('/tin-tuc/', 3)).toBe('/tin-tuc/trang/3/');
  });
  it('splits lists into pages with route params', () => {
    const pages = paginateList([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.param)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(pages[2]!.items).toEqual([5]);
    expect(paginateList([], 2)).toHaveLength(1);
  });
});

describe('news archive by month', () => {
  // Newest first, as the news index keeps them; "2025-01-01 00:30" in Vietnam is January 2025.
  const items = [
    { slug: 'd', date: new Date('2025-01-01T00:30:00+07:00') },
    { slug: 'c', date: new Date('2024-12-31T23:00:00+07:00') },
    { slug: 'b', date: new Date('2024-12-02T08:00:00+07:00') },
    { slug: 'a', date: new Date('2024-10-15T08:00:00+07:00') },
  ];
  const months = byMonth(items, (i) => vietnamMonth(i.date));
  it('groups by month in Vietnam time, newest month first, keeping each month in order', () => {
    expect(months.map((m) => [m.key, m.year, m.month, m.items.map((i) => i.slug)])).toEqual([
      ['2025-01', 2025, 1, ['d']],
      ['2024-12', 2024, 12, ['c', 'b']],
      ['2024-10', 2024, 10, ['a']],
    ]);
  });
  it('lists the months that have news by year, with counts, and links a month by its key', () => {
    expect(archiveLinks(months, (key) => `/tin-tuc/thang/${key}/`)).toEqual([
      { year: 2025, months: [{ month: 1, href: '/tin-tuc/thang/2025-01/', count: 1 }] },
      {
        year: 2024,
        months: [
          { month: 12, href: '/tin-tuc/thang/2024-12/', count: 2 },
          { month: 10, href: '/tin-tuc/thang/2024-10/', count: 1 },
        ],
      },
    ]);
    expect(
      monthLink(
        months[1],
        (key) => `/${key}/`,
        (m, y) => `${m}/${y}`,
      ),
    ).toEqual({ href: '/2024-12/', label: '12/2024' });
    expect(monthLink(undefined, (key) => key, String)).toBeUndefined();
  });
});
