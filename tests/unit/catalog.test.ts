import { describe, expect, it } from 'vitest';
import { countBy, filterCatalog, groupByField, listed, matchesQuery, onlineUrl, type CatalogItem } from '../../src/lib/procedures/catalog.ts';

const items: CatalogItem[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', levels: ['xa'], online: 'toan-trinh' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', levels: ['xa'], online: 'mot-phan' },
  { code: '2.000815', name: 'Chứng thực bản sao', field: 'Chứng thực', levels: ['huyen', 'xa'], online: 'khong' },
  { code: '1.000001', name: 'Thủ tục đã bãi bỏ', field: 'Chứng thực', levels: ['huyen'], online: 'khong', rescinded: { decision: 'QĐ 1' } },
];

describe('procedure catalog', () => {
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
});
