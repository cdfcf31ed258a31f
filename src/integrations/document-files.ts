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
        const problems: string[] = [];
        const byUrl = new Map<string, string>();
        for (const c of copies) {
          const other = byUrl.get(c.url);
          if (other && other !== c.source) problems.push(`content/documents/${c.document}: tệp đính kèm "${c.written}" trùng tên với content/documents/${other} trong cùng năm — cần đổi tên một trong hai tệp`);
          byUrl.set(c.url, c.source);
          if (!existsSync(join(root, c.source))) problems.push(`content/documents/${c.document}: không tìm thấy tệp đính kèm "${c.written}" — cần chép tệp vào content/documents/${dirname(c.source)}/ hoặc sửa lại tên tệp`);
        }
        if (problems.length) throw new Error(`Tệp đính kèm văn bản:\n${problems.join('\n')}`);
        const outDir = fileURLToPath(dir);
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
