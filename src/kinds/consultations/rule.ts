/** Consultations on drafts: file names, frontmatter, draft files that exist next to them, the body; which will be published. */
import { consultationFilePath, consultationSchema } from '../../lib/schemas/consultation.ts';
import { attachmentName } from '../../lib/documents/files.ts';
import { RESERVED_SLUGS, paths } from '../../lib/routes.ts';
import { label } from '../../lib/check/corpus.ts';
import { slugProblems } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkConsultations(ctx: CheckContext, files: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      files.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.consultations,
    ),
  );
  for (const path of files) {
    const data = ctx.checkMarkdown(
      path,
      consultationSchema({ file: () => ctx.existingFile(path, consultationFilePath(), 'consultations/tep') }),
    );
    if (!data) continue;
    const slug = baseName(path);
    if (data.draft && !ctx.corpus.preview) ctx.unpublished.add(paths.consultation(slug));
    else
      ctx.routes.consultations.push({
        slug,
        files: data.files.map((f) => decodeURIComponent(paths.consultationFile(attachmentName(f.file)))),
      });
  }
}
