/** Static pages: names that do not clash with the sections, frontmatter and body. */
import { pageSchema } from '../../schemas/page.ts';
import { RESERVED_SLUGS } from '../../routes.ts';
import { label } from '../corpus.ts';
import { slugProblems } from '../cross-file.ts';
import { baseName, type Rule } from '../context.ts';

export const pagesRule: Rule = {
  name: 'trang tĩnh',
  run(ctx) {
    const files = ctx.files(/^pages\/[^/]+\.md$/);
    ctx.problems.push(...slugProblems(files.map((path) => ({ file: label(path), slug: baseName(path) })), RESERVED_SLUGS.pages));
    for (const path of files) ctx.checkMarkdown(path, pageSchema);
    ctx.routes.pages = files.map(baseName);
  },
};
