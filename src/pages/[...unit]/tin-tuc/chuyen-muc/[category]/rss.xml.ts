import { unitPaths } from '../../../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { newsInCategory } from '../../../../../data/news.ts';
import { newsFeed } from '../../../../../data/feeds.ts';
import { loadConfig } from '../../../../../data/config.ts';
import { t } from '../../../../../i18n/vi.ts';

export const getStaticPaths = unitPaths(() => {
  return loadConfig().categories.map((category) => ({ params: { category: category.slug }, props: { category } }));
});

export const GET: APIRoute = async ({ props }) => {
  const { category } = props as { category: { slug: string; name: string; description?: string } };
  const { site } = loadConfig();
  return newsFeed(
    await newsInCategory(category.slug),
    `${category.name} – ${site.site.title}`,
    category.description ?? t.news.feedFor(category.name),
  );
};
