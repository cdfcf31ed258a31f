/**
 * Documents (văn bản): the schema the build uses, plus the attachment exists and is not too large,
 * one number per document and no two attachments at one URL; which will be published.
 */
import { attachmentPath, documentSchema } from '../../lib/schemas/document.ts';
import { attachmentUrl } from '../../lib/documents/attachments.ts';
import { numberKey } from '../../lib/documents/list.ts';
import { vietnamYear } from '../../lib/dates.ts';
import { isPublished } from '../../lib/content/publishing.ts';
import { RESERVED_SLUGS, paths } from '../../lib/routes.ts';
import { label } from '../../lib/check/corpus.ts';
import { resolveRelative } from '../../lib/content/relative-path.ts';
import { attachmentClashes, documentNumberProblems, slugProblems, type AttachmentRef } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkDocuments(ctx: CheckContext, files: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      files.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.documents,
    ),
  );
  const numbers: { file: string; number: string }[] = [];
  const attachments: AttachmentRef[] = [];
  // One schema for every file (see news.ts): the attachment rule reads the file being checked from `path`.
  let path = '';
  const schema = documentSchema({
    types: ctx.config.documentTypes,
    file: () =>
      ctx.existingFile(
        () => path,
        attachmentPath(),
        () => path.split('/').slice(0, -1).concat('tep').join('/'),
      ),
  });
  for (path of files) {
    const data = ctx.checkMarkdown(path, schema);
    if (!data) continue;
    numbers.push({ file: label(path), number: data.number });
    const source = data.file && resolveRelative(path, data.file);
    let attachment: string | undefined;
    if (data.file && source) {
      // Existence is the schema's rule above (it names the line); here only clashes between files.
      const url = attachmentUrl(path.split('/').slice(1, -1).join('/'), data.file);
      attachments.push({ file: label(path), written: data.file, url, source: label(source), folder: '' });
      attachment = decodeURIComponent(url);
    }
    const slug = baseName(path);
    if (isPublished({ date: data.issued, draft: data.draft }, ctx.corpus.now, ctx.corpus.preview))
      ctx.routes.documents.push({ slug, type: data.type, year: vietnamYear(data.issued), attachment, field: data.field });
    else ctx.unpublished.add(paths.document(slug));
  }
  ctx.problems.push(...documentNumberProblems(numbers, numberKey), ...attachmentClashes(attachments));
}
