import { describe, expect, it } from 'vitest';
import { receivingPlaces } from '../../src/lib/procedures/desks.ts';
import { desksSchema, type Desk } from '../../src/lib/schemas/desk.ts';
import { deskProblems } from '../../src/lib/content/cross-file.ts';

const desk = (slug: string, level: Desk['level']): Desk => ({
  slug,
  level,
  name: `Một cửa ${slug}`,
  address: 'Địa chỉ',
  phone: '0200 3812 100',
  hours: 'Giờ hành chính',
});
const desks = [desk('huyen', 'huyen'), desk('xa-a', 'xa'), desk('xa-b', 'xa')];

describe('where a dossier is received', () => {
  it('is the desk of the level, or every desk of the level for the citizen to pick', () => {
    expect(receivingPlaces({ levels: ['huyen'] }, desks)).toEqual([{ kind: 'desk', desk: desks[0] }]);
    expect(receivingPlaces({ levels: ['huyen', 'xa'] }, desks)).toEqual([
      { kind: 'desk', desk: desks[0] },
      { kind: 'level', level: 'xa', desks: [desks[1], desks[2]] },
    ]);
  });
  it('is the desk or the place the record names, before the levels', () => {
    expect(receivingPlaces({ levels: ['xa'], desk: 'huyen' }, desks)).toEqual([{ kind: 'desk', desk: desks[0] }]);
    expect(receivingPlaces({ levels: ['xa'], receivingAddress: 'Công an xã nơi cư trú' }, desks)).toEqual([
      { kind: 'text', text: 'Công an xã nơi cư trú' },
    ]);
  });
  it('is unknown without desks of the level (the page says "Đang cập nhật")', () => {
    expect(receivingPlaces({ levels: ['tinh'] }, desks)).toEqual([]);
    expect(receivingPlaces({ levels: ['xa'] }, [])).toEqual([]);
  });
  it('takes desks with distinct slugs, and procedures name known desks', () => {
    const result = desksSchema.safeParse([desk('xa-a', 'xa'), { ...desk('xa-a', 'xa'), level: 'xã' }]);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      '1.slug: đường dẫn "xa-a" đã dùng ở mục 1 — mỗi nơi tiếp nhận một đường dẫn riêng',
    ]);
    expect(deskProblems([{ file: 'a.yaml', desk: 'xa-c', line: 40 }, { file: 'b.yaml' }], desks)).toEqual([
      {
        file: 'a.yaml',
        line: 40,
        field: 'desk',
        message: 'nơi tiếp nhận "xa-c" không có trong content/desks.yaml — cần là một trong: huyen, xa-a, xa-b',
      },
    ]);
  });
});
