import type { APIRoute } from 'astro';
import { allNews } from '../data/news';
import { newsFeed } from '../data/feeds';
import { loadConfig } from '../data/config';

export const GET: APIRoute = async () => {
  const { site } = loadConfig();
  return newsFeed(await allNews(), site.site.title, site.site.description);
};
