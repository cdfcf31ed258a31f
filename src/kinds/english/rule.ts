/** English pages (content/en/): frontmatter and body like static pages, and the unit's English identity in site.yaml they need. */
import { pageSchema } from '../../lib/schemas/page.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkEnglish(ctx: CheckContext, files: readonly string[]): void {
  for (const path of files) ctx.checkMarkdown(path, pageSchema);
  if (files.length && ctx.config.site && !ctx.config.site.english)
    ctx.add({ file: label('site.yaml'), field: 'english', message: msg.englishMissing() });
  ctx.routes.english = files.map(baseName);
}
