import { describe, expect, it } from 'vitest';
import {
  agenciesOf,
  countBy,
  facetSlug,
  filterCatalog,
  groupByField,
  listed,
  matchesQuery,
  onlineFiling,
  onlineUrl,
  relatedBothWays,
  type CatalogItem,
} from '../../src/lib/procedures/catalog.ts';
import { t } from '../../src/i18n/vi.ts';
import { catalogPages, fieldOverview, filterScopes, FULL_LIST_MAX, needsOverview } from '../../src/lib/procedures/catalog-pages.ts';

const items: CatalogItem[] = [
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    levels: ['xa'],
    online: 'toan-trinh',
    applicants: ['Công dân Việt Nam', 'Người nước ngoài'],
    agency: 'Ủy ban nhân dân cấp xã',
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    levels: ['xa'],
    online: 'mot-phan',
    applicants: ['Công dân Việt Nam'],
    agency: 'Ủy ban nhân dân cấp xã',
  },
  {
    code: '2.000815',
    name: 'Chứng thực bản sao',
    field: 'Chứng thực',
    levels: ['huyen', 'xa'],
    online: 'khong',
    applicants: ['Công dân Việt Nam', 'Tổ chức'],
    agency: 'Phòng Tư pháp huyện; Ủy ban nhân dân cấp xã (nơi có tài sản)',
  },
  {
    code: '1.000001',
    name: 'Thủ tục đã bãi bỏ',
    field: 'Chứng thực',
    levels: ['huyen'],
    online: 'khong',
    applicants: ['Tổ chức'],
    agency: 'Phòng Tư pháp huyện',
    rescinded: { decision: 'QĐ 1' },
  },
];

describe('procedure catalog', () => {
  it('filters by who files and by implementing agency, several agencies and notes in parentheses allowed', () => {
    expect(agenciesOf(items[2]!)).toEqual(['Phòng Tư pháp huyện', 'Ủy ban nhân dân cấp xã']);
    expect(filterCatalog(listed(items), { applicant: 'to-chuc' }).map((p) => p.code)).toEqual(['2.000815']);
    expect(filterCatalog(listed(items), { agency: facetSlug('Ủy ban nhân dân cấp xã') }).map((p) => p.code)).toEqual([
      '1.001193',
      '1.000894',
      '2.000815',
    ]);
    expect(facetSlug('Phòng Lao động – Thương binh và Xã hội')).toBe('phong-lao-dong-thuong-binh-va-xa-hoi');
  });
  it('drops rescinded procedures from lists', () => {
    expect(listed(items).map((p) => p.code)).toEqual(['1.001193', '1.000894', '2.000815']);
  });
  it('groups by field in the configured order, names sorted the Vietnamese way', () => {
    const groups = groupByField(listed(items), ['Chứng thực', 'Hộ tịch']);
    expect(groups.map((g) => g.field)).toEqual(['Chứng thực', 'Hộ tịch']);
    expect(groups[1]!.items.map((p) => p.name)).toEqual(['Đăng ký kết hôn', 'Đăng ký khai sinh']);
  });
  it('filters by field, level and online level together', () => {
    expect(filterCatalog(items, { level: 'xa', online: 'khong' }).map((p) => p.code)).toEqual(['2.000815']);
    expect(filterCatalog(items, { field: 'Hộ tịch' })).toHaveLength(2);
  });
  it('counts facet values, including procedures at several levels', () => {
    const counts = countBy(listed(items), (p) => p.levels);
    expect(counts.get('xa')).toBe(3);
    expect(counts.get('huyen')).toBe(1);
  });
  it('matches queries without diacritics and by code', () => {
    expect(matchesQuery(items[0]!, 'dang ky khai sinh')).toBe(true);
    expect(matchesQuery(items[0]!, '1.001193')).toBe(true);
    expect(matchesQuery(items[0]!, 'ket hon')).toBe(false);
  });
  it('builds the online filing link from the configured template', () => {
    expect(onlineUrl('https://dvc.example/tthc?ma={code}', '1.001193')).toBe('https://dvc.example/tthc?ma=1.001193');
  });
  it("files online where the record says, else on the unit's portal", () => {
    const unit = { name: 'Cổng Dịch vụ công quốc gia', procedureUrl: 'https://dichvucong.gov.vn/tthc?ma={code}' };
    expect(onlineFiling({ code: '1.001193' }, unit)).toEqual({ name: unit.name, url: 'https://dichvucong.gov.vn/tthc?ma=1.001193' });
    const police = { name: 'Cổng dịch vụ công Bộ Công an', url: 'https://dichvucong.bocongan.gov.vn/' };
    expect(onlineFiling({ code: '1.004222', onlineFiling: police }, unit)).toEqual(police);
  });
  it('links related procedures both ways, once each, leaving out unknown codes and the procedure itself', () => {
    const links = relatedBothWays([
      { code: '1.001193', related: ['1.000689', '9.999999', '1.001193'] },
      { code: '1.000689', related: ['1.001193'] },
      { code: '1.004884', related: ['1.001193'] },
      { code: '1.000656', related: [] },
    ]);
    expect(Object.fromEntries(links)).toEqual({
      '1.001193': ['1.000689', '1.004884'],
      '1.000689': ['1.001193'],
      '1.004884': ['1.001193'],
      '1.000656': [],
    });
  });
  it('names in the not-online notice only the ways a procedure can be filed', () => {
    expect(t.procedures.notOnline(true, false)).toBe('Thủ tục này chưa nộp trực tuyến được: nộp trực tiếp tại Bộ phận Một cửa.');
    expect(t.procedures.notOnline(true, true)).toBe(
      'Thủ tục này chưa nộp trực tuyến được: nộp trực tiếp tại Bộ phận Một cửa hoặc gửi hồ sơ qua dịch vụ bưu chính công ích.',
    );
    expect(t.procedures.notOnline(false, true)).not.toContain('trực tiếp');
  });
});

