/**
 * The published documents (văn bản), sorted newest first and indexed once per build. Pages ask
 * this module, never getCollection directly. Also stats each attachment for its size label.
 */
import { currentUnit, perUnit, unitDir } from './units.ts';
import { statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { entrySlug } from '../kinds/kind.ts';
import kind from '../kinds/documents/index.ts';
import { vietnamYear } from '../lib/dates.ts';
import { ContentError, type Problem } from '../lib/validation.ts';
import {
  attachmentClashes,
  documentNumberProblems,
  missingAttachments,
  slugProblems,
  type AttachmentRef,
} from '../lib/content/cross-file.ts';
import { numberKey } from '../lib/documents/list.ts';
import type { TaxonomyItem } from '../lib/schemas/taxonomy.ts';
import { RESERVED_SLUGS, paths } from '../lib/routes.ts';
import { attachmentExtension, describeAttachment } from '../lib/documents/files.ts';
import { attachmentUrl } from '../lib/documents/attachments.ts';
import { isPublishedNow } from './build-env.ts';
import { loadConfig } from './config.ts';

export interface Attachment {
  url: string;
  /** "PDF, 120 KB". */
  description: string;
  extension: string;
}

export type LegalDocument = CollectionEntry<'documents'> & {
  slug: string;
  url: string;
  year: number;
  /** The issuing body: the file's, or the unit's name (site.yaml). */
  issuer: string;
  attachment?: Attachment;
};

interface DocumentIndex {
  all: LegalDocument[];
  byType: Map<string, LegalDocument[]>;
  byYear: Map<number, LegalDocument[]>;
}

const index = perUnit((): Promise<DocumentIndex> => build());

/** Newest issue date first; ties by number so the order is stable. */
const byIssued = (a: LegalDocument, b: LegalDocument) =>
  b.data.issued.getTime() - a.data.issued.getTime() || a.data.number.localeCompare(b.data.number, 'vi');

async function build(): Promise<DocumentIndex> {
  const entries = (await unitCollection('documents'))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      entry,
      slug: entrySlug(entry.id),
      folder: entry.id.split('/').slice(0, -1).join('/'),
      file: entry.filePath ?? entry.id,
    }));
  const problems: Problem[] = [
    ...slugProblems(entries, RESERVED_SLUGS.documents),
    ...documentNumberProblems(
      entries.map(({ file, entry }) => ({ file, number: entry.data.number })),
      numberKey,
    ),
  ];
  const attachments: AttachmentRef[] = [];
  const published: LegalDocument[] = [];
  const unitName = loadConfig().site.unit.name;
  for (const { entry, slug, folder, file } of entries) {
    if (!isPublishedNow(kind, entry.data)) continue;
    let attachment: Attachment | undefined;
    if (entry.data.file) {
      // The id keeps the year folder; the attachment path is relative to the .md file.
      const path = join(unitDir(currentUnit()), 'documents', folder, entry.data.file);
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      const url = attachmentUrl(folder, entry.data.file);
      attachments.push({
        file,
        written: entry.data.file,
        url,
        source: posix.join(posix.dirname(file), entry.data.file),
        exists: size !== undefined,
        folder: `${dirname(path)}/`,
      });
      if (size === undefined) continue;
      attachment = { url, description: describeAttachment(entry.data.file, size), extension: attachmentExtension(entry.data.file)! };
    }
    published.push({
      ...entry,
      slug,
      url: paths.document(slug),
      year: vietnamYear(entry.data.issued),
      issuer: entry.data.issuer ?? unitName,
      attachment,
    });
  }
  problems.push(...missingAttachments(attachments), ...attachmentClashes(attachments));
  if (problems.length) throw new ContentError(problems);

  const all = published.sort(byIssued);
  const byType = new Map<string, LegalDocument[]>();
  const byYear = new Map<number, LegalDocument[]>();
  for (const d of all) {
    if (!byType.has(d.data.type)) byType.set(d.data.type, []);
    if (!byYear.has(d.year)) byYear.set(d.year, []);
    byType.get(d.data.type)!.push(d);
    byYear.get(d.year)!.push(d);
  }
  return { all, byType, byYear };
}

const documentIndex = () => index();

/** Every published document, newest first. */
export async function allDocuments(): Promise<LegalDocument[]> {
  return (await documentIndex()).all;
}

/** Types that have documents, in the order of content/document-types.yaml, with their documents. */
export async function documentsByType() {
  const { byType } = await documentIndex();
  return loadConfig()
    .documentTypes.filter((t) => byType.has(t.slug))
    .map((type) => ({ type, documents: byType.get(type.slug)! }));
}

/** Years that have documents, newest first, with their documents. */
export async function documentsByYear() {
  const { byYear } = await documentIndex();
  return [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, documents: byYear.get(year)! }));
}

export interface DocumentFacets {
  types: { type: TaxonomyItem; count: number }[];
  years: { year: number; count: number }[];
}

/** How many documents each type and each year has, for the filters of every list page. */
export async function documentFacets(): Promise<DocumentFacets> {
  return {
    types: (await documentsByType()).map(({ type, documents }) => ({ type, count: documents.length })),
    years: (await documentsByYear()).map(({ year, documents }) => ({ year, count: documents.length })),
  };
}

export const documentTypeName = (slug: string) => loadConfig().documentTypes.find((t) => t.slug === slug)?.name ?? slug;
