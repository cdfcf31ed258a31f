/** The leaders' working schedule: one file per week, named by it (content/schedule/2025-tuan-24.yaml). */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { isoWeekOf, parseWeekSlug, weekSlug } from '../../lib/schedule/weeks.ts';
import { weekSchema } from '../../lib/schemas/schedule.ts';
import { checkSchedule } from './rule.ts';

export default defineKind({
  name: 'schedule',
  label: 'lịch công tác',
  folder: 'schedule',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  // A new week is named by the week of its first day.
  editor: {
    fileName: (data) => {
      const first = (data.days as { date?: unknown }[] | undefined)?.[0]?.date;
      return typeof first === 'string' && /^\d{4}-\d{2}-\d{2}/.test(first) ? weekSlug(isoWeekOf(first.slice(0, 10))) : undefined;
    },
    needs: 'ít nhất một ngày của tuần (days) — tên tệp là tuần của ngày đầu tiên',
  },
  schema: (settings) => weekSchema({ leaders: settings.leaders }),
  check: checkSchedule,
  publishing: () => ({}),
  // A file not named by its week has no page (the checker names it).
  search: { label: t.search.kinds.schedule },
  sitemap: (weeks) => [
    { path: paths.schedule },
    ...weeks.filter(({ id }) => parseWeekSlug(id)).map(({ id }) => ({ path: paths.scheduleWeek(id) })),
  ],
});
