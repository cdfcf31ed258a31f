/**
 * A unit's procedure overrides: content/<unit>/overrides/<code>.yaml, what differs for the unit in
 * a procedure of the shared catalog (src/lib/schemas/override.ts). No pages of their own: the
 * procedure's page on the unit's site shows the catalog's record with them.
 */
import { defineKind } from '../kind.ts';
import { overrideSchema } from '../../lib/schemas/override.ts';
import { checkOverrides } from './rule.ts';
import { NAME_KEY } from '../../lib/cms/file-name.ts';
import { PROCEDURE_CODE, codeFileName } from '../../lib/schemas/fields.ts';

export default defineKind({
  name: 'overrides',
  label: 'thông tin riêng của đơn vị cho thủ tục',
  folder: 'overrides',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  // Named by the procedure's code, which the editor types: the file holds no field for it.
  editor: {
    fileName: (data) => {
      const code = String(data[NAME_KEY] ?? '').trim();
      return PROCEDURE_CODE.test(code) ? codeFileName(code) : undefined;
    },
    needs: 'mã thủ tục trong danh mục dùng chung, ví dụ 1.012812',
    nameInput: {
      label: 'Mã thủ tục (tên tệp)',
      hint: 'Chỉ ghi khi thêm mới: mã của thủ tục trong danh mục dùng chung của tỉnh, ví dụ 1.012812. Tệp đã có giữ tên của nó.',
      pattern: [PROCEDURE_CODE.source, 'mã thủ tục cần một chữ số, dấu chấm và sáu chữ số, ví dụ 1.012812'],
    },
  },
  schema: () => overrideSchema,
  check: checkOverrides,
  publishing: () => ({}),
  sitemap: () => [],
});
