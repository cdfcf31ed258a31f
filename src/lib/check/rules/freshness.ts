/** Sections the law wants kept current: warnings, not errors, when their newest content is too old. */
import { staleSections, DEFAULT_FRESHNESS } from '../../content/freshness.ts';
import { vietnamDate } from '../../dates.ts';
import type { Rule } from '../context.ts';

export const freshnessRule: Rule = {
  name: 'nội dung cần cập nhật',
  run(ctx) {
    // An archive is kept as it was: nothing in it is expected to be current.
    if (ctx.config.site?.archive.archived) return;
    const limits = ctx.config.site?.freshness ?? DEFAULT_FRESHNESS;
    ctx.warnings.push(...staleSections(ctx.latest, limits, vietnamDate(ctx.corpus.now)));
  },
};
