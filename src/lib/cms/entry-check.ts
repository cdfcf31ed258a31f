/**
 * The checker's rules for one entry, before the web editor saves it (src/cms/admin.ts): the file the
 * editor is about to write, read by the same rules `npm run check` runs — the unit's configuration
 * first (taxonomies, desks, leaders), then the rule of the entry's kind — with the same Vietnamese
 * messages. Rules that need the other files of the site (unique slugs, links, attachments) run in
 * the merge request's pipeline and in `npm run check`: their problems are not this file's to refuse.
 * Pure: runs in the browser and in Node.
 */
import { CheckContext } from '../check/context.ts';
import { kindRule } from '../check/index.ts';
import { configRule } from '../check/rules/config.ts';
import { imageSizeRule } from '../check/rules/images.ts';
import { label } from '../check/corpus.ts';
import { KINDS } from '../../kinds/index.ts';
import { entryMatcher } from '../../kinds/kind.ts';
import type { Problem } from '../validation.ts';

/** The unit's configuration files the rules read, by their path as the checker names them ("site.yaml", "categories.yaml"). */
export type ConfigFiles = Readonly<Record<string, string>>;

/**
 * What needs other files of the site, so cannot be judged from this one: an image or file it names
 * that is already in the repository, a related procedure's code (the full check judges them). Images
 * uploaded with the entry are in `media`, and checked (format, size).
 */
const CROSS_FILE = /không tìm thấy (ảnh|tệp)|không có trong danh mục/;

/** Files an editor uploads: photos, documents, video and its captions. */
const MEDIA_FILE = /\.(jpe?g|png|webp|avif|gif|svg|pdf|docx?|xlsx?|odt|ods|zip|mp4|webm|vtt)$/i;

/**
 * Where Decap writes "images/anh.jpg" for a file in the entry's media folder, the schemas (and
 * Astro's image()) expect "./images/anh.jpg": the fields to set, as [path in the data, value].
 * `mediaFolder` is the collection's folder for uploads, relative to the entry ('' for beside it).
 */
export function relativeMediaPaths(data: unknown, mediaFolder: string, at: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof data === 'string') {
    const inFolder = mediaFolder ? data.startsWith(`${mediaFolder}/`) : !data.includes('/');
    return MEDIA_FILE.test(data) && inFolder && !/^(\.{1,2}\/|\/|[a-z]+:)/i.test(data) ? [[at, `./${data}`]] : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => relativeMediaPaths(v, mediaFolder, [...at, i]));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([k, v]) =>
      k === 'body' && at.length === 0 ? [] : relativeMediaPaths(v, mediaFolder, [...at, k]),
    );
  return [];
}

/**
 * The problems of the file at `path` (relative to the unit's folder) with `text`, and of the files
 * uploaded with it (`media`, by path), as `npm run check` names them.
 */
export function entryProblems(
  path: string,
  text: string,
  config: ConfigFiles,
  now: Date,
  media: Readonly<Record<string, Uint8Array>> = {},
): Problem[] {
  // A kind's entry gets its kind's rule; a configuration file (site.yaml, leaders.yaml) the
  // configuration's rule, which every save runs anyway.
  const kind = KINDS.find((k) => entryMatcher(k.folder, k.glob)(path));
  if (!kind && !(path in config)) return [];
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = { ...media };
  for (const [file, content] of Object.entries({ ...config, [path]: text })) files[file] = encoder.encode(content);
  const ctx = new CheckContext({ files: Object.keys(files).sort(), publicFiles: [], read: (file) => files[file]!, now, preview: false });
  for (const rule of [configRule, imageSizeRule, ...(kind ? [kindRule(kind)] : [])]) rule.run(ctx);
  const mine = new Set([path, ...Object.keys(media)].map(label));
  return ctx.sortedProblems().filter((p) => mine.has(p.file) && !CROSS_FILE.test(p.message));
}
