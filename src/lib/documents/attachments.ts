/**
 * Which attachment files a build publishes: one entry per published document with a `file`,
 * from the same schema and publishing rule the pages use. Pure: the build pipeline (src/cli/content-files.ts) does the I/O.
 */
import { documentSchema } from '../schemas/document.ts';
import type { TaxonomyItem } from '../schemas/taxonomy.ts';
import { isPublished } from '../content/publishing.ts';
import { parseYaml } from '../validation.ts';
import { splitFrontmatter } from '../content/text-file.ts';
import { resolveRelative } from '../content/relative-path.ts';
import { attachmentName } from './files.ts';
import { paths } from '../routes.ts';

export interface AttachmentCopy {
  /** The document file, relative to content/documents ("2024/slug.md"). */
  document: string;
  /** The attachment as written in the document ("./tep/125-qd-ubnd.pdf"). */
  written: string;
  /** The attachment, relative to content/documents ("2024/tep/125-qd-ubnd.pdf"). */
  source: string;
  /** Where the site serves it ("/van-ban/tep/2024/125-qd-ubnd.pdf"). */
  url: string;
}

export interface AttachmentOptions {
  types: TaxonomyItem[];
  now: Date;
  preview: boolean;
}

/**
 * The attachments to copy, given each document's path (relative to content/documents) and text.
 * Parked files (name starting with "_"), invalid ones (the build reports them) and unpublished
 * documents are skipped.
 */
export function attachmentsToCopy(files: { path: string; text: string }[], { types, now, preview }: AttachmentOptions): AttachmentCopy[] {
  const schema = documentSchema({ types });
  const copies: AttachmentCopy[] = [];
  for (const { path, text } of files) {
    if (!path.endsWith('.md') || path.split('/').pop()!.startsWith('_')) continue;
    const split = splitFrontmatter(text);
    if (typeof split === 'string') continue;
    const parsed = schema.safeParse(parseYaml(split.frontmatter).doc.toJS() ?? {});
    if (!parsed.success || !parsed.data.file) continue;
    if (!isPublished({ date: parsed.data.issued, draft: parsed.data.draft }, now, preview)) continue;
    const source = resolveRelative(path, parsed.data.file);
    if (!source) continue;
    const folder = path.split('/').slice(0, -1).join('/');
    copies.push({ document: path, written: parsed.data.file, source, url: attachmentUrl(folder, parsed.data.file) });
  }
  return copies;
}

/** Public URL of an attachment written as `path` in a document of the `year` folder. */
export const attachmentUrl = (year: string, path: string) => paths.attachment(year, attachmentName(path));
