/** The leaders' working schedule: one file per week, named by it (content/schedule/2025-tuan-24.yaml). */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { parseWeekSlug } from '../../lib/schedule/weeks.ts';
import { weekSchema } from '../../lib/schemas/schedule.ts';
import { checkSchedule } from './rule.ts';

export default defineKind({
  name: 'schedule',
  label: 'lịch công tác',
  folder: 'schedule',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
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
