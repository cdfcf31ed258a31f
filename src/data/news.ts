/**
 * The published news, sorted and indexed once per build. Pages ask this module, never
 * getCollection directly, so no page scans the whole archive on its own.
 */
import { perUnit } from './units.ts';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { byNewest } from '../lib/content/publishing.ts';
import { entrySlug } from '../kinds/kind.ts';
import kind from '../kinds/news/index.ts';
import { buildRelatedIndex } from '../lib/news/related.ts';
import { vietnamMonth } from '../lib/dates.ts';
import { byMonth, type NewsMonth } from '../lib/news/months.ts';
import { ContentError } from '../lib/validation.ts';
import { slugProblems } from '../lib/content/cross-file.ts';
import { RESERVED_SLUGS, paths } from '../lib/routes.ts';
import { isPublishedNow } from './build-env.ts';
import { loadConfig } from './config.ts';

export type Article = CollectionEntry<'news'> & { slug: string; url: string };

interface NewsIndex {
  all: Article[];
  bySlug: Map<string, Article>;
  byCategory: Map<string, Article[]>;
  /** The archive by month, newest first: all news, and each category's. */
  months: NewsMonth<Article>[];
  monthsByCategory: Map<string, NewsMonth<Article>[]>;
  related: Map<string, string[]>;
  position: Map<string, number>;
}

const index = perUnit((): Promise<NewsIndex> => build());

async function build(): Promise<NewsIndex> {
  const entries = (await unitCollection('news')).map((entry) => ({
    entry,
    slug: entrySlug(entry.id),
    file: entry.filePath ?? entry.id,
  }));
  const problems = slugProblems(entries, RESERVED_SLUGS.news);
  if (problems.length) throw new ContentError(problems);
  const bySlug = new Map<string, Article>();
  for (const { entry, slug } of entries) {
    if (isPublishedNow(kind, entry.data)) bySlug.set(slug, { ...entry, slug, url: paths.article(slug) });
  }

  const all = [...bySlug.values()].sort(byNewest);
  const byCategory = new Map<string, Article[]>(loadConfig().categories.map((c) => [c.slug, []]));
  for (const a of all) byCategory.get(a.data.category)!.push(a);
  const related = buildRelatedIndex(all.map((a) => ({ id: a.slug, date: a.data.date, category: a.data.category, tags: a.data.tags })));
  const monthOf = (a: Article) => vietnamMonth(a.data.date);
  const months = byMonth(all, monthOf);
  const monthsByCategory = new Map([...byCategory].map(([slug, list]) => [slug, byMonth(list, monthOf)]));
  return { all, bySlug, byCategory, months, monthsByCategory, related, position: new Map(all.map((a, i) => [a.slug, i])) };
}

export const newsIndex = () => index();

export async function allNews(): Promise<Article[]> {
  return (await newsIndex()).all;
}

export async function newsInCategory(slug: string): Promise<Article[]> {
  return (await newsIndex()).byCategory.get(slug) ?? [];
}

/** The news archive by month (all categories, or one), newest month first. */
export async function newsMonths(category?: string): Promise<NewsMonth<Article>[]> {
  const index = await newsIndex();
  return category === undefined ? index.months : (index.monthsByCategory.get(category) ?? []);
}

export async function relatedNews(article: Article): Promise<Article[]> {
  const { related, bySlug } = await newsIndex();
  return (related.get(article.slug) ?? []).map((slug) => bySlug.get(slug)!);
}

/** The next older and next newer article. */
export async function neighbours(article: Article): Promise<{ older?: Article; newer?: Article }> {
  const { all, position } = await newsIndex();
  const i = position.get(article.slug)!;
  return { older: all[i + 1], newer: all[i - 1] };
}

export const categoryName = (slug: string) => loadConfig().categories.find((c) => c.slug === slug)?.name ?? slug;
