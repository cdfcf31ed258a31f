/** News articles: content/news/<year>/<slug>.md, published from their date on. */
import { defineKind } from '../kind.ts';
import { newsSchema } from '../../lib/schemas/news.ts';
import { checkNews } from './rule.ts';

export default defineKind({
  name: 'news',
  label: 'tin tức',
  folder: 'news',
  glob: '**/[^_]*.md',
  id: 'path',
  // The id keeps the year folder ("2024/slug"); the URL uses the slug alone, whose uniqueness
  // the checker and src/data/news.ts check. Bodies are rendered once, when the collection syncs,
  // and cached between builds: deferRender would make every entry a Vite module (the bundle step
  // several times slower at 10,000 articles).
  schema: (settings, image) => newsSchema({ image, categories: settings.categories }),
  check: checkNews,
  publishing: (article) => article,
});
