import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { mapHeaders } from '../../src/lib/import/columns.ts';
import { importCatalog, parseChannels, parseDecision, parseOnline } from '../../src/lib/import/procedures.ts';

const fields = [{ slug: 'ho-tich', name: 'Hộ tịch' }];
const header = [
  'Mã thủ tục',
  'Tên thủ tục',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Mức độ',
  'Thời hạn',
  'Phí',
  'Cơ quan thực hiện',
  'Đối tượng',
  'Trình tự thực hiện',
  'Thành phần hồ sơ',
  'Kết quả',
  'Căn cứ pháp lý',
  'Trạng thái',
  'Quyết định công bố',
];
const row = (code: string, over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    'Mã thủ tục': code,
    'Tên thủ tục': 'Đăng ký khai tử',
    'Lĩnh vực': 'Hộ tịch',
    'Cấp thực hiện': 'Cấp xã',
    'Mức độ': 'Toàn trình',
    'Thời hạn': 'Trong ngày',
    Phí: 'Miễn phí',
    'Cơ quan thực hiện': 'UBND cấp xã',
    'Đối tượng': 'Công dân',
    'Trình tự thực hiện': 'Nộp tờ khai\nNhận kết quả',
    'Thành phần hồ sơ': 'Tờ khai',
    'Kết quả': 'Trích lục khai tử',
    'Căn cứ pháp lý': 'Luật Hộ tịch',
    'Trạng thái': '',
    'Quyết định công bố': '',
    ...over,
  };
  return header.map((h) => base[h] ?? '');
};

