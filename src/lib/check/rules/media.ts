/** Photo albums and videos: photos and posters that are images beside the file, video and caption files that exist; which will be published. */
import { z } from 'astro/zod';
import { albumSchema, videoSchema } from '../../schemas/media.ts';
import { attachmentName } from '../../documents/files.ts';
import { isPublished } from '../../content/publishing.ts';
import { RESERVED_SLUGS, paths } from '../../routes.ts';
import { label } from '../corpus.ts';
import { slugProblems } from '../../content/cross-file.ts';
import type { CheckContext, Rule } from '../context.ts';
import { baseName } from '../context.ts';

/** An image path written in `from`, checked like an article's cover. */
const imageAt = (ctx: CheckContext, from: string) => () =>
  z.string({ error: 'thiếu đường dẫn ảnh — cần ghi như ./ten-anh.jpg' }).superRefine((src, issue) => {
    const problem = ctx.imageProblem(from, src);
    if (problem) issue.addIssue({ code: 'custom', message: problem });
  });

export const mediaRule: Rule = {
  name: 'ảnh và video',
  run(ctx) {
    const albums = ctx.files(/^albums\/[^/]+\/album\.ya?ml$/);
    const albumSlug = (path: string) => path.split('/')[1]!;
    ctx.problems.push(
      ...slugProblems(
        albums.map((path) => ({ file: label(path), slug: albumSlug(path) })),
        RESERVED_SLUGS.albums,
      ),
    );
    for (const path of albums) {
      const { data } = ctx.readYamlFile(path, albumSchema({ image: imageAt(ctx, path) }));
      if (data && isPublished(data, ctx.corpus.now, ctx.corpus.preview))
        ctx.routes.albums.push({ slug: albumSlug(path), photos: data.photos.length });
    }

    const videos = ctx.files(/^videos\/[^/]+\.ya?ml$/);
    ctx.problems.push(
      ...slugProblems(
        videos.map((path) => ({ file: label(path), slug: baseName(path) })),
        RESERVED_SLUGS.videos,
      ),
    );
    for (const path of videos) {
      const schema = videoSchema({ image: imageAt(ctx, path), file: (make) => ctx.existingFile(path, make(), 'videos/tep') });
      const { data } = ctx.readYamlFile(path, schema);
      if (!data || !isPublished(data, ctx.corpus.now, ctx.corpus.preview)) continue;
      const files = [...data.sources, ...(data.captions ? [data.captions] : [])].map((f) =>
        decodeURIComponent(paths.videoFile(attachmentName(f))),
      );
      ctx.routes.videos.push({ slug: baseName(path), files });
    }
  },
};