describe('procedure forms', () => {
  it('are copied from each dossier item that names a file, parked procedures left out', async () => {
    const { formsToCopy } = await import('../../src/lib/procedures/forms.ts');
    const yaml = (code: string, file: string) =>
      `code: "${code}"\ndossier:\n  - documents:\n      - name: "Tờ khai"\n        formFile: "${file}"\n      - name: "Giấy chứng sinh"\n`;
    expect(
      formsToCopy([
        { path: '1.001193.yaml', text: yaml('1.001193', './mau/to-khai-khai-sinh.docx') },
        { path: '_1.000656.yaml', text: yaml('1.000656', './mau/to-khai-khai-tu.docx') },
        { path: 'khong-phai-yaml.txt', text: 'x' },
      ]),
    ).toEqual([
      {
        document: '1.001193.yaml',
        written: './mau/to-khai-khai-sinh.docx',
        source: 'mau/to-khai-khai-sinh.docx',
        url: '/thu-tuc-hanh-chinh/mau/to-khai-khai-sinh.docx',
      },
    ]);
  });
});

describe('catalog pages at scale', () => {
  const fields = [
    { name: 'Hộ tịch', slug: 'ho-tich' },
    { name: 'Chứng thực', slug: 'chung-thuc' },
  ];
  const many = (n: number): CatalogItem[] =>
    Array.from({ length: n }, (_, i) => ({
      ...items[i % 3]!,
      code: `9.${String(i).padStart(6, '0')}`,
      name: `${items[i % 3]!.name} ${String(i).padStart(4, '0')}`,
    }));

  it('lists a commune-sized catalog whole and gives a province-sized one an overview', () => {
    expect(needsOverview(FULL_LIST_MAX)).toBe(false);
    expect(needsOverview(FULL_LIST_MAX + 1)).toBe(true);
  });
  it('pages a filter in the catalog order, every procedure once, none beyond the page size', () => {
    const list = many(250);
    const pages = catalogPages(list, ['Chứng thực', 'Hộ tịch']);
    expect(pages.map((p) => [p.param, p.items.length])).toEqual([
      [undefined, 50],
      ['trang/2', 50],
      ['trang/3', 50],
      ['trang/4', 50],
      ['trang/5', 50],
    ]);
    const order = pages.flatMap((p) => p.items);
    expect(new Set(order.map((p) => p.code)).size).toBe(250);
    // Chứng thực first (fields.yaml order), then Hộ tịch; by name inside a field.
    expect(order.findIndex((p) => p.field === 'Hộ tịch')).toBe(order.filter((p) => p.field === 'Chứng thực').length);
  });
  it('shows each field with its count and a few procedures, fully online ones first', () => {
    const overview = fieldOverview(listed(items), ['Hộ tịch', 'Chứng thực'], 1);
    expect(overview.map((f) => [f.field, f.count, f.sample.map((p) => p.code)])).toEqual([
      ['Hộ tịch', 2, ['1.001193']],
      ['Chứng thực', 1, ['2.000815']],
    ]);
  });
  it('finds every filter page and its procedures in one pass, in the fixed orders', () => {
    const scopes = filterScopes(listed(items), fields, ['tinh', 'huyen', 'xa'], ['toan-trinh', 'mot-phan', 'khong']);
    expect(scopes.field.map((s) => [s.slug, s.items.length])).toEqual([
      ['ho-tich', 2],
      ['chung-thuc', 1],
    ]);
    expect(scopes.level.map((s) => [s.slug, s.items.length])).toEqual([
      ['huyen', 1],
      ['xa', 3],
    ]);
    expect(scopes.online.map((s) => s.slug)).toEqual(['toan-trinh', 'mot-phan', 'khong']);
    expect(scopes.agency.map((s) => [s.name, s.items.length])).toEqual([
      ['Ủy ban nhân dân cấp xã', 3],
      ['Phòng Tư pháp huyện', 1],
    ]);
    for (const [kind, list] of Object.entries(scopes))
      for (const scope of list)
        expect(scope.items, kind).toEqual(filterCatalog(listed(items), { [kind]: kind === 'field' ? scope.name : scope.slug }));
  });
});
