/**
 * Questions answered: file names, frontmatter, an answer in the body, related procedures and
 * documents that the site has (after the procedures and documents rules); which will be published.
 */
import { questionSchema } from '../../lib/schemas/question.ts';
import { isPublished } from '../../lib/content/publishing.ts';
import { RESERVED_SLUGS, paths } from '../../lib/routes.ts';
import { lineOf } from '../../lib/validation.ts';
import { label } from '../../lib/check/corpus.ts';
import { msg } from '../../lib/content/messages.ts';
import { questionReferenceProblems, slugProblems, type QuestionRefs } from '../../lib/content/cross-file.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';
import { BODY } from '../../lib/content/cross-file.ts';

export function checkQuestions(ctx: CheckContext, files: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      files.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.questions,
    ),
  );
  const refs: QuestionRefs[] = [];
  for (const path of files) {
    const parsed = ctx.parseMarkdown(path, questionSchema({ fields: ctx.config.fields }));
    const { data, doc, lines } = parsed ?? {};
    if (!parsed || !data || !doc || !lines) continue;
    const line = (key: 'procedures' | 'documents', i: number) => lineOf(doc, lines, [key, i], parsed.offset);
    refs.push({
      file: label(path),
      procedures: data.procedures.map((code, i) => ({ code, line: line('procedures', i) })),
      documents: data.documents.map((slug, i) => ({ slug, line: line('documents', i) })),
    });
    const slug = baseName(path);
    if (!isPublished({ date: data.answered, draft: data.draft }, ctx.corpus.now, ctx.corpus.preview)) {
      ctx.unpublished.add(paths.question(slug));
      continue;
    }
    if (!parsed.body.trim()) ctx.add({ file: label(path), field: BODY, message: msg.noAnswer() });
    ctx.routes.questions.push({ slug, field: data.field });
  }
  const codes = new Set(ctx.routes.procedures.map((p) => p.code));
  const documents = new Set(ctx.routes.documents.map((d) => d.slug));
  ctx.problems.push(...questionReferenceProblems(refs, codes, documents));
}
