/**
 * npm run import:procedures -- <danh-muc.xlsx|danh-muc.csv>
 * Reads a catalog export of the national procedure database and writes or updates
 * content/procedures/<code>.yaml, then prints what was added, updated, unchanged or rejected.
 * Exit code 1 when a row was rejected (the other rows are still imported).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { schemaSettings } from '../data/config.ts';
// The catalog is the units' shared one (content/shared/ when there are many; content/ otherwise).
import { sharedDir as contentDir } from '../data/units.ts';
import { importCatalog } from '../lib/import/procedures.ts';
import { readSpreadsheet } from './spreadsheet.ts';

const file = process.argv[2];
const rows = await readSpreadsheet(file, 'Cách dùng: npm run import:procedures -- danh-muc.xlsx   (hoặc .csv)');

const yamlOf = (code: string) => {
  const path = join(contentDir, 'procedures', `${code}.yaml`);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};
const result = importCatalog(rows, yamlOf, schemaSettings().fields);
for (const [path, text] of result.writes) {
  mkdirSync(dirname(join(contentDir, path)), { recursive: true });
  writeFileSync(join(contentDir, path), text);
}

const list = (codes: string[]) => (codes.length ? ` — ${codes.join(', ')}` : '');
console.log(`Nhập danh mục thủ tục từ ${file}:`);
console.log(`  Thêm mới: ${result.added.length}${list(result.added)}`);
console.log(`  Cập nhật: ${result.updated.length}${list(result.updated.map((u) => `${u.code} (${u.fields.join(', ')})`))}`);
console.log(`  Không đổi: ${result.unchanged.length}`);
console.log(`  Bị từ chối: ${result.rejected.length}`);
for (const r of result.rejected) console.log(`    dòng ${r.row}: ${r.reason}`);
if (result.rescinded.length) console.log(`  Đã bãi bỏ (giữ trang, rời danh mục): ${result.rescinded.join(', ')}`);
if (result.keptLocal.length)
  console.log(
    `  Giữ nguyên trường biên tập viên đánh dấu local: ${result.keptLocal.map((k) => `${k.code} (${k.fields.join(', ')})`).join('; ')}`,
  );
if (result.ignoredColumns.length) console.log(`  Cột không dùng: ${result.ignoredColumns.join(', ')}`);
process.exitCode = result.rejected.length ? 1 : 0;
