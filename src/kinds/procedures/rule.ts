/** Procedure records: the schema, text fields scanned like bodies, one file per code named by it. */
import { listsProcedure } from '../../lib/units/scope.ts';
import { FORMS_FOLDER, formPath, procedureSchema } from '../../lib/schemas/procedure.ts';
import { PROCEDURE_CODE, codeOfFileName } from '../../lib/schemas/fields.ts';
import { lineOf } from '../../lib/validation.ts';
import { label } from '../../lib/check/corpus.ts';
import { scanBody } from '../../lib/check/body.ts';
import { scalars } from '../../lib/check/yaml-walk.ts';
import { deskProblems, firstOfEach, procedureCodeProblems, relatedProcedureProblems } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkProcedures(ctx: CheckContext, all: readonly string[]): void {
  // Files named by a code come first, so a copy (1.001193-cu.yaml) is the one reported as the duplicate.
  const named = (f: string) => (PROCEDURE_CODE.test(codeOfFileName(baseName(f))) ? 0 : 1);
  const files = [...all].sort((a, b) => named(a) - named(b) || a.localeCompare(b));
  const records = [];
  // One schema for every file (see news.ts): the form rule reads the file being checked from `path`.
  let path = '';
  const schema = procedureSchema({
    fields: ctx.config.fields,
    formFile: () => ctx.existingFile(() => path, formPath(), `procedures/${FORMS_FOLDER}`),
  });
  for (path of files) {
    const text = ctx.readText(path);
    if (text === undefined) continue;
    const { data, doc, lines } = ctx.checkYaml(path, text, schema);
    if (doc && lines) {
      for (const s of scalars(doc, lines)) if (typeof s.value === 'string') ctx.checkBody(path, scanBody(s.value, s.line));
    }
    if (data && doc && lines) {
      const related = data.related.map((code, i) => ({ code, line: lineOf(doc, lines, ['related', i]) }));
      records.push({
        file: label(path),
        name: codeOfFileName(baseName(path)),
        code: data.code,
        line: lineOf(doc, lines, ['code']),
        related,
        desk: data.desk,
        deskLine: lineOf(doc, lines, ['desk']),
        data,
      });
    }
  }
  ctx.problems.push(
    ...procedureCodeProblems(records),
    ...relatedProcedureProblems(records),
    ...deskProblems(
      records.map((r) => ({ file: r.file, desk: r.desk, line: r.deskLine })),
      ctx.config.desks,
    ),
  );
  // What the unit's site shows of the catalog (maybe the units' shared one): its level's procedures.
  const site = ctx.config.site;
  ctx.routes.procedures = firstOfEach(records, (r) => r.code)
    .map((r) => r.data)
    .filter((p) => !site || listsProcedure(site.unit.level, p.levels));
}
