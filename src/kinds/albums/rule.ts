/** Photo albums: photos that are images beside the file, a caption and a description for each; which will be published. */
import { albumSchema } from '../../lib/schemas/media.ts';
import { isPublished } from '../../lib/content/publishing.ts';
import { label } from '../../lib/check/corpus.ts';
import { slugProblems } from '../../lib/content/cross-file.ts';
import { RESERVED_SLUGS } from '../../lib/routes.ts';
import type { CheckContext } from '../../lib/check/context.ts';

/** An album's folder name is its slug ("dua-ghe-2024" of albums/dua-ghe-2024/album.yaml). */
const albumSlug = (path: string) => path.split('/')[1]!;

export function checkAlbums(ctx: CheckContext, albums: readonly string[]): void {
  ctx.problems.push(
    ...slugProblems(
      albums.map((path) => ({ file: label(path), slug: albumSlug(path) })),
      RESERVED_SLUGS.albums,
    ),
  );
  for (const path of albums) {
    const { data } = ctx.readYamlFile(path, albumSchema({ image: ctx.imageAt(path) }));
    if (data && isPublished(data, ctx.corpus.now, ctx.corpus.preview))
      ctx.routes.albums.push({ slug: albumSlug(path), photos: data.photos.length });
  }
}
