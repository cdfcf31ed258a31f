/**
 * A kind's entries as one unit sees them: the current unit's own (src/data/units.ts), or all of a
 * shared kind's, with the ids a one-unit repository would give them ("2024/slug", "gioi-thieu"), so
 * that nothing after this point knows how many units the repository holds.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { KINDS } from '../kinds/index.ts';
import { currentUnit, entryUnit, multiUnit } from './units.ts';

/** The id an entry of `unit` would have in a one-unit repository. */
function localId(id: string, unit: string, kindFolder: string, pathIds: boolean): string {
  const own = id.slice(unit.length + 1);
  return pathIds ? own.slice(kindFolder.length + 1) : own;
}

export async function unitCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(name);
  const kind = KINDS.find((k) => k.name === name)!;
  if (!multiUnit || kind.shared) return entries;
  const unit = currentUnit();
  return entries.filter((e) => entryUnit(e.id) === unit).map((e) => ({ ...e, id: localId(e.id, unit, kind.folder, kind.id === 'path') }));
}
