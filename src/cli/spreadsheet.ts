/**
 * Reads the spreadsheet an import command is given: the first sheet of an .xlsx (read-excel-file)
 * or a UTF-8 .csv (our own parser: separators Excel uses in Vietnamese locales). Exits with a
 * Vietnamese message when the file is missing or unreadable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { parseCsv } from '../lib/import/csv.ts';
import type { Cell } from '../lib/import/procedures.ts';

export async function readSpreadsheet(file: string | undefined, usage: string): Promise<Cell[][]> {
  if (!file || !existsSync(file)) {
    console.error(file ? `Không tìm thấy tệp ${file}.` : usage);
    process.exit(1);
  }
  try {
    return /\.xlsx$/i.test(file) ? ((await readSheet(file)) as Cell[][]) : parseCsv(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`Không đọc được ${file} — cần tệp .xlsx (Excel 2007 trở lên) hoặc .csv UTF-8. (${(error as Error).message})`);
    process.exit(1);
  }
}
