import type { APIRoute } from 'astro';
import { loadConfig } from '../data/config.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', loadConfig().site.site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
