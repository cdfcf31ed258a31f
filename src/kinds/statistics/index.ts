/** Dossier statistics: one file per period, named by it (content/statistics/2025-05.yaml, 2025-q2.yaml). */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { statisticsSchema } from '../../lib/schemas/statistics.ts';
import { checkStatistics } from './rule.ts';
import { parsePeriodSlug } from '../../lib/statistics/periods.ts';
import { NAME_KEY } from '../../lib/cms/file-name.ts';

export default defineKind({
  name: 'statistics',
  label: 'thống kê hồ sơ',
  folder: 'statistics',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  // A new period is named by the period the editor types: the file holds no field for it.
  editor: {
    fileName: (data) =>
      parsePeriodSlug(
        String(data[NAME_KEY] ?? '')
          .trim()
          .toLowerCase(),
      )?.slug,
    needs: 'kỳ số liệu — tháng (2025-11) hoặc quý (2025-q4)',
    nameInput: {
      label: 'Kỳ số liệu (tên tệp)',
      hint: 'Chỉ ghi khi thêm số liệu mới: tháng, ví dụ 2025-11, hoặc quý, ví dụ 2025-q4. Số liệu đã có giữ tên tệp của nó.',
      pattern: ['^\\d{4}-(0[1-9]|1[0-2]|[qQ][1-4])$', 'kỳ số liệu cần ghi dạng năm-tháng (2025-11) hoặc năm-quý (2025-q4)'],
    },
  },
  schema: (settings) => statisticsSchema({ fields: settings.fields }),
  check: checkStatistics,
  publishing: () => ({}),
  // One page for every period, shown even before the first file is written.
  search: { label: t.search.kinds.statistics },
  sitemap: () => [{ path: paths.statistics }],
});
