/** Each disclosure section's RSS feed: its newest documents and news. */
import { unitPaths } from '../../../data/unit-routes.ts';
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { disclosureLists, type DisclosureList } from '../../../data/disclosure.ts';
import { loadConfig } from '../../../data/config.ts';
import { t } from '../../../i18n/vi.ts';

const FEED_LENGTH = 30;

export const getStaticPaths = unitPaths(async () => {
  return (await disclosureLists()).map((list) => ({ params: { section: list.section.slug }, props: { list } }));
});

export const GET: APIRoute = async ({ props }) => {
  const { section, items } = (props as { list: DisclosureList }).list;
  const { site } = loadConfig();
  return rss({
    title: `${section.title} – ${site.site.title}`,
    description: section.description ?? t.disclosure.intro(section.title, items.length),
    site: site.site.url,
    trailingSlash: true,
    customData: '<language>vi</language>',
    items: items.slice(0, FEED_LENGTH).map((item) => ({
      title: item.title,
      link: new URL(item.url, site.site.url).href,
      pubDate: item.date,
      description: item.summary ?? item.kind,
      categories: [section.title],
    })),
  });
};
