/** `npm run import:procedures` on the sample spreadsheet: files written, summary printed, idempotent, check passes. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli as run, tempSite } from '../support/cli.ts';

describe('npm run import:procedures', () => {
  it('imports the sample .xlsx export, reports every row, and a second run changes nothing', () => {
    const { content } = tempSite('import', 'site');
    const xlsx = 'tests/fixtures/import/catalog.xlsx';
    const first = run('src/cli/import-procedures.ts', content, [xlsx]);
    const rejected = [
      '    dòng 6: mã thủ tục "ABC-01" không đúng dạng — cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001193',
      '    dòng 7: mã 1.009999: field: lĩnh vực "Xây dựng" không có trong content/fields.yaml — cần là một trong: Hộ tịch, Chứng thực',
      '    dòng 8: mã thủ tục 1.001193 đã có ở dòng 2 — mỗi thủ tục chỉ một dòng',
      '    dòng 9: mã 1.004873: online: mức độ trực tuyến (online) "Mức độ 5" không hợp lệ — cần là một trong: "toàn trình", "một phần", "không"',
    ];
    expect(first.lines).toEqual([
      `Nhập danh mục thủ tục từ ${xlsx}:`,
      '  Thêm mới: 2 — 1.000894, 2.000635',
      '  Cập nhật: 2 — 1.001193 (longCode, steps, dossier), 2.000815 (online, timeLimit, applicants, steps, legalBasis, channels)',
      '  Không đổi: 0',
      '  Bị từ chối: 4',
      ...rejected,
      '  Đã bãi bỏ (giữ trang, rời danh mục): 2.000635',
      '  Cột không dùng: Ghi chú nội bộ',
    ]);
    expect(first.status).toBe(1);
    expect(readdirSync(join(content, 'procedures')).sort()).toEqual(['1.000894.yaml', '1.001193.yaml', '2.000635.yaml', '2.000815.yaml']);

    const added = parse(readFileSync(join(content, 'procedures/1.000894.yaml'), 'utf8'));
    expect(added).toMatchObject({
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      field: 'Hộ tịch',
      levels: ['xa'],
      online: 'mot-phan',
      legacyLevel: 3,
      fee: 'Miễn lệ phí',
    });
    // Every field of the national record the export carries, as the database's columns write it.
    expect(added).toMatchObject({
      channels: [
        { type: 'truc-tiep', timeLimit: '05 ngày làm việc', fee: 'Miễn lệ phí', notes: 'Hai bên có mặt khi đăng ký' },
        {
          type: 'truc-tuyen',
          timeLimit: '05 ngày làm việc',
          fee: 'Miễn lệ phí',
          notes: 'Nộp trên Cổng Dịch vụ công quốc gia, có mặt khi nhận kết quả',
        },
      ],
      coordinatingAgency: 'Công an cấp xã (xác minh thông tin cư trú khi cần)',
      competentAuthority: 'Ủy ban nhân dân cấp xã',
      receivingAddress: 'Bộ phận Một cửa UBND cấp xã nơi cư trú của một trong hai bên',
      dossierSets: 1,
      dossier: [{ documents: [{ name: 'Tờ khai đăng ký kết hôn', form: 'Mẫu ban hành kèm Thông tư số 04/2020/TT-BTP' }] }],
      procedureType: 'TTHC không được luân chuyển',
      keywords: ['giấy đăng ký kết hôn', 'cưới'],
      related: ['1.001193'],
      decision: { number: 'Quyết định số 512/QĐ-UBND', date: '2024-03-12', issuer: 'Chủ tịch UBND tỉnh Bình Mẫu' },
    });
    expect(added.delegatedAgency).toBeUndefined(); // an empty cell writes nothing
    const rescinded = parse(readFileSync(join(content, 'procedures/2.000635.yaml'), 'utf8'));
    expect(rescinded.rescinded).toEqual({ decision: 'Quyết định 1234/QĐ-UBND ngày 15/3/2025' });
    const updated = readFileSync(join(content, 'procedures/1.001193.yaml'), 'utf8');
    expect(updated).toContain('popular: true'); // a field the export does not carry is kept
    expect(updated.normalize('NFC')).toBe(updated); // NFD cells stored as NFC
    expect(updated).toContain('longCode: 1.001193.000.00.00.H12');

    const second = run('src/cli/import-procedures.ts', content, ['tests/fixtures/import/catalog.csv']);
    expect(second.lines.slice(1, 4)).toEqual(['  Thêm mới: 0', '  Cập nhật: 0', '  Không đổi: 4']);
    expect(run('src/cli/check.ts', content).lines).toEqual(['Nội dung hợp lệ: đã kiểm tra 16 tệp, không có lỗi.']);
  });
});
