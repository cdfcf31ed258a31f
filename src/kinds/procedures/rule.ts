/** Procedure records: the schema, text fields scanned like bodies, one file per code named by it. */
import { listsProcedure } from '../../lib/units/scope.ts';
import { FORMS_FOLDER, formPath, procedureSchema } from '../../lib/schemas/procedure.ts';
import type { Document, LineCounter } from 'yaml';
import type { z } from 'astro/zod';

type Procedure = z.infer<ReturnType<typeof procedureSchema>>;
import { PROCEDURE_CODE, codeOfFileName } from '../../lib/schemas/fields.ts';
import { lineOf } from '../../lib/validation.ts';
import { label } from '../../lib/check/corpus.ts';
import { scanBody } from '../../lib/check/body.ts';
import { scalars } from '../../lib/check/yaml-walk.ts';
import { deskProblems, firstOfEach, procedureCodeProblems, relatedProcedureProblems } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

/** What checking one record found: its problems, the links of its texts, and the record when it is whole. */
interface Checked {
  problems: CheckContext['problems'];
  links: CheckContext['links'];
  record?: ReturnType<typeof recordOf>;
}

const recordOf = (path: string, data: Procedure, doc: Document, lines: LineCounter) => ({
  file: label(path),
  name: codeOfFileName(baseName(path)),
  code: data.code,
  line: lineOf(doc, lines, ['code']),
  related: data.related.map((code, i) => ({ code, line: lineOf(doc, lines, ['related', i]) })),
  desk: data.desk,
  deskLine: lineOf(doc, lines, ['desk']),
  data,
});

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
  /** One record checked: what it added to the context, kept apart so another unit can take it as it is. */
  const check = (): Checked => {
    const [problems, links] = [ctx.problems.length, ctx.links.length];
    const text = ctx.readText(path);
    const { data, doc, lines } = text === undefined ? {} : ctx.checkYaml(path, text, schema);
    if (doc && lines) {
      for (const s of scalars(doc, lines)) if (typeof s.value === 'string') ctx.checkBody(path, scanBody(s.value, s.line));
    }
    return {
      problems: ctx.problems.splice(problems),
      links: ctx.links.splice(links),
      record: data && doc && lines ? recordOf(path, data, doc, lines) : undefined,
    };
  };
  // A province's catalog is every unit's: checked for the first, taken as it is by the others
  // (the records' fields are read with the same settings).
  const shared = ctx.corpus.shared;
  const settings = JSON.stringify(ctx.config.fields);
  for (path of files) {
    const key = shared?.has(path) ? `procedures\0${settings}\0${path}` : undefined;
    let checked = key === undefined ? undefined : (shared!.memo.get(key) as Checked | undefined);
    if (!checked) {
      checked = check();
      if (key !== undefined) shared!.memo.set(key, checked);
    }
    ctx.problems.push(...checked.problems);
    ctx.links.push(...checked.links);
    if (checked.record) records.push(checked.record);
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
