/**
 * A kind's entries as one unit sees them: the current unit's own (src/data/units.ts), or those of a
 * shared kind that concern it, with the ids a one-unit repository would give them ("2024/slug", "gioi-thieu"), so
 * that nothing after this point knows how many units the repository holds.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { KINDS } from '../kinds/index.ts';
import type { ContentKind } from '../kinds/kind.ts';
import { loadConfig } from './config.ts';
import { currentUnit, entryUnit, multiUnit } from './units.ts';

/** The id an entry of `unit` would have in a one-unit repository. */
function localId(id: string, unit: string, kindFolder: string, pathIds: boolean): string {
  const own = id.slice(unit.length + 1);
  return pathIds ? own.slice(kindFolder.length + 1) : own;
}

export async function unitCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(name);
  const kind: ContentKind = KINDS.find((k) => k.name === name)!;
  if (kind.shared) {
    // What concerns the unit of the shared catalog: the procedures of its level (src/lib/units/scope.ts).
    const level = loadConfig().site.unit.level;
    return kind.concerns ? entries.filter((e) => kind.concerns!(e.data, level)) : entries;
  }
  if (!multiUnit) return entries;
  const unit = currentUnit();
  return entries.filter((e) => entryUnit(e.id) === unit).map((e) => ({ ...e, id: localId(e.id, unit, kind.folder, kind.id === 'path') }));
}
