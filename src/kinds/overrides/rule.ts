/** A unit's procedure overrides: the schema, a file name that is a code its catalog lists, a desk of its desks.yaml. */
import { overrideSchema } from '../../lib/schemas/override.ts';
import { lineOf } from '../../lib/validation.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { deskProblems, FILE_NAME } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';
import { codeOfFileName } from '../../lib/schemas/fields.ts';

export function checkOverrides(ctx: CheckContext, files: readonly string[]): void {
  // The procedures rule ran first: the codes of the catalog as this unit lists it.
  const codes = new Set(ctx.routes.procedures.map((p) => p.code));
  const desks = [];
  for (const path of files) {
    const text = ctx.readText(path);
    if (text === undefined) continue;
    if (!codes.has(codeOfFileName(baseName(path))))
      ctx.add({ file: label(path), field: FILE_NAME, message: msg.unknownOverride(baseName(path)) });
    const { data, doc, lines } = ctx.checkYaml(path, text, overrideSchema);
    if (data && doc && lines) desks.push({ file: label(path), desk: data.desk, line: lineOf(doc, lines, ['desk']) });
  }
  ctx.problems.push(...deskProblems(desks, ctx.config.desks));
}
