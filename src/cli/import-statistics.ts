/**
 * npm run import:statistics -- <bao-cao.xlsx|bao-cao.csv> [kỳ, ví dụ 2025-05]
 * Reads a one-stop software's dossier report (or this site's own CSV download) and writes
 * content/statistics/<kỳ>.yaml, one file per period, replacing that period's figures. Rows that
 * do not add up are rejected with the reason; exit code 1 when any was.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../data/config.ts';
import { oneUnitFromArgs, unitDir } from '../data/units.ts';
import { importStatistics, periodSlugOf } from '../lib/import/statistics.ts';
import { readSpreadsheet } from './spreadsheet.ts';

// In a repository of many units, -- --unit <id> says whose content it is.
const unit = oneUnitFromArgs(process.argv);
const contentDir = unitDir(unit);
const args = process.argv.slice(2).filter((arg, i, all) => arg !== '--unit' && all[i - 1] !== '--unit');
const [file, periodArgument] = args;
const period = periodArgument === undefined ? undefined : periodSlugOf(periodArgument);
if (periodArgument !== undefined && !period) {
  console.error(`Kỳ "${periodArgument}" không đọc được — cần ghi như 2025-05 (tháng 5/2025) hoặc 2025-q2 (quý II/2025).`);
  process.exit(1);
}
const rows = await readSpreadsheet(
  file,
  'Cách dùng: npm run import:statistics -- bao-cao.xlsx 2025-05   (hoặc .csv; bỏ kỳ nếu tệp có cột "Kỳ")',
);

// An editor's note on a period survives a new import of its figures.
const noteOf = (slug: string) => {
  const path = join(contentDir, 'statistics', `${slug}.yaml`);
  const note = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as { note?: unknown } | null)?.note : undefined;
  return typeof note === 'string' ? note : undefined;
};
const result = importStatistics(rows, loadConfig(unit).fields, period, noteOf);
for (const [path, text] of result.writes) {
  mkdirSync(dirname(join(contentDir, path)), { recursive: true });
  writeFileSync(join(contentDir, path), text);
}
console.log(`Nhập số liệu hồ sơ từ ${file}:`);
for (const [slug, count] of result.periods) console.log(`  Kỳ ${slug}: ${count} dòng → content/statistics/${slug}.yaml`);
for (const slug of result.skipped) console.log(`  Kỳ ${slug}: chưa ghi vì có dòng bị từ chối — sửa tệp rồi nhập lại cả kỳ`);
console.log(`  Bị từ chối: ${result.rejected.length}`);
for (const r of result.rejected) console.log(`    dòng ${r.row}: ${r.reason}`);
if (result.ignoredColumns.length) console.log(`  Cột không dùng: ${result.ignoredColumns.join(', ')}`);
process.exitCode = result.rejected.length ? 1 : 0;
