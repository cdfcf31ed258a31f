/** English pages (introduction, organisation, contacts): content/en/<slug>.md; index.md is /en/. */
import { defineKind } from '../kind.ts';
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
});
