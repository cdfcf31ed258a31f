/** Videos: content/videos/<slug>.yaml, self-hosted files and captions in tep/, or a YouTube video. */
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { videoSchema } from '../../lib/schemas/media.ts';
import { videoFilesToCopy } from '../../lib/media/files.ts';
import { checkVideos } from './rule.ts';

export default defineKind({
  name: 'videos',
  label: 'video',
  folder: 'videos',
  glob: '[^_]*.{yaml,yml}',
  media: 'tep',
  id: 'name',
  schema: (_, image) => videoSchema({ image }),
  check: checkVideos,
  publishing: (video) => video,
  sitemap: (videos) => [{ path: paths.videos }, ...videos.map(({ id, data }) => ({ path: paths.video(id), lastmod: data.date }))],
  files: { readFrom: /\.ya?ml$/, copies: (files, { now, preview }) => videoFilesToCopy(files, now, preview) },
});
