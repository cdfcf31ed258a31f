/** The procedure catalog, loaded and checked once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type Problem } from '../lib/validation.ts';
import { msg } from '../lib/check/messages.ts';
import { listed } from '../lib/procedures/catalog.ts';
import { slugify } from '../lib/text.ts';
import { paths } from '../lib/routes.ts';
import { loadConfig } from './config.ts';

export type Procedure = CollectionEntry<'procedures'>['data'] & { url: string; file: string };

let catalog: Promise<Procedure[]> | undefined;

async function load(): Promise<Procedure[]> {
  const entries = await getCollection('procedures');
  const problems: Problem[] = [];
  const byCode = new Map<string, string>();
  const result: Procedure[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? entry.id;
    const { code } = entry.data;
    if (byCode.has(code)) {
      problems.push({ file, field: 'code', message: msg.duplicateCode(code, byCode.get(code)!) });
    } else if (entry.id !== code) {
      problems.push({ file, field: 'code', message: msg.codeFileName(code) });
    }
    byCode.set(code, file);
    result.push({ ...entry.data, url: paths.procedure(code), file });
  }
  if (problems.length) throw new ContentError(problems);
  return result;
}

/** Every procedure, rescinded ones included (their pages stay reachable). */
export const allProcedures = () => (catalog ??= load());

/** Procedures shown in the catalog's lists. */
export const listedProcedures = async () => listed(await allProcedures());

export const fieldSlug = (name: string) => loadConfig().fields.find((f) => f.name === name)?.slug ?? slugify(name);
export const fieldUrl = (name: string) => paths.field(fieldSlug(name));
