/**
 * Which draft files a build publishes: every file of every published consultation (not a draft:
 * src/lib/content/publishing.ts)
 * (content/consultations/tep/… → /lay-y-kien/tep/<file>). Pure: the build pipeline (src/cli/content-files.ts) does the I/O.
 */
import type { AttachmentCopy } from '../documents/attachments.ts';
import { parseYaml } from '../validation.ts';
import { splitFrontmatter } from '../content/text-file.ts';
import { resolveRelative } from '../content/relative-path.ts';
import { isPublished } from '../content/publishing.ts';
import { attachmentName } from '../documents/files.ts';
import { paths } from '../routes.ts';

/** The files to copy, given each consultation's path (relative to content/consultations) and text. */
export function consultationFilesToCopy(files: { path: string; text: string }[], now: Date, preview: boolean): AttachmentCopy[] {
  return files.flatMap(({ path, text }) => {
    if (!path.endsWith('.md') || path.includes('/') || path.startsWith('_')) return [];
    const split = splitFrontmatter(text);
    if (typeof split === 'string') return [];
    const data = parseYaml(split.frontmatter).doc.toJS() as { draft?: unknown; files?: { file?: unknown }[] } | null;
    if (!isPublished({ draft: data?.draft === true }, now, preview)) return [];
    return (data?.files ?? []).flatMap((f) => {
      const source = typeof f?.file === 'string' ? resolveRelative(path, f.file) : undefined;
      return source ? [{ document: path, written: String(f!.file), source, url: paths.consultationFile(attachmentName(source)) }] : [];
    });
  });
}
