/** Loads content/search-synonyms.yaml (optional: a site without it simply has no abbreviations). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synonymsSchema } from '../lib/schemas/synonyms.ts';
import type { Synonym } from '../lib/search/synonyms.ts';
import { validateYaml } from '../lib/validation.ts';
import { contentDir } from './config.ts';

export const SYNONYMS_FILE = 'search-synonyms.yaml';

let cache: Synonym[] | undefined;

/** The editors' abbreviation list, validated once per build; throws ContentError with Vietnamese messages. */
export function loadSynonyms(dir = contentDir): Synonym[] {
  if (cache && dir === contentDir) return cache;
  const path = join(dir, SYNONYMS_FILE);
  const list = existsSync(path) ? validateYaml(`content/${SYNONYMS_FILE}`, readFileSync(path, 'utf8'), synonymsSchema) : [];
  if (dir === contentDir) cache = list;
  return list;
}
