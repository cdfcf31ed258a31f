/**
 * Impossible calendar dates. YAML and JavaScript both turn 2024-02-31 into 2 March without a
 * word, so the date an editor typed has to be checked from the raw text.
 */
import { daysInMonth, msg } from '../content/messages.ts';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const VIETNAMESE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The message for a date-looking value that is not a real day, or undefined. */
export function impossibleDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  const vn = iso ? null : VIETNAMESE.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : vn ? [vn[3], vn[2], vn[1]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return undefined;
  return msg.impossibleDate(text, day, month, year);
}
