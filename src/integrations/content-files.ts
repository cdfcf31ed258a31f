/**
 * Copies the files content names into the built site (`astro:build:done`): the attachments of
 * published documents (content/documents/<year>/tep/… → /van-ban/tep/<year>/<file>) and the forms
 * of procedures (content/procedures/mau/… → /thu-tuc-hanh-chinh/mau/<file>) and the drafts under
 * consultation (content/consultations/tep/… → /lay-y-kien/tep/<file>) and self-hosted videos with
 * their captions (content/videos/tep/… → /video/tep/<file>). A referenced file
 * that is missing, or two files that would land on the same URL, fail the build with the
 * checker's own messages (src/lib/check/cross-file.ts).
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadConfig } from '../data/config.ts';
import { buildTime, preview } from '../data/build-env.ts';
import { attachmentsToCopy, type AttachmentCopy } from '../lib/documents/attachments.ts';
import { formsToCopy } from '../lib/procedures/forms.ts';
import { consultationFilesToCopy } from '../lib/consultations/files.ts';
import { videoFilesToCopy } from '../lib/media/files.ts';
import { attachmentClashes, missingAttachments } from '../lib/check/cross-file.ts';
import { formatProblem } from '../lib/validation.ts';

/** Every file under `root` whose name ends with `extension`, with its text and path relative to `root`. */
async function readTexts(root: string, extension: RegExp) {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile() && extension.test(e.name))
      .map(async (e) => {
        const full = join(e.parentPath, e.name);
        return { path: relative(root, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
      }),
  );
}

export default function contentFilesIntegration(): AstroIntegration {
  return {
    name: 'trangtin-content-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const documents = join(contentDir, 'documents');
        const procedures = join(contentDir, 'procedures');
        const consultations = join(contentDir, 'consultations');
        const videos = join(contentDir, 'videos');
        const groups: { root: string; folder: string; copies: AttachmentCopy[] }[] = [
          { root: documents, folder: 'content/documents', copies: attachmentsToCopy(await readTexts(documents, /\.md$/), { types: loadConfig().documentTypes, now: buildTime, preview }) },
          { root: procedures, folder: 'content/procedures', copies: formsToCopy(await readTexts(procedures, /\.ya?ml$/)) },
          { root: consultations, folder: 'content/consultations', copies: consultationFilesToCopy(await readTexts(consultations, /\.md$/), preview) },
          { root: videos, folder: 'content/videos', copies: videoFilesToCopy(await readTexts(videos, /\.ya?ml$/), preview) },
        ];
        const files = groups.flatMap(({ root, folder, copies }) =>
          copies.map((c) => ({
            url: c.url,
            from: join(root, c.source),
            ref: { file: `${folder}/${c.document}`, written: c.written, url: c.url, source: `${folder}/${c.source}`, exists: existsSync(join(root, c.source)), folder: `${folder}/${dirname(c.source)}/` },
          })),
        );
        const refs = files.map((f) => f.ref);
        const problems = [...missingAttachments(refs), ...attachmentClashes(refs)];
        if (problems.length) throw new Error(`Tệp đính kèm, tệp mẫu:\n${problems.map(formatProblem).join('\n')}`);
        const outDir = fileURLToPath(dir);
        const byUrl = new Map(files.map((f) => [f.url, f.from]));
        for (const [url, from] of byUrl) {
          const target = join(outDir, decodeURIComponent(url));
          await mkdir(dirname(target), { recursive: true });
          await copyFile(from, target);
        }
        logger.info(`đã chép ${byUrl.size} tệp đính kèm văn bản, tệp mẫu thủ tục, tệp dự thảo và tệp video`);
      },
    },
  };
}
