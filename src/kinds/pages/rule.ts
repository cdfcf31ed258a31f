/** Static pages: names that do not clash with the sections (disclosure sections included), frontmatter and body. */
import { pageSchema } from '../../lib/schemas/page.ts';
import { RESERVED_SLUGS } from '../../lib/routes.ts';
import { label } from '../../lib/check/corpus.ts';
import { FILE_NAME, slugProblems } from '../../lib/content/cross-file.ts';
import { msg } from '../../lib/content/messages.ts';
import { DEFAULT_SECTIONS } from '../../lib/disclosure/sections.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkPages(ctx: CheckContext, files: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      files.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.pages,
    ),
  );
  const sections = new Set((ctx.config.site?.disclosure ?? DEFAULT_SECTIONS).map((s) => s.slug));
  for (const path of files)
    if (sections.has(baseName(path))) ctx.add({ file: label(path), field: FILE_NAME, message: msg.sectionPage(baseName(path)) });
  for (const path of files) {
    const data = ctx.checkMarkdown(path, pageSchema);
    // The contacts page, for the freshness rule: when its directory was last checked.
    if (data?.contacts) ctx.latest.contacts = { file: label(path), updated: data.updated };
  }
  ctx.routes.pages = files.map(baseName);
}
