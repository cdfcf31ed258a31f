import { onePerUnit } from '../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { allNews } from '../../data/news.ts';
import { newsFeed } from '../../data/feeds.ts';
import { loadConfig } from '../../data/config.ts';

export const GET: APIRoute = async () => {
  const { site } = loadConfig();
  return newsFeed(await allNews(), site.site.title, site.site.description);
};

export const getStaticPaths = onePerUnit;
