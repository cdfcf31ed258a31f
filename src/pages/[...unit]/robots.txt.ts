import { onePerUnit } from '../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import { loadConfig } from '../../data/config.ts';
import { paths } from '../../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${paths.home}\nSitemap: ${new URL(paths.sitemap, loadConfig().site.site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

export const getStaticPaths = onePerUnit;
