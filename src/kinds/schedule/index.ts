/** The leaders' working schedule: one file per week, named by it (content/schedule/2025-tuan-24.yaml). */
import { defineKind } from '../kind.ts';
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
});
