/**
 * Which form files a build publishes: every `formFile` of every procedure's dossier (rescinded
 * procedures keep their pages, so their forms too). Pure: the build pipeline (src/cli/content-files.ts) does the I/O.
 */
import type { AttachmentCopy } from '../documents/attachments.ts';
import { parseYaml } from '../validation.ts';
import { resolveRelative } from '../content/relative-path.ts';
import { paths } from '../routes.ts';

/** The forms to copy, given each procedure file's path (relative to content/procedures) and text. */
export function formsToCopy(files: { path: string; text: string }[]): AttachmentCopy[] {
  return files.flatMap(({ path, text }) => {
    if (!/\.ya?ml$/.test(path) || path.split('/').pop()!.startsWith('_')) return [];
    const record = parseYaml(text).doc.toJS() as { dossier?: { documents?: { formFile?: unknown }[] }[] } | null;
    const written = (record?.dossier ?? [])
      .flatMap((c) => c?.documents ?? [])
      .flatMap((d) => (typeof d?.formFile === 'string' ? [d.formFile] : []));
    return written.flatMap((file) => {
      const source = resolveRelative(path, file);
      return source ? [{ document: path, written: file, source, url: paths.form(source.split('/').pop()!) }] : [];
    });
  });
}
