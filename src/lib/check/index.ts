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
import { linksRule } from './rules/links.ts';
import { freshnessRule } from './rules/freshness.ts';
import { strayRule } from './rules/stray.ts';
import { KINDS, type Kind } from '../../kinds/index.ts';
import { entryMatcher } from '../../kinds/kind.ts';

export type { Corpus } from './corpus.ts';
export type { Problem } from '../validation.ts';

/** A kind's rule: its check over the kind's files (its glob, parked files left out). */
export function kindRule(kind: Pick<Kind, 'label' | 'folder' | 'glob' | 'check'>): Rule {
  const isEntry = entryMatcher(kind.folder, kind.glob);
  return { name: kind.label, run: (ctx) => kind.check(ctx, ctx.files(isEntry)) };
}

/** The rules in order: the configuration first, then each kind's files (src/kinds/), then the links between them, and files no rule read. */
export const RULES: readonly Rule[] = [configRule, imageSizeRule, ...KINDS.map(kindRule), linksRule, freshnessRule, strayRule(KINDS)];

/**
 * The problems (they stop the build), the warnings (sections left stale: they do not), and every
 * path the site will have (src/lib/site-paths.ts) as the content stands.
 */
export function checkSite(corpus: Corpus): { problems: Problem[]; warnings: Problem[]; paths: Set<string> } {
  const ctx = new CheckContext(corpus);
  for (const rule of RULES) rule.run(ctx);
  return { problems: ctx.sortedProblems(), warnings: ctx.warnings, paths: ctx.paths };
}

/** Runs every rule over the corpus; problems sorted by file and line. */
export function checkContent(corpus: Corpus): Problem[] {
  return checkSite(corpus).problems;
}
