/** Photo albums: one folder per album, album.yaml and its photos; the folder's name is the URL. */
import { defineKind } from '../kind.ts';
import { paths } from '../../lib/routes.ts';
import { albumSchema } from '../../lib/schemas/media.ts';
import { checkAlbums } from './rule.ts';

export default defineKind({
  name: 'albums',
  label: 'album ảnh',
  folder: 'albums',
  glob: '*/album.{yaml,yml}',
  media: '',
  id: 'folder',
  schema: (_, image) => albumSchema({ image }),
  check: checkAlbums,
  publishing: (album) => album,
  sitemap: (albums) => [{ path: paths.albums }, ...albums.map(({ id, data }) => ({ path: paths.album(id), lastmod: data.date }))],
});
