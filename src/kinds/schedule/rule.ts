/** The leaders' working schedule: files named by their week, dates in that week, known leaders, real times. */
import { weekSchema } from '../../lib/schemas/schedule.ts';
import { daysOf, parseWeekSlug } from '../../lib/schedule/weeks.ts';
import { lineOf } from '../../lib/validation.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { FILE_NAME } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

const vn = (isoDate: string) => isoDate.split('-').reverse().join('/');

export function checkSchedule(ctx: CheckContext, files: readonly string[]): void {
  const schema = weekSchema({ leaders: ctx.config.leaders });
  for (const path of files) {
    const week = parseWeekSlug(baseName(path));
    if (!week) ctx.add({ file: label(path), field: FILE_NAME, message: msg.weekFileName(path.split('/').pop()!) });
    const text = ctx.readText(path);
    if (text === undefined) continue;
    const { data, doc, lines } = ctx.checkYaml(path, text, schema);
    if (!doc || !lines || !week) continue;
    // Dates as written, so a date in the wrong week is named even when another field is wrong too.
    const days = daysOf(week);
    const raw = (doc.toJS() as { days?: { date?: unknown }[] } | null)?.days ?? [];
    let outside = false;
    raw.forEach((day, i) => {
      const date = typeof day?.date === 'string' ? day.date.trim().slice(0, 10) : undefined;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || days.includes(date)) return;
      outside = true;
      ctx.add({
        file: label(path),
        line: lineOf(doc, lines, ['days', i, 'date']),
        field: `days[${i + 1}].date`,
        message: msg.dateOutsideWeek(vn(date), week.week, week.year, vn(days[0]!), vn(days[6]!)),
      });
    });
    if (data && !outside) ctx.routes.weeks.push(baseName(path));
    // The newest week with a file, for the freshness rule: its last day.
    if (!ctx.latest.schedule || days[6]! > ctx.latest.schedule) ctx.latest.schedule = days[6]!;
  }
}
