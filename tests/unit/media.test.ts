import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { markdownToHtml } from 'satteri';
import { captionedImages } from '../../src/lib/captioned-images.ts';
import { videoSchema } from '../../src/lib/schemas/media.ts';
import { videoFilesToCopy } from '../../src/lib/media/files.ts';

const render = (md: string) => (markdownToHtml(md, { hastPlugins: [captionedImages] }) as { html: string }).html.trim();
const image = () => z.string();
const video = (extra: Record<string, unknown>) => ({
  title: 'Đua ghe',
  date: '2024-09-03',
  description: 'Mô tả',
  poster: { src: './tep/a.jpg', alt: 'Ghe' },
  ...extra,
});
const messages = (input: unknown) => {
  const r = videoSchema({ image }).safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('captioned photos in articles', () => {
  it('turns an image alone in its paragraph, with a title, into a figure with that caption', () => {
    expect(render('![Ghe trên sông](./images/a.jpg "Đua ghe mừng Quốc khánh. Ảnh minh họa")')).toBe(
      '<figure class="tt-figure"><img src="./images/a.jpg" alt="Ghe trên sông"><figcaption>Đua ghe mừng Quốc khánh. Ảnh minh họa</figcaption></figure>',
    );
  });
  it('leaves images without a title, or inside a sentence, as they are', () => {
    expect(render('![Ghe](./images/a.jpg)')).toBe('<p><img src="./images/a.jpg" alt="Ghe"></p>');
    expect(render('Xem ![Ghe](./images/a.jpg "Chú thích") bên dưới.')).toContain('<p>Xem <img');
    expect(render('[![Ghe](./images/a.jpg "Chú thích")](./images/a.jpg)')).toBe(
      '<p><a href="./images/a.jpg"><img src="./images/a.jpg" alt="Ghe" title="Chú thích"></a></p>',
    );
    expect(render('![Ghe](./images/a.jpg "Chú thích") ![Đò](./images/b.jpg "Chú thích")')).not.toContain('<figure');
  });
});

describe('videos', () => {
  it('reads a YouTube video from its id or any of its URLs', () => {
    for (const written of [
      'M7lc1UVf-VE',
      'https://www.youtube.com/watch?v=M7lc1UVf-VE&t=3',
      'https://youtu.be/M7lc1UVf-VE',
      'https://www.youtube.com/embed/M7lc1UVf-VE',
    ]) {
      expect(videoSchema({ image }).parse(video({ youtube: written })).youtube, written).toBe('M7lc1UVf-VE');
    }
    expect(messages(video({ youtube: 'https://vimeo.com/1' }))).toEqual([
      'youtube: video YouTube "https://vimeo.com/1" không đọc được — cần mã 11 ký tự hoặc địa chỉ dạng https://www.youtube.com/watch?v=...',
    ]);
  });
  it('needs a file or a YouTube video, and Vietnamese captions for a file the unit hosts', () => {
    expect(messages(video({}))).toEqual([
      'sources: video cần tệp trong máy (sources: ./tep/ten.mp4) hoặc một video YouTube (youtube: mã video)',
    ]);
    expect(messages(video({ sources: ['./tep/a.mp4'] }))).toEqual([
      'captions: video tự lưu cần phụ đề tiếng Việt cho người khiếm thính — cần tệp .vtt ghi ở captions: ./tep/ten.vtt',
    ]);
    expect(messages(video({ sources: ['./tep/a.avi'], captions: './tep/a.srt' }))).toEqual([
      'sources.0: tệp video "./tep/a.avi" không đúng loại — cần tệp .mp4, .webm',
      'captions: tệp phụ đề "./tep/a.srt" không đúng loại — cần tệp .vtt',
    ]);
  });
  it('publishes the files and captions of published videos only, at /video/tep/<file>', () => {
    const files = [
      { path: 'dua-ghe.yaml', text: 'date: 2024-09-02\nsources:\n  - ./tep/dua ghe.webm\ncaptions: ./tep/dua-ghe.vtt\n' },
      { path: 'nhap.yaml', text: 'date: 2024-09-02\nsources: [./tep/b.mp4]\ndraft: true\n' },
      // Dated after the build: its page is held back, and so are its files.
      { path: 'hen-ngay.yaml', text: 'date: 2099-01-01\nsources: [./tep/c.mp4]\ncaptions: ./tep/c.vtt\n' },
    ];
    const now = new Date('2025-06-01T00:00:00+07:00');
    expect(videoFilesToCopy(files, now, false).map((c) => [c.source, c.url])).toEqual([
      ['tep/dua ghe.webm', '/video/tep/dua%20ghe.webm'],
      ['tep/dua-ghe.vtt', '/video/tep/dua-ghe.vtt'],
    ]);
    expect(videoFilesToCopy(files, now, true).map((c) => c.source)).toEqual([
      'tep/dua ghe.webm',
      'tep/dua-ghe.vtt',
      'tep/b.mp4',
      'tep/c.mp4',
      'tep/c.vtt',
    ]);
  });
});
