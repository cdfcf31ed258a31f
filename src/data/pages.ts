/** The static pages, loaded and ordered once per build (content/pages/*.md, by `order` then title). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type StaticPage = CollectionEntry<'pages'>;

let pages: Promise<StaticPage[]> | undefined;

export const allPages = () =>
  (pages ??= getCollection('pages').then((list) =>
    list.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi')),
  ));
