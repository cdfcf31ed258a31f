/**
 * Builds the RSS responses for all news and for one category. An item carries the article's body
 * as its page renders it: Astro's render() of the entry (the pages' own Markdown pipeline, its
 * images resolved to the files the page uses), turned into HTML by Astro's container.
 */
import rss from '@astrojs/rss';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { feedItem } from '../lib/feed.ts';
import { categoryName, type Article } from './news.ts';
import { loadConfig } from './config.ts';

const FEED_LENGTH = 30;

let container: Promise<AstroContainer> | undefined;

/** The article's body as HTML, exactly as its page shows it. */
async function bodyHtml(article: Article): Promise<string> {
  const { Content } = await render(article);
  return (await (container ??= AstroContainer.create())).renderToString(Content);
}

export async function newsFeed(articles: Article[], title: string, description: string) {
  const { site } = loadConfig();
  const items = await Promise.all(
    articles.slice(0, FEED_LENGTH).map(async (a) =>
      feedItem(
        {
          title: a.data.title,
          url: a.url,
          date: a.data.date,
          summary: a.data.summary,
          category: categoryName(a.data.category),
          author: a.data.author,
          html: await bodyHtml(a),
        },
        site.site.url,
      ),
    ),
  );
  return rss({
    title,
    description,
    site: site.site.url,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>vi</language>',
    items,
  });
}
