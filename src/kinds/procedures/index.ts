/** Administrative procedures: content/procedures/<code>.yaml, the national database's fields; forms in mau/. */
import { t } from '../../i18n/vi.ts';
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { slugOfName } from '../../lib/schemas/taxonomy.ts';
import { procedureSchema, type GovernmentLevel } from '../../lib/schemas/procedure.ts';
import { formsToCopy } from '../../lib/procedures/forms.ts';
import { checkProcedures } from './rule.ts';
import { PROCEDURE_CODE, codeFileName } from '../../lib/schemas/fields.ts';
import { listsProcedure } from '../../lib/units/scope.ts';

export default defineKind({
  name: 'procedures',
  label: 'thủ tục hành chính',
  folder: 'procedures',
  shared: true,
  // (Typed here: left to inference, the parameter would make the schema's own type unknown to Astro's collections.)
  concerns: (procedure: { levels: readonly GovernmentLevel[] }, unitLevel) => listsProcedure(unitLevel, procedure.levels),
  glob: '[^_]*.{yaml,yml}',
  media: 'mau',
  id: 'name',
  // Named by its code in the national database, listed by its name.
  editor: {
    title: 'name',
    fileName: (data) =>
      typeof data.code === 'string' && PROCEDURE_CODE.test(data.code.trim()) ? codeFileName(data.code.trim()) : undefined,
    needs: 'mã thủ tục (code), ví dụ 1.001193',
  },
  // A rescinded procedure keeps its page (and forms): the lists drop it, the page says why.
  schema: (settings) => procedureSchema({ fields: settings.fields }),
  check: checkProcedures,
  publishing: () => ({}),
  search: { label: t.search.kinds.procedure },
  sitemap: (procedures, { fields }) => [
    { path: paths.catalog },
    // Field pages exist for fields with listed procedures only (rescinded ones leave the lists).
    ...[...new Set(procedures.filter((p) => !p.data.rescinded).map((p) => p.data.field))].map((field) => ({
      path: paths.field(slugOfName(fields, field)),
    })),
    ...procedures.map(({ data }) => ({ path: paths.procedure(data.code), lastmod: data.updated })),
  ],
  files: { readFrom: /\.ya?ml$/, copies: (files) => formsToCopy(files) },
});
