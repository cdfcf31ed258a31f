/** Builds the RSS responses for all news and for one category. */
import rss from '@astrojs/rss';
import { feedItem } from '../lib/feed.ts';
import { categoryName, type Article } from './news.ts';
import { loadConfig } from './config.ts';

const FEED_LENGTH = 30;

export function newsFeed(articles: Article[], title: string, description: string) {
  const { site } = loadConfig();
  return rss({
    title,
    description,
    site: site.site.url,
    trailingSlash: true,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: '<language>vi</language>',
    items: articles.slice(0, FEED_LENGTH).map((a) =>
      feedItem(
        { title: a.data.title, url: a.url, date: a.data.date, summary: a.data.summary, category: categoryName(a.data.category), author: a.data.author, body: a.body ?? '' },
        site.site.url,
      ),
    ),
  });
}
