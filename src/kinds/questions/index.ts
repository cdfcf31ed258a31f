/** Questions answered: content/questions/<year>/<slug>.md, the body is the answer; published from the answer's date. */
import { defineKind } from '../kind.ts';
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
});
