/** English pages (introduction, organisation, contacts): content/en/<slug>.md; index.md is /en/. */
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { pageSchema } from '../../lib/schemas/page.ts';
import { checkEnglish } from './rule.ts';

export default defineKind({
  name: 'english',
  label: 'trang tiếng Anh',
  folder: 'en',
  glob: '[^_]*.md',
  id: 'name',
  schema: () => pageSchema,
  check: checkEnglish,
  publishing: () => ({}),
  sitemap: (pages) => pages.map(({ id }) => ({ path: paths.englishPage(id) })),
});
