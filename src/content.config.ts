/**
 * Astro's content collections, one per kind of the registry (src/kinds/): each kind's folder, glob,
 * entry ids and schema, as the kind declares them. Nothing about a kind is written here.
 */
import { defineCollection } from 'astro:content';
import type { ImageFunction } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { contentDir, loadConfig } from './data/config.ts';
import { KINDS, type Kind } from './kinds/index.ts';
import { entryId } from './kinds/kind.ts';

const { categories, fields, documentTypes, leaders } = loadConfig();
const settings = { categories, fields, documentTypes, leaders };

/** What Astro reads of each collection's type, by the kind's name: its schema (entries' data types come from it). */
type Collections = {
  [K in Kind as K['name']]: ReturnType<typeof collection> & { schema: (context: { image: ImageFunction }) => ReturnType<K['schema']> };
};

function collection(kind: Kind) {
  const { id } = kind;
  return defineCollection({
    // A file whose name starts with "_" is parked, never an entry (the kinds' globs say [^_]).
    loader: glob({
      pattern: kind.glob,
      base: `${contentDir}/${kind.folder}`,
      ...(id !== 'path' && { generateId: ({ entry }) => entryId(id, entry) }),
    }),
    schema: ({ image }: { image: ImageFunction }) => kind.schema(settings, image),
  });
}

export const collections = Object.fromEntries(KINDS.map((kind) => [kind.name, collection(kind)])) as unknown as Collections;
