/** The static pages, loaded and ordered once per build (content/pages/*.md, by `order` then title). */
import { perUnit } from './units.ts';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';

export type StaticPage = CollectionEntry<'pages'>;

const pages = perUnit((): Promise<StaticPage[]> =>
  unitCollection('pages').then((list) =>
    list.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi')),
  ),
);

export const allPages = () => pages();
