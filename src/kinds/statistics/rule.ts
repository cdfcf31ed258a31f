/** Dossier statistics: files named by their period, each month once, figures that add up. */
import { statisticsSchema } from '../../lib/schemas/statistics.ts';
import { comparePeriods, parsePeriodSlug, periodEnd, periodLabel, type Period } from '../../lib/statistics/periods.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { FILE_NAME, periodProblems } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkStatistics(ctx: CheckContext, files: readonly string[]): void {
  const schema = statisticsSchema({ fields: ctx.config.fields });
  const named: { file: string; period: Period }[] = [];
  for (const path of files) {
    const period = parsePeriodSlug(baseName(path));
    if (period) named.push({ file: label(path), period });
    else ctx.add({ file: label(path), field: FILE_NAME, message: msg.periodFileName(path.split('/').pop()!) });
    const text = ctx.readText(path);
    if (text !== undefined) ctx.checkYaml(path, text, schema);
  }
  ctx.problems.push(...periodProblems(named));
  // The newest period, for the freshness rule: its last day.
  const newest = named
    .map((n) => n.period)
    .sort(comparePeriods)
    .at(-1);
  if (newest) ctx.latest.statistics = { end: periodEnd(newest), label: periodLabel(newest) };
}
