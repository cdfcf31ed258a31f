/** Static pages (introduction, organisation, contacts…): content/pages/<slug>.md, at /<slug>/. */
import { defineKind } from '../kind.ts';
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
});
