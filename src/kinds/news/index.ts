/** News articles: content/news/<year>/<slug>.md, published from their date on. */
import { t } from '../../i18n/vi.ts';
import { defineKind, entrySlug } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { newsSchema } from '../../lib/schemas/news.ts';
import { checkNews } from './rule.ts';

export default defineKind({
  name: 'news',
  label: 'tin tức',
  folder: 'news',
  glob: '**/[^_]*.md',
  media: 'images',
  id: 'path',
  // The id keeps the year folder ("2024/slug"); the URL uses the slug alone, whose uniqueness
  // the checker and src/data/news.ts check. Bodies are rendered once, when the collection syncs,
  // and cached between builds: deferRender would make every entry a Vite module (the bundle step
  // several times slower at 10,000 articles).
  schema: (settings, image) => newsSchema({ image, categories: settings.categories }),
  check: checkNews,
  publishing: (article) => article,
  search: { label: t.search.kinds.news },
  sitemap: (articles, { categories }) => [
    { path: paths.news },
    ...categories.map((c) => ({ path: paths.category(c.slug) })),
    ...articles.map(({ id, data }) => ({ path: paths.article(entrySlug(id)), lastmod: data.updated ?? data.date })),
  ],
});
