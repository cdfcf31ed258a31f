/**
 * The statistics as open data: CSV (one row per period, level and field; the importer's own
 * columns, so a download can be imported again) and JSON.
 */
import type { Figures } from './figures.ts';
import type { Period } from './periods.ts';

export interface OpenDataPeriod {
  period: Period;
  note?: string;
  rows: (Figures & { level: string; field: string })[];
}

/** Column headers of the CSV, in order; src/lib/import/statistics.ts reads the same names. */
export const CSV_COLUMNS = [
  'Kỳ',
  'Cấp',
  'Lĩnh vực',
  'Kỳ trước chuyển sang',
  'Tiếp nhận trực tuyến',
  'Tiếp nhận trực tiếp',
  'Tiếp nhận qua bưu chính',
  'Tổng tiếp nhận',
  'Giải quyết trước hạn',
  'Giải quyết đúng hạn',
  'Giải quyết quá hạn',
  'Tổng đã giải quyết',
  'Đang giải quyết',
  'Trả lại, rút hồ sơ',
] as const;

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a byte-order mark, so Excel opens the Vietnamese text as UTF-8. */
export function toCsv(periods: readonly OpenDataPeriod[]): string {
  const lines = [CSV_COLUMNS.map(cell).join(',')];
  for (const { period, rows } of periods) {
    for (const r of rows) {
      lines.push(
        [
          period.slug,
          r.level,
          r.field,
          r.carriedOver,
          r.received.online,
          r.received.direct,
          r.received.postal,
          r.received.total,
          r.resolved.early,
          r.resolved.onTime,
          r.resolved.late,
          r.resolved.total,
          r.inProgress,
          r.returned,
        ]
          .map(cell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function toJson(periods: readonly OpenDataPeriod[], meta: { unit: string; source: string }): string {
  return JSON.stringify(
    {
      ...meta,
      periods: periods.map(({ period, note, rows }) => ({
        period: period.slug,
        kind: period.kind,
        year: period.year,
        number: period.number,
        note,
        rows,
      })),
    },
    null,
    2,
  );
}
