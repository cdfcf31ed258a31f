/**
 * Reporting periods of the dossier statistics, named by their file: "2025-05" (a month) or
 * "2025-q2" (a quarter). Pure: no Astro, no file system.
 */

export interface Period {
  slug: string;
  kind: 'month' | 'quarter';
  year: number;
  /** Month 1–12 or quarter 1–4. */
  number: number;
  /** First and last month covered, 1–12. */
  firstMonth: number;
  lastMonth: number;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period a file name stands for, or undefined when the name is not one. */
export function parsePeriodSlug(slug: string): Period | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(slug);
  if (month) {
    const n = Number(month[2]);
    return n >= 1 && n <= 12 ? { slug, kind: 'month', year: Number(month[1]), number: n, firstMonth: n, lastMonth: n } : undefined;
  }
  const quarter = /^(\d{4})-q([1-4])$/.exec(slug);
  if (!quarter) return undefined;
  const n = Number(quarter[2]);
  return { slug, kind: 'quarter', year: Number(quarter[1]), number: n, firstMonth: n * 3 - 2, lastMonth: n * 3 };
}

/** The last day of a period, "YYYY-MM-DD". */
export const periodEnd = (p: Period): string => new Date(Date.UTC(p.year, p.lastMonth, 0)).toISOString().slice(0, 10);

/** "Tháng 5/2025", "Quý II/2025". */
export function periodLabel(p: Period): string {
  return p.kind === 'month' ? `Tháng ${p.number}/${p.year}` : `Quý ${ROMAN[p.number - 1]}/${p.year}`;
}

/** "T5/2025", "QII/2025": a chart's axis label. */
export function shortPeriodLabel(p: Period): string {
  return p.kind === 'month' ? `T${p.number}/${String(p.year).slice(2)}` : `Q${ROMAN[p.number - 1]}/${String(p.year).slice(2)}`;
}

/** Oldest first; a quarter after the months it covers. */
export const comparePeriods = (a: Period, b: Period) => a.year - b.year || a.lastMonth - b.lastMonth || a.firstMonth - b.firstMonth;

/** Whether two periods cover a month in common (a month and its quarter, or the same period twice). */
export const overlaps = (a: Period, b: Period) => a.year === b.year && a.firstMonth <= b.lastMonth && b.firstMonth <= a.lastMonth;
