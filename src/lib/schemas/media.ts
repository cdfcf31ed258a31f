/**
 * Schemas of photo albums (`content/albums/<slug>/album.yaml`, the photos beside it) and videos
 * (`content/videos/<slug>.yaml`, the files in tep/). Images go through astro:assets (`image` is
 * Astro's image() in the build, a path check in `npm run check`).
 */
import { z } from 'astro/zod';
import { editorDay, flag, group, list, optionalText, text } from './fields.ts';
import { relativeFilePath } from './document.ts';

export const albumSchema = <Image extends z.ZodType>({ image }: { image: () => Image }) =>
  group('tệp album.yaml', {
    title: text('tên album (title)'),
    date: editorDay('ngày (date)'),
    description: optionalText('mô tả album (description)'),
    photos: list(
      group('ảnh', {
        file: image(),
        alt: text('mô tả ảnh cho người khiếm thị (photos.alt)'),
        caption: text('chú thích ảnh (photos.caption)'),
      }),
      'các ảnh (photos)',
    ),
    draft: flag('bản nháp (draft)'),
  });

export const VIDEO_EXTENSIONS = ['mp4', 'webm'] as const;

const BESIDE = 'phải nằm cạnh tệp video — cần chép tệp vào content/videos/tep/ và ghi ./tep/ten-tep';
export const videoFilePath = () => relativeFilePath('tệp video (sources)', 'tệp video', BESIDE, VIDEO_EXTENSIONS);
export const captionsFilePath = () => relativeFilePath('tệp phụ đề (captions)', 'tệp phụ đề', BESIDE, ['vtt']);

/** A YouTube video id (11 characters), or a watch/share URL it is read from. */
const youtubeId = text('video YouTube (youtube)').transform((value, ctx) => {
  const id = /(?:v=|youtu\.be\/|embed\/|shorts\/)([\w-]{11})/.exec(value)?.[1] ?? (/^[\w-]{11}$/.test(value) ? value : undefined);
  if (!id) {
    ctx.addIssue({
      code: 'custom',
      message: `video YouTube "${value}" không đọc được — cần mã 11 ký tự hoặc địa chỉ dạng https://www.youtube.com/watch?v=...`,
    });
    return z.NEVER;
  }
  return id;
});

export const videoSchema = <Image extends z.ZodType, File extends z.ZodType<string> = ReturnType<typeof videoFilePath>>({
  image,
  file,
}: {
  image: () => Image;
  file?: (make: () => z.ZodType<string>) => File;
}) =>
  group('tệp video', {
    title: text('tên video (title)'),
    date: editorDay('ngày (date)'),
    description: text('mô tả video (description)'),
    poster: group('ảnh đại diện (poster)', { src: image(), alt: text('mô tả ảnh đại diện (poster.alt)') }),
    duration: optionalText('thời lượng (duration)'),
    sources: list(file ? file(videoFilePath) : videoFilePath(), 'tệp video (sources)', 0).default([]),
    captions: (file ? file(captionsFilePath) : captionsFilePath()).optional(),
    youtube: youtubeId.optional(),
    draft: flag('bản nháp (draft)'),
  }).superRefine((v, ctx) => {
    if (!v.sources.length && !v.youtube)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'video cần tệp trong máy (sources: ./tep/ten.mp4) hoặc một video YouTube (youtube: mã video)',
      });
    if (v.sources.length && !v.captions)
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: 'video tự lưu cần phụ đề tiếng Việt cho người khiếm thính — cần tệp .vtt ghi ở captions: ./tep/ten.vtt',
      });
  });