describe('CSV reader', () => {
  it('reads quoted cells with separators, quotes and line breaks; detects ";" and strips a BOM', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n"x;1";"say ""hi""";"line\nbreak"\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x;1', 'say "hi"', 'line\nbreak'],
    ]);
    expect(parseCsv('a,b\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});

describe('catalog columns', () => {
  it('recognises headers in any order, case, spelling and Unicode form', () => {
    const { columns, ignored } = mapHeaders(['TÊN THỦ TỤC'.normalize('NFD'), 'Mã TTHC', 'phi, le phi', 'Mức độ DVC', 'Ghi chú']);
    expect(columns).toEqual(['name', 'code', 'fee', 'online', undefined]);
    expect(ignored).toEqual(['Ghi chú']);
  });
  it('reads online levels, old and new', () => {
    expect(parseOnline('DVC trực tuyến toàn trình')).toEqual({ online: 'toan-trinh', legacyLevel: undefined });
    expect(parseOnline('Mức độ 3')).toEqual({ online: 'mot-phan', legacyLevel: 3 });
    expect(parseOnline('Mức độ 2')).toEqual({ online: 'khong', legacyLevel: 2 });
    expect(parseOnline('Không')).toEqual({ online: 'khong' });
    expect(parseOnline('')).toBeUndefined();
  });
});

describe('catalog import', () => {
  it('adds a new procedure with derived channels, valid for the site', () => {
    const result = importCatalog([header, row('1.000656')], () => undefined, fields);
    expect(result.added).toEqual(['1.000656']);
    const record = parse(result.writes.get('procedures/1.000656.yaml')!);
    expect(record).toMatchObject({ code: '1.000656', levels: ['xa'], online: 'toan-trinh', steps: ['Nộp tờ khai', 'Nhận kết quả'] });
    expect(record.channels.map((c: { type: string }) => c.type)).toEqual(['truc-tiep', 'truc-tuyen']);
  });

  it('is idempotent and never overwrites fields marked local', () => {
    const first = importCatalog([header, row('1.000656')], () => undefined, fields);
    const edited =
      first.writes.get('procedures/1.000656.yaml')!.replace('fee: Miễn phí', 'fee: Miễn phí cho người có công') + 'local: [fee]\n';
    const again = importCatalog(
      [header, row('1.000656', { Phí: '5.000 đồng', 'Tên thủ tục': 'Đăng ký khai tử (sửa đổi)' })],
      () => edited,
      fields,
    );
    expect(again.updated).toEqual([{ code: '1.000656', fields: ['name'] }]);
    expect(again.keptLocal).toEqual([{ code: '1.000656', fields: ['fee'] }]);
    const written = again.writes.get('procedures/1.000656.yaml')!;
    expect(written).toContain('fee: Miễn phí cho người có công');
    expect(written).toContain('name: Đăng ký khai tử (sửa đổi)');
    const third = importCatalog(
      [header, row('1.000656', { Phí: '5.000 đồng', 'Tên thủ tục': 'Đăng ký khai tử (sửa đổi)' })],
      () => written,
      fields,
    );
    expect(third.unchanged).toEqual(['1.000656']);
    expect(third.writes.size).toBe(0);
  });

  it('marks rescinded procedures and rejects bad rows with their row number and reason', () => {
    const result = importCatalog(
      [
        header,
        row('1.000656', { 'Trạng thái': 'Bãi bỏ', 'Quyết định công bố': 'Quyết định 12/QĐ-UBND' }),
        row('x'),
        row('1.000657', { 'Lĩnh vực': 'Đất đai' }),
        row('1.000656'),
      ],
      () => undefined,
      fields,
    );
    expect(parse(result.writes.get('procedures/1.000656.yaml')!).rescinded).toEqual({ decision: 'Quyết định 12/QĐ-UBND' });
    expect(result.rescinded).toEqual(['1.000656']);
    expect(result.rejected).toEqual([
      { row: 3, reason: 'mã thủ tục "x" không đúng dạng — cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193' },
      { row: 4, reason: 'mã 1.000657: field: lĩnh vực "Đất đai" không có trong content/fields.yaml — cần là một trong: Hộ tịch' },
      { row: 5, reason: 'mã thủ tục 1.000656 đã có ở dòng 2 — mỗi thủ tục chỉ một dòng' },
    ]);
  });

  it('reads the sample CSV export (NFD headers, shuffled columns) like the spreadsheet', () => {
    const rows = parseCsv(readFileSync(new URL('../fixtures/import/catalog.csv', import.meta.url), 'utf8'));
    const result = importCatalog(rows, () => undefined, [...fields, { slug: 'chung-thuc', name: 'Chứng thực' }]);
    expect(result.added).toEqual(['1.001193', '2.000815', '1.000894', '2.000635']);
    expect(result.rejected.map((r) => r.row)).toEqual([6, 7, 8, 9]);
  });
  it('reads the channels column as the export writes its table, one way of filing per line', () => {
    expect(
      parseChannels(
        'Hình thức nộp | Thời hạn | Phí | Mô tả\nTrực tiếp | 05 ngày làm việc | Lệ phí: 8.000 đồng | Tại Bộ phận Một cửa\nDịch vụ bưu chính; 07 ngày làm việc\nTrực tuyến:',
      ),
    ).toEqual([
      { type: 'truc-tiep', timeLimit: '05 ngày làm việc', fee: 'Lệ phí: 8.000 đồng', notes: 'Tại Bộ phận Một cửa' },
      { type: 'buu-chinh', timeLimit: '07 ngày làm việc' },
      { type: 'truc-tuyen' },
    ]);
    expect(parseChannels('')).toEqual([]);
  });
  it("reads the publishing decision's number, date and issuer as far as they are written", () => {
    expect(parseDecision('Quyết định số 512/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND tỉnh Bình Mẫu')).toEqual({
      number: 'Quyết định số 512/QĐ-UBND',
      date: '2024-03-12',
      issuer: 'Chủ tịch UBND tỉnh Bình Mẫu',
    });
    expect(parseDecision('512/QĐ-UBND')).toEqual({ number: '512/QĐ-UBND' });
    expect(parseDecision(' ')).toBeUndefined();
  });
});
