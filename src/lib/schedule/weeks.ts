/**
 * ISO 8601 weeks in Vietnam time, for the leaders' working schedule: one file and one page per
 * week, named "<năm>-tuan-<số>" (2025-tuan-01). Week 1 is the week with the year's first Thursday,
 * so 30/12/2024 belongs to 2025-tuan-01 and 03/01/2021 to 2020-tuan-53. Days are plain ISO dates
 * ("2025-06-02"); "today" is the Vietnam date of the build, whatever the machine's time zone.
 */

export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

const utcDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO week a calendar date belongs to. */
export function isoWeekOf(isoDate: string): IsoWeek {
  const day = utcDay(isoDate);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const firstThursday = utcDay(`${year}-01-04`) + (3 - ((new Date(utcDay(`${year}-01-04`)).getUTCDay() + 6) % 7)) * DAY_MS;
  return { year, week: 1 + Math.round((thursday - firstThursday) / (7 * DAY_MS)) };
}

/** How many ISO weeks a year has: 53 when 28 December falls in week 53. */
export const weeksInYear = (year: number) => isoWeekOf(`${year}-12-28`).week;

/** The seven dates (Monday to Sunday) of a week. */
export function daysOf({ year, week }: IsoWeek): string[] {
  const jan4 = utcDay(`${year}-01-04`);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  return Array.from({ length: 7 }, (_, i) => isoOf(monday + i * DAY_MS));
}

/** The week after (step 1) or before (step -1). */
export function shiftWeek(w: IsoWeek, step: number): IsoWeek {
  return isoWeekOf(isoOf(utcDay(daysOf(w)[0]!) + step * 7 * DAY_MS));
}

/** "2025-tuan-01": the week's file name and URL segment. */
export const weekSlug = ({ year, week }: IsoWeek) => `${year}-tuan-${String(week).padStart(2, '0')}`;

/** The week a slug names, or undefined when it is not one ("2025-tuan-54", "2025-w1"). */
export function parseWeekSlug(slug: string): IsoWeek | undefined {
  const m = /^(\d{4})-tuan-(\d{2})$/.exec(slug);
  if (!m) return undefined;
  const w = { year: Number(m[1]), week: Number(m[2]) };
  return w.week >= 1 && w.week <= weeksInYear(w.year) ? w : undefined;
}

/** A calendar date as the instant it starts in Vietnam, for the date formatters. */
export const startOfDay = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

export const compareWeeks = (a: IsoWeek, b: IsoWeek) => a.year - b.year || a.week - b.week;
