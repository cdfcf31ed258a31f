/** The procedure catalog, loaded and checked once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/validation.ts';
import { procedureCodeProblems } from '../lib/check/cross-file.ts';
import { listed } from '../lib/procedures/catalog.ts';
import { slugify } from '../lib/text.ts';
import { paths } from '../lib/routes.ts';
import { loadConfig } from './config.ts';

export type Procedure = CollectionEntry<'procedures'>['data'] & { url: string; file: string };

let catalog: Promise<Procedure[]> | undefined;

async function load(): Promise<Procedure[]> {
  const entries = await getCollection('procedures');
  const files = entries.map((entry) => ({ file: entry.filePath ?? entry.id, name: entry.id, code: entry.data.code }));
  const problems = procedureCodeProblems(files);
  if (problems.length) throw new ContentError(problems);
  return entries.map((entry, i) => ({ ...entry.data, url: paths.procedure(entry.data.code), file: files[i]!.file }));
}

/** Every procedure, rescinded ones included (their pages stay reachable). */
export const allProcedures = () => (catalog ??= load());

/** Procedures shown in the catalog's lists. */
export const listedProcedures = async () => listed(await allProcedures());

export const fieldSlug = (name: string) => loadConfig().fields.find((f) => f.name === name)?.slug ?? slugify(name);
export const fieldUrl = (name: string) => paths.field(fieldSlug(name));
