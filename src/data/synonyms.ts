/** Loads the search vocabulary: content/search-synonyms.yaml and content/search-stopwords.yaml (both optional). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stopWordsSchema, synonymsSchema } from '../lib/schemas/synonyms.ts';
import type { Synonym } from '../lib/search/synonyms.ts';
import { validateYaml } from '../lib/validation.ts';
import { sharedDir as contentDir } from './units.ts';

export const SYNONYMS_FILE = 'search-synonyms.yaml';
export const STOP_WORDS_FILE = 'search-stopwords.yaml';

let cache: Synonym[] | undefined;

/** The editors' abbreviation list, validated once per build; throws ContentError with Vietnamese messages. */
export function loadSynonyms(dir = contentDir): Synonym[] {
  if (cache && dir === contentDir) return cache;
  const path = join(dir, SYNONYMS_FILE);
  const list = existsSync(path) ? validateYaml(`content/${SYNONYMS_FILE}`, readFileSync(path, 'utf8'), synonymsSchema) : [];
  if (dir === contentDir) cache = list;
  return list;
}

/** The words search may leave out of a query that finds nothing as typed. */
export function loadStopWords(dir = contentDir): string[] {
  const path = join(dir, STOP_WORDS_FILE);
  return existsSync(path) ? validateYaml(`content/${STOP_WORDS_FILE}`, readFileSync(path, 'utf8'), stopWordsSchema) : [];
}
