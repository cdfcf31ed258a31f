/**
 * Which video and caption files a build publishes: those of every video that is not a draft
 * (content/videos/tep/… → /video/tep/<file>). Pure: the integration does the I/O.
 */
import type { AttachmentCopy } from '../documents/attachments.ts';
import { parseYaml } from '../validation.ts';
import { resolveRelative } from '../check/corpus.ts';
import { attachmentName } from '../documents/files.ts';
import { paths } from '../routes.ts';

export function videoFilesToCopy(files: { path: string; text: string }[], preview: boolean): AttachmentCopy[] {
  return files.flatMap(({ path, text }) => {
    if (!/\.ya?ml$/.test(path) || path.includes('/') || path.startsWith('_')) return [];
    const data = parseYaml(text).doc.toJS() as { draft?: unknown; sources?: unknown[]; captions?: unknown } | null;
    if (data?.draft === true && !preview) return [];
    const written = [...(data?.sources ?? []), data?.captions].filter((f): f is string => typeof f === 'string');
    return written.flatMap((file) => {
      const source = resolveRelative(path, file);
      return source ? [{ document: path, written: file, source, url: paths.videoFile(attachmentName(source)) }] : [];
    });
  });
}
