/** The English pages, loaded and ordered once per build (content/en/*.md, by `order` then title). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type EnglishPage = CollectionEntry<'english'>;

let pages: Promise<EnglishPage[]> | undefined;

export const englishPages = () =>
  (pages ??= getCollection('english').then((list) =>
    list.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en')),
  ));
