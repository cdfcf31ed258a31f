/**
 * `npm run check`: validates every content file at once (Astro stops at the first bad one) and
 * returns every problem as file, line, field and a Vietnamese message. Pure: reads through a Corpus.
 * The rules run in order: later ones use what earlier ones learned (configuration, routes).
 */
import type { Problem } from '../validation.ts';
import type { Corpus } from './corpus.ts';
import { CheckContext, type Rule } from './context.ts';
import { configRule } from './rules/config.ts';
import { imageSizeRule } from './rules/images.ts';
import { newsRule } from './rules/news.ts';
import { pagesRule } from './rules/pages.ts';
import { proceduresRule } from './rules/procedures.ts';
import { documentsRule } from './rules/documents.ts';
import { scheduleRule } from './rules/schedule.ts';
import { questionsRule } from './rules/questions.ts';
import { statisticsRule } from './rules/statistics.ts';
import { consultationsRule } from './rules/consultations.ts';
import { englishRule } from './rules/english.ts';
import { mediaRule } from './rules/media.ts';
import { linksRule } from './rules/links.ts';

export type { Corpus } from './corpus.ts';
export type { Problem } from '../validation.ts';

export const RULES: readonly Rule[] = [
  configRule,
  imageSizeRule,
  newsRule,
  pagesRule,
  englishRule,
  proceduresRule,
  documentsRule,
  scheduleRule,
  questionsRule,
  statisticsRule,
  consultationsRule,
  mediaRule,
  linksRule,
];

/** The problems, and every path the site will have (src/lib/routes.ts) as the content stands. */
export function checkSite(corpus: Corpus): { problems: Problem[]; paths: Set<string> } {
  const ctx = new CheckContext(corpus);
  for (const rule of RULES) rule.run(ctx);
  return { problems: ctx.sortedProblems(), paths: ctx.paths };
}

/** Runs every rule over the corpus; problems sorted by file and line. */
export function checkContent(corpus: Corpus): Problem[] {
  return checkSite(corpus).problems;
}
