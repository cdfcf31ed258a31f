/**
 * Which video and caption files a build publishes: those of every published video, by the same
 * rule as its page (src/lib/content/publishing.ts: not a draft, dated today or before)
 * (content/videos/tep/… → /video/tep/<file>). Pure: the build pipeline does the I/O.
 */
import type { AttachmentCopy } from '../documents/attachments.ts';
import { parseYaml } from '../validation.ts';
import { resolveRelative } from '../content/relative-path.ts';
import { isPublished } from '../content/publishing.ts';
import { editorDate } from '../schemas/fields.ts';
import { attachmentName } from '../documents/files.ts';
import { paths } from '../routes.ts';

const videoDate = editorDate('ngày (date)');

export function videoFilesToCopy(files: { path: string; text: string }[], now: Date, preview: boolean): AttachmentCopy[] {
  return files.flatMap(({ path, text }) => {
    if (!/\.ya?ml$/.test(path) || path.includes('/') || path.startsWith('_')) return [];
    const data = parseYaml(text).doc.toJS() as { date?: unknown; draft?: unknown; sources?: unknown[]; captions?: unknown } | null;
    // A date the schema refuses fails the check and the build; its files are not listed here.
    const date = videoDate.safeParse(data?.date);
    if (!date.success || !isPublished({ date: date.data, draft: data?.draft === true }, now, preview)) return [];
    const written = [...(data?.sources ?? []), data?.captions].filter((f): f is string => typeof f === 'string');
    return written.flatMap((file) => {
      const source = resolveRelative(path, file);
      return source ? [{ document: path, written: file, source, url: paths.videoFile(attachmentName(source)) }] : [];
    });
  });
}
