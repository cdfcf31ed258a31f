/** Many units in one repository, as plain data: selection, references between units, scope, redirects, the directory's finder. */
import { describe, expect, it } from 'vitest';
import { selectUnits, successorLinks, unitProblems, unitsToRead, type UnitIdentity } from '../../src/lib/units/units.ts';
import { listsProcedure } from '../../src/lib/units/scope.ts';
import { archiveRedirects, matchesRule, nginxRedirectMap, staticHostRedirects } from '../../src/lib/units/redirects.ts';
import { directoryGroups, finderText, type DirectoryUnit } from '../../src/lib/units/directory.ts';
import { foldPlace, matchesPlace } from '../../src/lib/units/place-match.ts';
import { foldKey } from '../../src/lib/text.ts';

const identity = (id: string, extra: Partial<UnitIdentity> = {}): UnitIdentity => ({
  id,
  file: `content/${id}/site.yaml`,
  url: `https://${id}.example.gov.vn`,
  title: `Trang ${id}`,
  successors: [],
  archived: false,
  ...extra,
});

describe('units of a repository', () => {
  it('selects the units a build names, and names the ones that do not exist', () => {
    expect(selectUnits(['a', 'b', 'c'], undefined)).toEqual({ units: ['a', 'b', 'c'] });
    expect(selectUnits(['a', 'b', 'c'], 'c, a')).toEqual({ units: ['a', 'c'] });
    expect(selectUnits(['a', 'b'], 'a,xa-khong-co')).toEqual({
      problem: { file: 'content/', field: 'đơn vị', message: 'không có đơn vị "xa-khong-co" — các đơn vị có trong content/: a, b' },
    });
  });

  it('names the file and field of a parent or successor that is no unit, two units at one address, an archive without successor', () => {
    const problems = unitProblems([
      identity('tinh'),
      identity('xa-a', { parentUnit: 'tinh-khac' }),
      identity('xa-b', { url: 'https://tinh.example.gov.vn' }),
      identity('huyen', { archived: true }),
      identity('huyen-2', { archived: true, successors: [{ unit: 'xa-c' }] }),
    ]);
    expect(problems.map((p) => `${p.file}  ${p.field}  ${p.message}`)).toEqual([
      'content/xa-a/site.yaml  unit.parentUnit  không có đơn vị "tinh-khac" trong content/ — cần là một trong: tinh, xa-a, xa-b, huyen, huyen-2',
      'content/xa-b/site.yaml  site.url  địa chỉ https://tinh.example.gov.vn đã là của đơn vị "tinh" — mỗi đơn vị cần một địa chỉ riêng',
      'content/huyen/site.yaml  archive.successors  trang lưu trữ cần nêu ít nhất một cổng thay thế, để người đọc biết tìm thông tin mới ở đâu',
      'content/huyen-2/site.yaml  archive.successors[1].unit  không có đơn vị "xa-c" trong content/ — cần là một trong: tinh, xa-a, xa-b, huyen, huyen-2',
    ]);
  });

  it('gives a successor unit its title and address, and keeps a successor written out in full', () => {
    const units = new Map([['tinh', { title: 'Cổng tỉnh', url: 'https://tinh.example.gov.vn' }]]);
    expect(successorLinks([{ unit: 'tinh' }, { name: 'Cổng khác', url: 'https://khac.example.gov.vn' }], units)).toEqual([
      { name: 'Cổng tỉnh', url: 'https://tinh.example.gov.vn' },
      { name: 'Cổng khác', url: 'https://khac.example.gov.vn' },
    ]);
  });
});

describe('the units a build reads', () => {
  const parents: Record<string, string> = { 'xa-a': 'tinh', 'xa-b': 'tinh', 'huyen-cu': 'tinh' };
  const all = ['huyen-cu', 'tinh', 'xa-a', 'xa-b'];
  const read = (rendered: string[]) => unitsToRead(all, rendered, (u) => parents[u]);

  it('are the rendered units and their children, never a sibling', () => {
    expect(read(['xa-a'])).toEqual(['xa-a']);
    expect(read(['tinh'])).toEqual(all);
    expect(read(['xa-a', 'xa-b'])).toEqual(['xa-a', 'xa-b']);
    expect(unitsToRead([''], [''], () => undefined)).toEqual(['']);
  });
});

