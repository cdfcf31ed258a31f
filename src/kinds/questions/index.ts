/** Questions answered: content/questions/<year>/<slug>.md, the body is the answer; published from the answer's date. */
import { t } from '../../i18n/vi.ts';
import { defineKind, entrySlug } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { questionSchema } from '../../lib/schemas/question.ts';
import { checkQuestions } from './rule.ts';

export default defineKind({
  name: 'questions',
  label: 'hỏi đáp',
  folder: 'questions',
  glob: '**/[^_]*.md',
  id: 'path',
  schema: (settings) => questionSchema({ fields: settings.fields }),
  check: checkQuestions,
  publishing: (question) => ({ date: question.answered, draft: question.draft }),
  search: { label: t.search.kinds.question },
  sitemap: (questions, { fields }) => [
    { path: paths.questions },
    ...fields.filter((f) => questions.some((q) => q.data.field === f.name)).map((f) => ({ path: paths.questionField(f.slug) })),
    ...questions.map(({ id, data }) => ({ path: paths.question(entrySlug(id)), lastmod: data.answered })),
  ],
});
