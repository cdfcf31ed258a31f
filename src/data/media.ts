/** Photo albums and videos, loaded once per build, newest first; video files with their sizes. */
import { currentUnit, perUnit, unitDir } from './units.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { unitCollection } from './collections.ts';
import { ContentError } from '../lib/validation.ts';
import { slugProblems } from '../lib/content/cross-file.ts';
import { resolveRelative } from '../lib/content/relative-path.ts';
import albumKind from '../kinds/albums/index.ts';
import videoKind from '../kinds/videos/index.ts';
import { attachmentName, formatSize } from '../lib/documents/files.ts';
import { RESERVED_SLUGS, paths } from '../lib/routes.ts';
import { isPublishedNow } from './build-env.ts';

export type Album = CollectionEntry<'albums'> & { slug: string; url: string };
export type Video = CollectionEntry<'videos'> & {
  slug: string;
  url: string;
  files: { url: string; type: string; size: string }[];
  captions?: string;
};

const newestFirst = <T extends { data: { date: Date }; slug: string }>(a: T, b: T) =>
  b.data.date.getTime() - a.data.date.getTime() || a.slug.localeCompare(b.slug);

const albums = perUnit((): Promise<Album[]> =>
  unitCollection('albums').then((entries) => {
    const list = entries
      .filter((e) => isPublishedNow(albumKind, e.data))
      .map((e) => ({ ...e, slug: e.id, url: paths.album(e.id), file: e.filePath ?? e.id }));
    const problems = slugProblems(list, RESERVED_SLUGS.albums);
    if (problems.length) throw new ContentError(problems);
    return list.sort(newestFirst);
  }),
);
const videos = perUnit((): Promise<Video[]> =>
  unitCollection('videos').then((entries) => {
    const list = entries
      .filter((e) => isPublishedNow(videoKind, e.data))
      .map((e) => ({ ...e, slug: e.id, url: paths.video(e.id), file: e.filePath ?? e.id }));
    const problems = slugProblems(list, RESERVED_SLUGS.videos);
    if (problems.length) throw new ContentError(problems);
    return list
      .map((v) => ({
        ...v,
        files: v.data.sources.map((s) => {
          const { url, source } = served(s);
          // A missing file stops the build when the pipeline copies it (src/cli/content-files.ts), with the checker's message.
          const bytes = statSync(join(unitDir(currentUnit()), 'videos', source), { throwIfNoEntry: false })?.size ?? 0;
          return { url, type: `video/${source.split('.').pop()!.toLowerCase()}`, size: formatSize(bytes) };
        }),
        captions: v.data.captions && served(v.data.captions).url,
      }))
      .sort(newestFirst);
  }),
);

export const allAlbums = () => albums();

const served = (written: string) => {
  const source = resolveRelative('video.yaml', written) ?? written;
  return { url: paths.videoFile(attachmentName(source)), source };
};

export const allVideos = () => videos();
