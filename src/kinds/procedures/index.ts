/** Administrative procedures: content/procedures/<code>.yaml, the national database's fields; forms in mau/. */
import { defineKind } from '../kind.ts';
import { procedureSchema } from '../../lib/schemas/procedure.ts';
import { formsToCopy } from '../../lib/procedures/forms.ts';
import { checkProcedures } from './rule.ts';

export default defineKind({
  name: 'procedures',
  label: 'thủ tục hành chính',
  folder: 'procedures',
  glob: '[^_]*.{yaml,yml}',
  id: 'name',
  // A rescinded procedure keeps its page (and forms): the lists drop it, the page says why.
  schema: (settings) => procedureSchema({ fields: settings.fields }),
  check: checkProcedures,
  publishing: () => ({}),
  files: { readFrom: /\.ya?ml$/, copies: (files) => formsToCopy(files) },
});
