/**
 * Turns a one-stop software's report (CSV or XLSX, or our own CSV download) into
 * `content/statistics/<kỳ>.yaml` files: one per period, rows checked by the same schema as a
 * hand-written file. Columns are found by name, whatever their order, case or diacritics.
 */
import { statisticsRowSchema } from '../schemas/statistics.ts';
import { parsePeriodSlug } from '../statistics/periods.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';
import { foldKey, nfc } from '../text.ts';
import { fieldName } from '../validation.ts';
import type { StatisticsRow } from '../schemas/statistics.ts';
import type { Cell } from './procedures.ts';

type Column =
  | 'period'
  | 'level'
  | 'field'
  | 'carriedOver'
  | 'online'
  | 'direct'
  | 'postal'
  | 'receivedTotal'
  | 'early'
  | 'onTime'
  | 'late'
  | 'resolvedTotal'
  | 'inProgress'
  | 'returned';

/** Folded spellings of each column; the first is the one our CSV download writes. */
const ALIASES: Record<Column, string[]> = {
  period: ['ky', 'ky bao cao', 'thang', 'quy'],
  level: ['cap', 'cap giai quyet', 'cap thuc hien'],
  field: ['linh vuc', 'linh vuc thu tuc'],
  carriedOver: ['ky truoc chuyen sang', 'ky truoc chuyen qua', 'ton ky truoc', 'so ton ky truoc'],
  online: ['tiep nhan truc tuyen', 'truc tuyen', 'nop truc tuyen'],
  direct: ['tiep nhan truc tiep', 'truc tiep', 'nop truc tiep'],
  postal: ['tiep nhan qua buu chinh', 'buu chinh', 'qua buu chinh', 'buu chinh cong ich'],
  receivedTotal: ['tong tiep nhan', 'tong so tiep nhan', 'tong so ho so tiep nhan'],
  early: ['giai quyet truoc han', 'truoc han', 'da giai quyet truoc han'],
  onTime: ['giai quyet dung han', 'dung han', 'da giai quyet dung han'],
  late: ['giai quyet qua han', 'qua han', 'tre han', 'da giai quyet qua han'],
  resolvedTotal: ['tong da giai quyet', 'da giai quyet', 'tong so da giai quyet'],
  inProgress: ['dang giai quyet', 'dang xu ly', 'chua giai quyet'],
  returned: ['tra lai, rut ho so', 'tra lai rut ho so', 'tra lai', 'rut ho so', 'tra lai/rut'],
};
const lookup = new Map<string, Column>(Object.entries(ALIASES).flatMap(([column, names]) => names.map((n) => [n, column as Column])));
const normalise = (header: unknown) =>
  foldKey(nfc(String(header ?? '')))
    .replace(/[()*:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export interface StatisticsImport {
  /** Files to write, content-relative path → YAML text. */
  writes: Map<string, string>;
  /** Rows imported per period slug. */
  periods: Map<string, number>;
  /** Periods left as they were because a row was rejected: half a report would show wrong totals. */
  skipped: string[];
  rejected: { row: number; reason: string }[];
  ignoredColumns: string[];
}

/** "1.234", "1 234", 1234 → 1234; empty → 0; anything else → the text (the schema names it). */
function number(cell: Cell): unknown {
  if (typeof cell === 'number') return cell;
  const text = nfc(String(cell ?? ''))
    .replace(/[.\s\u00a0]/g, '')
    .trim();
  if (text === '') return 0;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** "2025-05", "05/2025", "5/2025", "Tháng 5/2025", "Quý II/2025", "Q2/2025" → the period's slug. */
export function periodSlugOf(cell: Cell): string | undefined {
  const text = foldKey(nfc(String(cell ?? ''))).trim();
  if (parsePeriodSlug(text)) return text;
  const month = /^(?:thang\s*)?(\d{1,2})\s*[/-]\s*(\d{4})$/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${month[1]!.padStart(2, '0')}`;
  const quarter = /^(?:quy|q)\s*(i{1,3}|iv|[1-4])\s*[/-]\s*(\d{4})$/.exec(text);
  if (quarter) return `${quarter[2]}-q${{ i: 1, ii: 2, iii: 3, iv: 4 }[quarter[1]!] ?? quarter[1]}`;
  return undefined;
}

/** A period's file as an editor would write it: one block per row, totals written out. */
export function statisticsYaml(rows: readonly StatisticsRow[], note?: string): string {
  const lines = [
    '# Nhập bằng npm run import:statistics. Kỳ trước chuyển sang + tiếp nhận = đã giải quyết + đang giải quyết + trả lại.',
    ...(note ? [`note: ${JSON.stringify(note)}`] : []),
    'rows:',
  ];
  for (const r of rows) {
    lines.push(
      `  - level: ${r.level}`,
      `    field: ${JSON.stringify(r.field)}`,
      `    carriedOver: ${r.carriedOver}`,
      `    received: { online: ${r.received.online}, direct: ${r.received.direct}, postal: ${r.received.postal}, total: ${r.received.total} }`,
      `    resolved: { early: ${r.resolved.early}, onTime: ${r.resolved.onTime}, late: ${r.resolved.late}, total: ${r.resolved.total} }`,
      `    inProgress: ${r.inProgress}`,
      `    returned: ${r.returned}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `noteOf` gives the note an editor wrote in a period's existing file: the import keeps it. */
export function importStatistics(
  rows: readonly (readonly Cell[])[],
  fields: TaxonomyItem[],
  periodArgument?: string,
  noteOf: (period: string) => string | undefined = () => undefined,
): StatisticsImport {
  const result: StatisticsImport = { writes: new Map(), periods: new Map(), skipped: [], rejected: [], ignoredColumns: [] };
  const failed = new Set<string>();
  const headerAt = rows.slice(0, 10).findIndex((r) => r.some((h) => lookup.get(normalise(h)) === 'field'));
  if (headerAt < 0) {
    result.rejected.push({
      row: 1,
      reason: 'không tìm thấy dòng tiêu đề có cột "Lĩnh vực" trong 10 dòng đầu — cần tệp có các cột Cấp, Lĩnh vực, Tiếp nhận trực tuyến…',
    });
    return result;
  }
  const columns = rows[headerAt]!.map((h) => {
    const column = lookup.get(normalise(h));
    if (!column && String(h ?? '').trim()) result.ignoredColumns.push(String(h).trim());
    return column;
  });
  const schema = statisticsRowSchema({ fields });
  const byPeriod = new Map<string, StatisticsRow[]>();
  rows.slice(headerAt + 1).forEach((cells, i) => {
    const rowNumber = headerAt + i + 2;
    const get = (column: Column) => cells[columns.indexOf(column)];
    const field = nfc(String(get('field') ?? '')).trim();
    if (!field || /^tong/.test(foldKey(field))) return; // blank lines and the report's total row
    const period = columns.includes('period') ? periodSlugOf(get('period')) : periodArgument;
    if (!period) {
      result.rejected.push({
        row: rowNumber,
        reason: columns.includes('period')
          ? `kỳ "${String(get('period') ?? '')}" không đọc được — cần ghi như 2025-05, 5/2025 hoặc Quý II/2025`
          : 'tệp không có cột "Kỳ" — cần ghi kỳ sau tên tệp, ví dụ: npm run import:statistics -- bao-cao.xlsx 2025-05',
      });
      return;
    }
    const written = {
      level: nfc(String(get('level') ?? '')).trim(),
      field,
      carriedOver: number(get('carriedOver')),
      received: {
        online: number(get('online')),
        direct: number(get('direct')),
        postal: number(get('postal')),
        ...(columns.includes('receivedTotal') && { total: number(get('receivedTotal')) }),
      },
      resolved: {
        early: number(get('early')),
        onTime: number(get('onTime')),
        late: number(get('late')),
        ...(columns.includes('resolvedTotal') && { total: number(get('resolvedTotal')) }),
      },
      inProgress: number(get('inProgress')),
      returned: number(get('returned')),
    };
    const parsed = schema.safeParse(written);
    if (!parsed.success) {
      failed.add(period);
      result.rejected.push({
        row: rowNumber,
        reason: parsed.error.issues.map((issue) => `${issue.path.length ? `${fieldName(issue.path)}: ` : ''}${issue.message}`).join('; '),
      });
      return;
    }
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), parsed.data]);
  });
  result.skipped = [...failed];
  for (const [period, list] of byPeriod) {
    if (failed.has(period)) continue;
    result.writes.set(`statistics/${period}.yaml`, statisticsYaml(list, noteOf(period)));
    result.periods.set(period, list.length);
  }
  return result;
}
