/** Dossier statistics: one file per period, named by it (content/statistics/2025-05.yaml, 2025-q2.yaml). */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { statisticsSchema } from '../../lib/schemas/statistics.ts';
import { checkStatistics } from './rule.ts';

export default defineKind({
  name: 'statistics',
  label: 'thống kê hồ sơ',
  folder: 'statistics',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  schema: (settings) => statisticsSchema({ fields: settings.fields }),
  check: checkStatistics,
  publishing: () => ({}),
  // One page for every period, shown even before the first file is written.
  search: { label: t.search.kinds.statistics },
  sitemap: () => [{ path: paths.statistics }],
});
