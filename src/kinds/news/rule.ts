/** News articles: file names, frontmatter, cover image and body; which will be published. */
import { z } from 'astro/zod';
import { newsSchema } from '../../lib/schemas/news.ts';
import { isPublished } from '../../lib/content/publishing.ts';
import { vietnamMonth } from '../../lib/dates.ts';
import { RESERVED_SLUGS, paths } from '../../lib/routes.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { slugProblems } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkNews(ctx: CheckContext, files: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      files.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.news,
    ),
  );
  // One schema for every file (building a zod schema costs more than using it); the cover rule
  // reads the file being checked from `path`, set before each (synchronous) parse.
  let path = '';
  const cover = () =>
    z.string({ error: msg.coverMissingSrc() }).superRefine((src, issue) => {
      const problem = ctx.imageProblem(path, src);
      if (problem) issue.addIssue({ code: 'custom', message: problem });
    });
  const schema = newsSchema({ image: cover, categories: ctx.config.categories });
  for (path of files) {
    const data = ctx.checkMarkdown(path, schema);
    if (!data) continue;
    const slug = baseName(path);
    if (isPublished(data, ctx.corpus.now, ctx.corpus.preview))
      ctx.routes.news.push({ slug, category: data.category, month: vietnamMonth(data.date), tags: data.tags });
    else ctx.unpublished.add(paths.article(slug));
  }
}
