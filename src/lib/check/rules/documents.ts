/**
 * Documents (văn bản): the schema the build uses, plus the attachment exists and is not too large,
 * one number per document and no two attachments at one URL; which will be published.
 */
import { attachmentPath, documentSchema } from '../../schemas/document.ts';
import { ATTACHMENT_LIMIT, attachmentUrl } from '../../documents/files.ts';
import { numberKey } from '../../documents/list.ts';
import { vietnamYear } from '../../dates.ts';
import { isPublished } from '../../news/publishing.ts';
import { RESERVED_SLUGS, paths } from '../../routes.ts';
import { label, resolveRelative } from '../corpus.ts';
import { msg } from '../messages.ts';
import { attachmentClashes, documentNumberProblems, slugProblems, type AttachmentRef } from '../cross-file.ts';
import { baseName, type CheckContext, type Rule } from '../context.ts';

/** The attachment path, checked against the corpus: it exists (named with its line) and fits the limit. */
const attachmentIn = (ctx: CheckContext, path: string) => () =>
  attachmentPath().superRefine((src, issue) => {
    const target = resolveRelative(path, src);
    if (!target || !ctx.has.has(target)) {
      issue.addIssue({ code: 'custom', message: msg.attachmentMissing(src, label(path.split('/').slice(0, -1).concat('tep').join('/')) + '/') });
      return;
    }
    const bytes = ctx.corpus.read(target).length;
    if (bytes > ATTACHMENT_LIMIT) issue.addIssue({ code: 'custom', message: msg.attachmentTooLarge(src, bytes, ATTACHMENT_LIMIT) });
  });

export const documentsRule: Rule = {
  name: 'văn bản',
  run(ctx) {
    const files = ctx.files(/^documents\/.*\.md$/);
    ctx.problems.push(...slugProblems(files.map((path) => ({ file: label(path), slug: baseName(path) })), RESERVED_SLUGS.documents));
    const numbers: { file: string; number: string }[] = [];
    const attachments: AttachmentRef[] = [];
    for (const path of files) {
      const schema = documentSchema({ types: ctx.config.documentTypes, defaultIssuer: ctx.config.site?.unit.name ?? '', file: attachmentIn(ctx, path) });
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
      if (isPublished({ date: data.issued, draft: data.draft }, ctx.corpus.now, ctx.corpus.preview)) ctx.routes.documents.push({ slug, type: data.type, year: vietnamYear(data.issued), attachment });
      else ctx.unpublished.add(paths.document(slug));
    }
    ctx.problems.push(...documentNumberProblems(numbers, numberKey), ...attachmentClashes(attachments));
  },
};
