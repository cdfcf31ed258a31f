/**
 * Astro's content collections, one per kind of the registry (src/kinds/): each kind's folder, glob,
 * entry ids and schema, as the kind declares them. Nothing about a kind is written here.
 */
import { defineCollection } from 'astro:content';
import type { ImageFunction } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { parentUnitOf, schemaSettings } from './data/config.ts';
import { allUnitIds, contentDir, unitIds } from './data/units.ts';
import { KINDS, type Kind } from './kinds/index.ts';
import { kindFiles } from './kinds/kind.ts';
import { SHARED_FOLDER, unitsToRead } from './lib/units/units.ts';

const settings = schemaSettings();
/** The units this build renders and their children (the checker has read every site.yaml before Astro starts). */
const units = unitsToRead(allUnitIds, unitIds, parentUnitOf);

/** What Astro reads of each collection's type, by the kind's name: its schema (entries' data types come from it). */
type Collections = {
  [K in Kind as K['name']]: ReturnType<typeof collection> & { schema: (context: { image: ImageFunction }) => ReturnType<K['schema']> };
};

function collection(kind: Kind) {
  // The files of the kind of every unit read (src/data/units.ts): one collection per kind, whatever the number of units.
  const files = kindFiles(kind, units, SHARED_FOLDER);
  const generateId = files.id;
  return defineCollection({
    // A file whose name starts with "_" is parked, never an entry (the kinds' globs say [^_]).
    loader: glob({
      pattern: files.pattern,
      base: `${contentDir}/${files.base}`,
      ...(generateId && { generateId: ({ entry }) => generateId(entry) }),
    }),
    schema: ({ image }: { image: ImageFunction }) => kind.schema(settings, image),
  });
}

export const collections = Object.fromEntries(KINDS.map((kind) => [kind.name, collection(kind)])) as unknown as Collections;
