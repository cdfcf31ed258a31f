/** The procedure catalog, loaded and checked once per build; forms' sizes read once for their download labels. */
import { perUnit, sharedDir } from './units.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { ContentError } from '../lib/validation.ts';
import {
  deskProblems,
  missingAttachments,
  procedureCodeProblems,
  relatedProcedureProblems,
  type AttachmentRef,
} from '../lib/content/cross-file.ts';
import { attachmentExtension, attachmentName, describeAttachment } from '../lib/documents/files.ts';
import { FORMS_FOLDER, GOVERNMENT_LEVELS, ONLINE_LEVELS } from '../lib/schemas/procedure.ts';
import { codeOfFileName } from '../lib/schemas/fields.ts';
import { resolveRelative } from '../lib/content/relative-path.ts';
import type { Attachment } from './documents.ts';
import { agenciesOf, countBy, listed, relatedBothWays } from '../lib/procedures/catalog.ts';
import { filterScopes, type FilterScopes } from '../lib/procedures/catalog-pages.ts';
import { slugOfName } from '../lib/schemas/taxonomy.ts';
import type { GovernmentLevel, OnlineLevel } from '../lib/schemas/procedure.ts';
import { paths } from '../lib/routes.ts';
import { loadConfig } from './config.ts';

export type Procedure = CollectionEntry<'procedures'>['data'] & {
  url: string;
  file: string;
  /** Downloads of the dossier's forms, by `formFile` as written. */
  forms: Record<string, Attachment>;
};

const catalog = perUnit((): Promise<Procedure[]> => load());

async function load(): Promise<Procedure[]> {
  // The catalog may be the units' shared one: each unit lists the procedures of its level (src/lib/units/scope.ts),
  // with what differs for it (content/<unit>/overrides/<code>.yaml). An archive has no catalog pages,
  // but its old links to them lead to its successor's (src/lib/units/redirects.ts).
  const overrides = new Map((await unitCollection('overrides')).map((o) => [codeOfFileName(o.id), o.data]));
  const entries = (await unitCollection('procedures')).map((e) => ({ ...e, data: { ...e.data, ...overrides.get(e.data.code) } }));
  const files = entries.map((entry) => ({ file: entry.filePath ?? entry.id, name: codeOfFileName(entry.id), code: entry.data.code }));
  const problems = [
    ...procedureCodeProblems(files),
    ...relatedProcedureProblems(
      entries.map((entry, i) => ({ file: files[i]!.file, code: entry.data.code, related: entry.data.related.map((code) => ({ code })) })),
    ),
    ...deskProblems(
      entries.map((entry, i) => ({ file: files[i]!.file, desk: entry.data.desk })),
      loadConfig().desks,
    ),
  ];
  const refs: AttachmentRef[] = [];
  const procedures = entries.map((entry, i) => {
    const forms: Record<string, Attachment> = {};
    for (const written of entry.data.dossier.flatMap((c) => c.documents).flatMap((d) => (d.formFile ? [d.formFile] : []))) {
      // The written path is relative to the procedure file, which sits in content/procedures/.
      const source = resolveRelative(`${entry.id}.yaml`, written) ?? written;
      const name = attachmentName(source);
      const size = statSync(join(sharedDir, 'procedures', source), { throwIfNoEntry: false })?.size;
      const url = paths.form(name);
      refs.push({
        file: files[i]!.file,
        written,
        url,
        source: `content/procedures/${source}`,
        exists: size !== undefined,
        folder: `content/procedures/${FORMS_FOLDER}/`,
      });
      if (size !== undefined) forms[written] = { url, description: describeAttachment(name, size), extension: attachmentExtension(name)! };
    }
    return { ...entry.data, url: paths.procedure(entry.data.code), file: files[i]!.file, forms };
  });
  problems.push(...missingAttachments(refs));
  if (problems.length) throw new ContentError(problems);
  return procedures;
}

/** Every procedure, rescinded ones included (their pages stay reachable). */
export const allProcedures = () => catalog();

const related = perUnit(() =>
  allProcedures().then((all) => {
    const byCode = new Map(all.map((q) => [q.code, q]));
    return new Map([...relatedBothWays(all)].map(([code, codes]) => [code, codes.map((c) => byCode.get(c)!)]));
  }),
);

/** Procedures related to `p`, both ways (computed once per build for the whole catalog). */
export async function relatedProcedures(p: Procedure): Promise<Procedure[]> {
  return (await related()).get(p.code) ?? [];
}

export interface CatalogCounts {
  total: number;
  byField: Map<string, number>;
  byLevel: Map<GovernmentLevel, number>;
  byOnline: Map<OnlineLevel, number>;
  byApplicant: Map<string, number>;
  byAgency: Map<string, number>;
}

const counts = perUnit((): Promise<CatalogCounts> =>
  listedProcedures().then((all) => ({
    total: all.length,
    byField: countBy(all, (p) => p.field),
    byLevel: countBy(all, (p) => p.levels),
    byOnline: countBy(all, (p) => p.online),
    byApplicant: countBy(all, (p) => p.applicants),
    byAgency: countBy(all, agenciesOf),
  })),
);

/** How many listed procedures each filter value has: counted once per build for every catalog page's filters. */
export const catalogCounts = () => counts();

/** When a procedure's record last changed: its update, or the decision that published it. */
export const procedureUpdated = (p: Pick<Procedure, 'updated' | 'decision'>) => p.updated ?? p.decision?.date;

/** Procedures shown in the catalog's lists. */
export const listedProcedures = async () => listed(await allProcedures());

export const fieldSlug = (name: string) => slugOfName(loadConfig().fields, name);
export const fieldUrl = (name: string) => paths.field(fieldSlug(name));

const scopes = perUnit((): Promise<FilterScopes<Procedure>> =>
  listedProcedures().then((all) => filterScopes(all, loadConfig().fields, GOVERNMENT_LEVELS, ONLINE_LEVELS)),
);

/** Every catalog filter page's procedures, computed once per build. */
export const catalogScopes = () => scopes();
