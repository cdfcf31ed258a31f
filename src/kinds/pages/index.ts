/** Static pages (introduction, organisation, contacts…): content/pages/<slug>.md, at /<slug>/. */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { pageSchema } from '../../lib/schemas/page.ts';
import { checkPages } from './rule.ts';

export default defineKind({
  name: 'pages',
  label: 'trang tĩnh',
  folder: 'pages',
  glob: '[^_]*.md',
  id: 'name',
  schema: () => pageSchema,
  check: checkPages,
  publishing: () => ({}),
  search: { label: t.search.kinds.page },
  sitemap: (pages) => pages.map(({ id }) => ({ path: paths.page(id) })),
});
