/** npm run import:statistics on a one-stop report (.xlsx) and on the site's own CSV download. */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempSite } from '../support/cli.ts';
import { contentRoot } from '../support/content.ts';

describe('npm run import:statistics', () => {
  it('writes nothing for a period with a row that does not add up, and says which rows and why', () => {
    // The sample content: its fields include the report's, except "Thuế".
    const { content } = tempSite('import-statistics');
    cpSync(contentRoot, content, { recursive: true });
    const run = runCli('src/cli/import-statistics.ts', content, ['tests/fixtures/import/statistics.xlsx', 'Tháng 6/2025']);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      'Nhập số liệu hồ sơ từ tests/fixtures/import/statistics.xlsx:',
      '  Kỳ 2025-06: chưa ghi vì có dòng bị từ chối — sửa tệp rồi nhập lại cả kỳ',
      '  Bị từ chối: 2',
      expect.stringMatching(/^ {4}dòng 8: inProgress: số hồ sơ không khớp: kỳ trước chuyển sang \+ tiếp nhận = 25 \+ 620 = 645/),
      expect.stringMatching(/^ {4}dòng 9: field: lĩnh vực "Thuế" không có trong content\/fields\.yaml/),
      '  Cột không dùng: STT, Ghi chú',
    ]);
    expect(existsSync(join(content, 'statistics/2025-06.yaml'))).toBe(false);
  });
  it("imports the site's own CSV download back into the same files, and the result passes the checker", () => {
    const { content } = tempSite('import-statistics-csv', 'site');
    // The sample's May figures as the download writes them, for a fixture whose fields include Hộ tịch and Chứng thực.
    const csv =
      '\uFEFFKỳ,Cấp,Lĩnh vực,Kỳ trước chuyển sang,Tiếp nhận trực tuyến,Tiếp nhận trực tiếp,Tiếp nhận qua bưu chính,Tổng tiếp nhận,Giải quyết trước hạn,Giải quyết đúng hạn,Giải quyết quá hạn,Tổng đã giải quyết,Đang giải quyết,"Trả lại, rút hồ sơ"\r\n2025-05,xa,Hộ tịch,43,462,72,2,536,400,124,5,529,45,5\r\n2025-05,huyen,Chứng thực,11,61,76,4,141,113,28,0,141,11,0\r\n';
    const file = join(content, '..', 'so-lieu.csv');
    writeFileSync(file, csv);
    const run = runCli('src/cli/import-statistics.ts', content, [file]);
    expect(run.lines.slice(0, 3)).toEqual([
      `Nhập số liệu hồ sơ từ ${file}:`,
      '  Kỳ 2025-05: 2 dòng → content/statistics/2025-05.yaml',
      '  Bị từ chối: 0',
    ]);
    expect(run.status).toBe(0);
    expect(readFileSync(join(content, 'statistics/2025-05.yaml'), 'utf8')).toContain(
      'received: { online: 462, direct: 72, postal: 2, total: 536 }',
    );
    expect(runCli('src/cli/check.ts', content).status).toBe(0);
  });
});
