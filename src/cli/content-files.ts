/**
 * The files content names, copied into the built site by the build pipeline (src/cli/build.ts):
 * those of every kind that publishes files beside its pages (src/kinds/<kind>/index.ts, `files`) —
 * the attachments of published documents (content/documents/<year>/tep/… → /van-ban/tep/<year>/<file>),
 * the forms of procedures (content/procedures/mau/… → /thu-tuc-hanh-chinh/mau/<file>), the drafts
 * under consultation (content/consultations/tep/… → /lay-y-kien/tep/<file>) and self-hosted videos
 * with their captions (content/videos/tep/… → /video/tep/<file>).
 *
 * The list is made while Astro builds, in the pipeline's own process: made inside Astro, after
 * its pages, reading every document and procedure again took 2–3 s of a rebuild at 10,000
 * articles. A referenced file that is missing, or two files that would land on the same URL,
 * fail the build with the checker's own messages (src/lib/content/cross-file.ts); the check reports
 * them first, with their lines.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { schemaSettings } from '../data/config.ts';
import type { ContentLayout } from '../lib/units/units.ts';
import { LIVE_SECTIONS } from '../lib/units/scope.ts';
import { KINDS } from '../kinds/index.ts';
import { attachmentClashes, missingAttachments } from '../lib/content/cross-file.ts';
import { formatProblem } from '../lib/validation.ts';

/** One file to copy: where the site serves it, and the file in the content folder. */
export interface ContentFileCopy {
  url: string;
  from: string;
}

/** Files read at once: enough to keep the disk busy, far below the open-file limit at any size. */
const READ_AT_ONCE = 256;

/** Every file under `root` whose name matches `extension`, with its text and path relative to `root`. */
async function readTexts(root: string, extension: RegExp) {
  if (!existsSync(root)) return [];
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && extension.test(e.name));
  const texts: { path: string; text: string }[] = [];
  for (let i = 0; i < entries.length; i += READ_AT_ONCE)
    texts.push(
      ...(await Promise.all(
        entries.slice(i, i + READ_AT_ONCE).map(async (e) => {
          const full = join(e.parentPath, e.name);
          return { path: relative(root, full).split(sep).join('/'), text: await readFile(full, 'utf8') };
        }),
      )),
    );
  return texts;
}

/** The files to copy, one per URL (each unit's under its folder); throws the editors' messages when one is missing or two clash. */
export async function contentFileCopies(layout: ContentLayout, now: Date, preview: boolean): Promise<ContentFileCopy[]> {
  const { contentDir, sharedDir, units } = layout;
  const { categories, fields, documentTypes, leaders } = schemaSettings();
  const settings = { categories, fields, documentTypes, leaders };
  // A shared folder (the catalog) is read once for all units, not once per unit.
  const read = new Map<string, ReturnType<typeof readTexts>>();
  const textsOf = (root: string, extension: RegExp) => read.get(root) ?? read.set(root, readTexts(root, extension)).get(root)!;
  // Every kind that publishes files beside its pages (src/kinds/<kind>/index.ts, `files`), for each unit.
  const groups = await Promise.all(
    units.flatMap((unit) =>
      KINDS.flatMap((kind) => {
        const { files } = kind;
        if (!files || (layout.archived?.includes(unit) && (LIVE_SECTIONS as readonly string[]).includes(kind.name))) return [];
        const root = join(kind.shared ? sharedDir : join(contentDir, unit), kind.folder);
        return [
          textsOf(root, files.readFrom).then((texts) => ({
            root,
            unit,
            folder: `content/${relative(contentDir, root).split(sep).join('/')}`,
            copies: files.copies(texts, { now, preview, settings }),
          })),
        ];
      }),
    ),
  );
  // Many procedures name one form: each file is looked for once.
  const found = new Map<string, boolean>();
  const exists = (file: string) => found.get(file) ?? found.set(file, existsSync(file)).get(file)!;
  const files = groups.flatMap(({ root, unit, folder, copies }) =>
    copies.map((c) => {
      // Where the file lands in the build: in its unit's folder when there are many.
      const url = unit ? `/${unit}${c.url}` : c.url;
      return {
        url,
        from: join(root, c.source),
        ref: {
          file: `${folder}/${c.document}`,
          written: c.written,
          url,
          source: `${folder}/${c.source}`,
          exists: exists(join(root, c.source)),
          folder: `${folder}/${dirname(c.source)}/`,
        },
      };
    }),
  );
  const refs = files.map((f) => f.ref);
  const problems = [...missingAttachments(refs), ...attachmentClashes(refs)];
  if (problems.length) throw new Error(`Tệp đính kèm, tệp mẫu:\n${problems.map(formatProblem).join('\n')}`);
  return [...new Map(files.map((f) => [f.url, f.from]))].map(([url, from]) => ({ url, from }));
}

/** Copies the files into the built site in `outDir`. */
export async function copyContentFiles(copies: readonly ContentFileCopy[], outDir: string) {
  for (const { url, from } of copies) {
    const target = join(outDir, decodeURIComponent(url));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(from, target);
  }
}
