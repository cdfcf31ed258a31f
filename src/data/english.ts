/** The English pages, loaded and ordered once per build (content/en/*.md, by `order` then title). */
import { perUnit } from './units.ts';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';

export type EnglishPage = CollectionEntry<'english'>;

const pages = perUnit((): Promise<EnglishPage[]> =>
  unitCollection('english').then((list) =>
    list.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en')),
  ),
);

export const englishPages = () => pages();
