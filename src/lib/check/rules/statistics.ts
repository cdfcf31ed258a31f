/** Dossier statistics: files named by their period, each month once, figures that add up. */
import { statisticsSchema } from '../../schemas/statistics.ts';
import { parsePeriodSlug, type Period } from '../../statistics/periods.ts';
import { label } from '../corpus.ts';
import { msg } from '../../content/messages.ts';
import { FILE_NAME, periodProblems } from '../../content/cross-file.ts';
import { baseName, type Rule } from '../context.ts';

export const statisticsRule: Rule = {
  name: 'thống kê hồ sơ',
  run(ctx) {
    const schema = statisticsSchema({ fields: ctx.config.fields });
    const named: { file: string; period: Period }[] = [];
    for (const path of ctx.files(/^statistics\/[^/]+\.ya?ml$/)) {
      const period = parsePeriodSlug(baseName(path));
      if (period) named.push({ file: label(path), period });
      else ctx.add({ file: label(path), field: FILE_NAME, message: msg.periodFileName(path.split('/').pop()!) });
      const text = ctx.readText(path);
      if (text !== undefined) ctx.checkYaml(path, text, schema);
    }
    ctx.problems.push(...periodProblems(named));
  },
};
