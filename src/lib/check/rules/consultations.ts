/** Consultations on drafts: file names, frontmatter, draft files that exist next to them, the body; which will be published. */
import { consultationFilePath, consultationSchema } from '../../schemas/consultation.ts';
import { attachmentName } from '../../documents/files.ts';
import { RESERVED_SLUGS, paths } from '../../routes.ts';
import { label } from '../corpus.ts';
import { slugProblems } from '../../content/cross-file.ts';
import { baseName, type Rule } from '../context.ts';

export const consultationsRule: Rule = {
  name: 'lấy ý kiến dự thảo',
  run(ctx) {
    const files = ctx.files(/^consultations\/[^/]+\.md$/);
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
  },
};
