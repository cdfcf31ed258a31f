/** Videos: a poster beside the file, video and caption files that exist in tep/; which will be published. */
import { videoSchema } from '../../lib/schemas/media.ts';
import { attachmentName } from '../../lib/documents/files.ts';
import { isPublished } from '../../lib/content/publishing.ts';
import { label } from '../../lib/check/corpus.ts';
import { slugProblems } from '../../lib/content/cross-file.ts';
import { RESERVED_SLUGS, paths } from '../../lib/routes.ts';
import { baseName, type CheckContext } from '../../lib/check/context.ts';

export function checkVideos(ctx: CheckContext, videos: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      videos.map((path) => ({ file: label(path), slug: baseName(path) })),
      RESERVED_SLUGS.videos,
    ),
  );
  for (const path of videos) {
    const schema = videoSchema({ image: ctx.imageAt(path), file: (make) => ctx.existingFile(path, make(), 'videos/tep') });
    const { data } = ctx.readYamlFile(path, schema);
    if (!data || !isPublished(data, ctx.corpus.now, ctx.corpus.preview)) continue;
    const files = [...data.sources, ...(data.captions ? [data.captions] : [])].map((f) =>
      decodeURIComponent(paths.videoFile(attachmentName(f))),
    );
    ctx.routes.videos.push({ slug: baseName(path), files });
  }
}