describe('what a unit lists of the shared catalog', () => {
  it("lists its level: a province its own and its communes', a commune, ward or special zone the commune level", () => {
    expect(listsProcedure('tinh', ['xa'])).toBe(true);
    expect(listsProcedure('tinh', ['tinh'])).toBe(true);
    for (const level of ['xa', 'phuong', 'dac-khu'] as const) {
      expect(listsProcedure(level, ['xa'])).toBe(true);
      expect(listsProcedure(level, ['tinh'])).toBe(false);
    }
    expect(listsProcedure('huyen', ['huyen'])).toBe(true);
    expect(listsProcedure('huyen', ['tinh'])).toBe(false);
  });
});

describe("an archive's redirect map", () => {
  const rules = archiveRedirects('https://tinh.example.gov.vn');

  it('sends the catalog to the same procedure at the successor, the schedule and consultations to their sections', () => {
    expect(staticHostRedirects(rules)).toBe(
      [
        '/thu-tuc-hanh-chinh/* https://tinh.example.gov.vn/thu-tuc-hanh-chinh/:splat 301',
        '/lich-cong-tac/* https://tinh.example.gov.vn/lich-cong-tac/ 301',
        '/lay-y-kien/* https://tinh.example.gov.vn/lay-y-kien/ 301',
        '',
      ].join('\n'),
    );
    expect(nginxRedirectMap(rules)).toBe(
      [
        '~^/thu-tuc-hanh-chinh/(.*)$ https://tinh.example.gov.vn/thu-tuc-hanh-chinh/$1;',
        '~^/lich-cong-tac/ https://tinh.example.gov.vn/lich-cong-tac/;',
        '~^/lay-y-kien/ https://tinh.example.gov.vn/lay-y-kien/;',
        '',
      ].join('\n'),
    );
  });

  it('redirects the live sections only: news and documents stay where they are', () => {
    const redirected = (path: string) => rules.some((r) => matchesRule(r, path));
    expect(redirected('/thu-tuc-hanh-chinh/1.001193/')).toBe(true);
    expect(redirected('/lich-cong-tac/2025-tuan-24/')).toBe(true);
    expect(redirected('/tin-tuc/bai-viet/')).toBe(false);
    expect(redirected('/van-ban/')).toBe(false);
  });
});

describe("a province's directory of communes and wards", () => {
  const unit = (id: string, name: string, formedFrom: DirectoryUnit['formedFrom'], archived = false): DirectoryUnit => ({
    id,
    name,
    levelName: 'Xã',
    formedFrom,
    address: '',
    phone: '',
    url: `https://${id}.example.gov.vn`,
    archived,
  });
  const units = [
    unit('xa-b', 'Xã Đông Long', [{ name: 'xã Đông Mẫu', district: 'huyện Sông Mẫu' }]),
    unit('phuong-a', 'Phường Sông Mẫu', [
      { name: 'thị trấn Sông Mẫu', district: 'huyện Sông Mẫu' },
      { name: 'xã An Hạ', district: 'huyện Hạ Mẫu' },
    ]),
    unit('huyen', 'Huyện Sông Mẫu', [], true),
  ];

  it('groups the live units by former district, a unit formed across two under each', () => {
    expect(directoryGroups(units).map((g) => [g.district, g.units.map((u) => u.id)])).toEqual([
      ['huyện Hạ Mẫu', ['phuong-a']],
      ['huyện Sông Mẫu', ['phuong-a', 'xa-b']],
    ]);
  });

  it('finds a unit by an old place name typed with or without diacritics, or all of an old district', () => {
    const live = units.filter((u) => !u.archived);
    const found = (query: string) => live.filter((u) => matchesPlace(finderText(u), query)).map((u) => u.id);
    expect(found('Tân')).toEqual([]);
    expect(found('thi tran song mau')).toEqual(['phuong-a']);
    expect(found('xã Đông Mẫu')).toEqual(['xa-b']);
    expect(found('dong mau')).toEqual(['xa-b']);
    expect(found('dong m')).toEqual(['xa-b']);
    expect(found('thi tran so')).toEqual(['phuong-a']);
    expect(found('son mau')).toEqual([]);
    expect(found('an ha')).toEqual(['phuong-a']);
    expect(found('Đông Long')).toEqual(['xa-b']);
    expect(found('huyện Sông Mẫu')).toEqual(['xa-b', 'phuong-a']);
    expect(found('huyện Hạ Mẫu')).toEqual(['phuong-a']);
  });

  it("folds as the site's own folding does (the browser's copy of it cannot drift)", () => {
    for (const text of ['Đông Mẫu', 'THỊ TRẤN Sông Mẫu', 'Phường Hòa Phú', 'đặc khu Côn Đảo']) expect(foldPlace(text)).toBe(foldKey(text));
  });
});
