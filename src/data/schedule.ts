/** The leaders' working schedule, loaded and indexed once per build: weeks in order, entries by day. */
import { perUnit } from './units.ts';
import { unitCollection } from './collections.ts';
import { compareWeeks, isoWeekOf, parseWeekSlug, type IsoWeek } from '../lib/schedule/weeks.ts';
import type { ScheduleEntry, Week } from '../lib/schemas/schedule.ts';

export interface ScheduleWeek extends IsoWeek {
  slug: string;
  note?: string;
  /** Days that have entries, in date order, entries by time. */
  days: { date: string; entries: ScheduleEntry[] }[];
}

const weeks = perUnit((): Promise<ScheduleWeek[]> => load());

const byTime = (a: ScheduleEntry, b: ScheduleEntry) => a.time.localeCompare(b.time);

async function load(): Promise<ScheduleWeek[]> {
  const entries = await unitCollection('schedule');
  return entries
    .flatMap(({ id, data }: { id: string; data: Week }) => {
      const week = parseWeekSlug(id);
      if (!week) return []; // the checker names the file; the build runs it first
      const days = [...data.days]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((d) => ({ date: d.date, entries: [...d.entries].sort(byTime) }));
      return [{ ...week, slug: id, note: data.note, days }];
    })
    .sort(compareWeeks);
}

/** Every week that has a file, oldest first. */
export const allWeeks = () => weeks();

/** The week a date falls in, if it has a file. */
export async function weekOf(date: string): Promise<ScheduleWeek | undefined> {
  const w = isoWeekOf(date);
  return (await allWeeks()).find((s) => s.year === w.year && s.week === w.week);
}

/** Days with entries from `from` on, at most `count` of them (the home page: today and the coming days). */
export async function upcomingDays(from: string, count: number) {
  return (await allWeeks())
    .flatMap((w) => w.days)
    .filter((d) => d.date >= from)
    .slice(0, count);
}
