/**
 * Copies the attachments of published documents (content/documents/<year>/tep/…) into the built
 * site at /van-ban/tep/<year>/<file name> (`astro:build:done`). A referenced file that is missing,
 * or two attachments that would land on the same URL, fail the build with a Vietnamese message.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, loadConfig } from '../data/config.ts';
import { buildTime, preview } from '../data/build-env.ts';
import { attachmentsToCopy } from '../lib/documents/attachments.ts';
import { attachmentClashes, missingAttachments } from '../lib/check/cross-file.ts';
import { formatProblem } from '../lib/validation.ts';

export default function documentFilesIntegration(): AstroIntegration {
  return {
    name: 'trangtin-document-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = join(contentDir, 'documents');
        if (!existsSync(root)) return;
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = await Promise.all(
          entries
            .filter((e) => e.isFile() && e.name.endsWith('.md'))
            .map(async (e) => {
              const full = join(e.parentPath, e.name);
              return { path: relative(root, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
            }),
        );
        const copies = attachmentsToCopy(files, { types: loadConfig().documentTypes, now: buildTime, preview });
        const refs = copies.map((c) => ({
          file: `content/documents/${c.document}`,
          written: c.written,
          url: c.url,
          source: `content/documents/${c.source}`,
          exists: existsSync(join(root, c.source)),
          folder: `content/documents/${dirname(c.source)}/`,
        }));
        const problems = [...missingAttachments(refs), ...attachmentClashes(refs)];
        if (problems.length) throw new Error(`Tệp đính kèm văn bản:\n${problems.map(formatProblem).join('\n')}`);
        const outDir = fileURLToPath(dir);
        const byUrl = new Map(copies.map((c) => [c.url, c.source]));
        for (const [url, source] of byUrl) {
          const target = join(outDir, decodeURIComponent(url));
          await mkdir(dirname(target), { recursive: true });
          await copyFile(join(root, source), target);
        }
        logger.info(`đã chép ${byUrl.size} tệp đính kèm văn bản`);
      },
    },
  };
}
