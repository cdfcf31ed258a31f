/** English pages (content/en/): frontmatter and body like static pages, and the unit's English identity in site.yaml they need. */
import { pageSchema } from '../../schemas/page.ts';
import { label } from '../corpus.ts';
import { msg } from '../../content/messages.ts';
import { baseName, type Rule } from '../context.ts';

export const englishRule: Rule = {
  name: 'trang tiếng Anh',
  run(ctx) {
    const files = ctx.files(/^en\/[^/]+\.md$/);
    for (const path of files) ctx.checkMarkdown(path, pageSchema);
    if (files.length && ctx.config.site && !ctx.config.site.english)
      ctx.add({ file: label('site.yaml'), field: 'english', message: msg.englishMissing() });
    ctx.routes.english = files.map(baseName);
  },
};
